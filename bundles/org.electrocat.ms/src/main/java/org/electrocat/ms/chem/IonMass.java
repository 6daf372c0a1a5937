package org.electrocat.ms.chem;

/**
 * Mass-to-charge ratios of ions from the masses of neutral atoms. Isotope masses are those of neutral
 * atoms (electrons included), so an ion of charge {@code z} carries {@code z} electrons fewer
 * (cations) or {@code |z|} more (anions): {@code m/z = (M - z·mₑ) / |z|}. IsoSpec ignores this
 * (it only divides by z); enviPat subtracts it as here.
 */
public final class IonMass {

    /** Electron mass / u, CODATA 2018 (5.485 799 090 65(16) × 10⁻⁴ u). */
    public static final double ELECTRON_MASS = 5.48579909065e-4;

    private IonMass() {
    }

    /**
     * m/z of an ion whose atoms weigh {@code neutralMass} (sum of neutral atomic masses / u).
     *
     * @param charge signed charge number; 0 returns the neutral mass itself
     */
    public static double mz(double neutralMass, int charge) {
        if (charge == 0) {
            return neutralMass;
        }
        return (neutralMass - charge * ELECTRON_MASS) / Math.abs(charge);
    }

    /** The inverse of {@link #mz}: the summed neutral atomic masses of an ion observed at {@code mz}. */
    public static double neutralMass(double mz, int charge) {
        if (charge == 0) {
            return mz;
        }
        return mz * Math.abs(charge) + charge * ELECTRON_MASS;
    }
}
