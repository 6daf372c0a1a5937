package org.electrocat.vibspec.process;

/**
 * Unit conversions of vibrational spectra:
 *
 * <ul>
 *   <li>Raman shift Δν̃ (cm⁻¹) ↔ absolute scattered wavelength λ (nm) for a laser at λ₀ (nm):
 *       Δν̃ = 10⁷/λ₀ − 10⁷/λ, λ = 10⁷/(10⁷/λ₀ − Δν̃) (Stokes shifts positive);</li>
 *   <li>wavenumber ν̃ (cm⁻¹) ↔ wavelength λ (nm): λ = 10⁷/ν̃;</li>
 *   <li>absorbance ↔ transmittance: A = −log₁₀ T, T = 10^(−A), T as a fraction (divide %T by 100
 *       first).</li>
 * </ul>
 *
 * Values with no image (a shift beyond the laser's wavenumber, T ≤ 0) become NaN, counted by
 * {@link #invalid(double[])} so callers can warn.
 */
public final class AxisConversion {

    private static final double NM_PER_CM = 1e7;

    private AxisConversion() {
    }

    /** Raman shifts (cm⁻¹) to scattered wavelengths (nm) for laser λ₀ (nm). */
    public static double[] ramanShiftToNm(double[] shift, double laserNm) {
        checkLaser(laserNm);
        double[] out = new double[shift.length];
        double nu0 = NM_PER_CM / laserNm;
        for (int i = 0; i < out.length; i++) {
            double nu = nu0 - shift[i];
            out[i] = nu > 0 ? NM_PER_CM / nu : Double.NaN;
        }
        return out;
    }

    /** Scattered wavelengths (nm) to Raman shifts (cm⁻¹) for laser λ₀ (nm). */
    public static double[] nmToRamanShift(double[] nm, double laserNm) {
        checkLaser(laserNm);
        double[] out = new double[nm.length];
        double nu0 = NM_PER_CM / laserNm;
        for (int i = 0; i < out.length; i++) {
            out[i] = nm[i] > 0 ? nu0 - NM_PER_CM / nm[i] : Double.NaN;
        }
        return out;
    }

    /** Wavenumbers (cm⁻¹) to wavelengths (nm), and back (the map is its own inverse). */
    public static double[] reciprocal(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i] > 0 ? NM_PER_CM / v[i] : Double.NaN;
        }
        return out;
    }

    /** Transmittance (fraction) to absorbance. */
    public static double[] transmittanceToAbsorbance(double[] t) {
        double[] out = new double[t.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = t[i] > 0 ? -Math.log10(t[i]) : Double.NaN;
        }
        return out;
    }

    /** Absorbance to transmittance (fraction). */
    public static double[] absorbanceToTransmittance(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.pow(10, -a[i]);
        }
        return out;
    }

    /** Number of NaN values (points without an image under the conversion). */
    public static int invalid(double[] v) {
        int c = 0;
        for (double d : v) {
            c += Double.isNaN(d) ? 1 : 0;
        }
        return c;
    }

    private static void checkLaser(double laserNm) {
        if (!(laserNm > 0) || Double.isInfinite(laserNm)) {
            throw new IllegalArgumentException("laser wavelength " + laserNm + " nm: a positive wavelength is required "
                    + "(give laserWavelength, e.g. 532 nm)");
        }
    }
}
