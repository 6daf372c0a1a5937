package org.electrocat.mechanism.kinetics;

import org.electrocat.core.potential.PotentialConverter;

/**
 * The nitrate-reduction cascade of Song et al. at one electrode potential, as a well-mixed batch
 * electrolysis:
 *
 * <pre>
 *   NO3⁻ + 2 e⁻ → NO2⁻                 r1 = a·(k_f1·[NO3⁻] − k_b1·[NO2⁻])      (electrode)
 *   NO2⁻ + 4 e⁻ → NH2OH                r2 = a·(k_f2·[NO2⁻] − k_b2·[NH2OH])     (electrode)
 *   NH2OH + 2 e⁻ → NH3                 r3 = a·(k_f3·[NH2OH] − k_b3·[NH3])      (electrode)
 *   2 H2O + 2 e⁻ → H2 + 2 OH⁻          rH = a·j_H(E)/(2F)                        (electrode)
 *   NH2OH + C6H10O → C6H11NO + H2O     rc = k_ox·[NH2OH]·[CHO]                  (solution)
 * </pre>
 *
 * with a = A/V the electrode area per catholyte volume. Rate constants follow the {@link RateLaw}
 * (k_b = 0 for Tafel) and, when a mass-transfer coefficient is set, the flux of each N step is
 * scaled by k_m/(k_m + k_f + k_b). The state is y = ([NO3⁻], [NO2⁻], [NH2OH], [NH3], [CHO], [CHOX],
 * [H2], q) in mol L⁻¹, q being the electrons passed per volume (mol L⁻¹), dq/dt = 2r1 + 4r2 + 2r3 + 2rH,
 * so that the charge is Q = F·V·q. Electron bookkeeping is from nitrate: NO2⁻ 2, NH2OH 6, NH3 8,
 * oxime 6 (via NH2OH), H2 2, hence Σ FE = 1 when nothing but nitrate is reduced.
 */
public final class CascadeModel implements OdeSystem {

    /** State indices. */
    public static final int NO3 = 0, NO2 = 1, NH2OH = 2, NH3 = 3, CHO = 4, CHOX = 5, H2 = 6, CHARGE = 7;
    /** State dimension. */
    public static final int SIZE = 8;

    private final double[] kf = new double[3];
    private final double[] kb = new double[3];
    private final double her;
    private final double kOxime;

    /**
     * @param potential electrode potential, V on the model scale
     */
    public CascadeModel(RateParameters p, CellConditions c, double potential) {
        if (!Double.isFinite(potential)) {
            throw new IllegalArgumentException("potential must be finite, was " + potential);
        }
        double f = c.f();
        double a = c.area() / c.volume(); // cm² per cm³: cm⁻¹, so a·k (cm s⁻¹) is s⁻¹
        for (int i = 0; i < 3; i++) {
            double k = p.natural(2 * i);
            double alpha = p.get(2 * i + 1);
            double kForward;
            double kBack;
            if (c.law() == RateLaw.TAFEL) {
                kForward = k * Math.exp(-alpha * f * (potential - c.referencePotential()));
                kBack = 0;
            } else {
                double eta = potential - c.formalPotentials()[i];
                kForward = k * Math.exp(-alpha * f * eta);
                kBack = k * Math.exp((1 - alpha) * f * eta);
            }
            double transport = c.massTransfer() > 0 ? c.massTransfer() / (c.massTransfer() + kForward + kBack) : 1;
            kf[i] = a * kForward * transport;
            kb[i] = a * kBack * transport;
        }
        double j = p.natural(6) * 1e-3; // A cm⁻²
        double alphaH = p.get(7);
        double current;
        if (c.law() == RateLaw.TAFEL) {
            current = j * Math.exp(-alphaH * f * (potential - c.referencePotential()));
        } else {
            double eta = potential - c.formalPotentials()[3];
            current = j * (Math.exp(-alphaH * f * eta) - Math.exp((1 - alphaH) * f * eta));
        }
        // A cm⁻² / (2F) = mol cm⁻² s⁻¹; times a (cm⁻¹) = mol cm⁻³ s⁻¹; times 1000 = mol L⁻¹ s⁻¹
        her = a * current / (2 * PotentialConverter.F) * 1000;
        kOxime = p.natural(8);
    }

    /** Pseudo-first-order electrode rate constants a·k_f of the three N steps, s⁻¹ (for reports and tests). */
    public double[] forwardRateConstants() {
        return kf.clone();
    }

    /** HER rate, mol L⁻¹ s⁻¹. */
    public double herRate() {
        return her;
    }

    @Override
    public int dimension() {
        return SIZE;
    }

    @Override
    public void derivatives(double[] y, double[] d) {
        double r1 = kf[0] * y[NO3] - kb[0] * y[NO2];
        double r2 = kf[1] * y[NO2] - kb[1] * y[NH2OH];
        double r3 = kf[2] * y[NH2OH] - kb[2] * y[NH3];
        double rc = kOxime * y[NH2OH] * y[CHO];
        d[NO3] = -r1;
        d[NO2] = r1 - r2;
        d[NH2OH] = r2 - r3 - rc;
        d[NH3] = r3;
        d[CHO] = -rc;
        d[CHOX] = rc;
        d[H2] = her;
        d[CHARGE] = 2 * r1 + 4 * r2 + 2 * r3 + 2 * her;
    }

    @Override
    public void jacobian(double[] y, double[][] j) {
        for (double[] row : j) {
            java.util.Arrays.fill(row, 0);
        }
        j[NO3][NO3] = -kf[0];
        j[NO3][NO2] = kb[0];
        j[NO2][NO3] = kf[0];
        j[NO2][NO2] = -kb[0] - kf[1];
        j[NO2][NH2OH] = kb[1];
        j[NH2OH][NO2] = kf[1];
        j[NH2OH][NH2OH] = -kb[1] - kf[2] - kOxime * y[CHO];
        j[NH2OH][NH3] = kb[2];
        j[NH2OH][CHO] = -kOxime * y[NH2OH];
        j[NH3][NH2OH] = kf[2];
        j[NH3][NH3] = -kb[2];
        j[CHO][NH2OH] = -kOxime * y[CHO];
        j[CHO][CHO] = -kOxime * y[NH2OH];
        j[CHOX][NH2OH] = kOxime * y[CHO];
        j[CHOX][CHO] = kOxime * y[NH2OH];
        j[CHARGE][NO3] = 2 * kf[0];
        j[CHARGE][NO2] = -2 * kb[0] + 4 * kf[1];
        j[CHARGE][NH2OH] = -4 * kb[1] + 2 * kf[2];
        j[CHARGE][NH3] = -2 * kb[2];
    }

    /** The initial state for the cell's concentrations. */
    public static double[] initialState(CellConditions c) {
        double[] y = new double[SIZE];
        y[NO3] = c.nitrate();
        y[NO2] = c.nitrite();
        y[CHO] = c.cyclohexanone();
        return y;
    }
}
