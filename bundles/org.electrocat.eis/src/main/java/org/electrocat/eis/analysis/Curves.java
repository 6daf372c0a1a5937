package org.electrocat.eis.analysis;

import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.eis.circuit.Circuit;
import org.electrocat.eis.spectrum.ImpedanceData;

/**
 * The curve datasets the eis analyses put into their results, tagged with metadata {@code eis.role}
 * so that charts and report sections find them: {@code measured}, {@code fit}, {@code residuals},
 * {@code kk}, {@code harmonics}, {@code spectrum}, {@code parameters}.
 */
public final class Curves {

    /** Metadata key of a curve's role. */
    public static final String ROLE = "eis.role";
    /** Percent. */
    static final Unit PERCENT = Units.PERCENT;

    private Curves() {
    }

    /** A spectrum as an impedance dataset: f, Z', Z'', |Z|, −phase. */
    static Dataset spectrum(String id, String name, String role, ImpedanceData s, Provenance provenance) {
        int n = s.size();
        double[] mod = new double[n];
        double[] phase = new double[n];
        for (int i = 0; i < n; i++) {
            mod[i] = s.modulus(i);
            phase[i] = -s.phaseDegrees(i);
        }
        return Dataset.builder(id, DatasetKind.IMPEDANCE).name(name).provenance(provenance).meta(ROLE, role)
                .column("f", Units.HERTZ, s.frequency().clone()).column("Z'", Units.OHM, s.re().clone())
                .column("Z''", Units.OHM, s.im().clone()).column("|Z|", Units.OHM, mod)
                .column("-phase", Units.DEGREE, phase).build();
    }

    /**
     * The model spectrum on a dense log-spaced grid over the data's frequency range (for smooth
     * lines in Nyquist and Bode plots).
     */
    static ImpedanceData dense(Circuit c, double[] p, ImpedanceData data, int points, String name) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double f : data.frequency()) {
            lo = Math.min(lo, f);
            hi = Math.max(hi, f);
        }
        double[] f = new double[points];
        for (int i = 0; i < points; i++) {
            f[i] = hi * Math.pow(lo / hi, i / (points - 1.0));
        }
        double[] re = new double[points];
        double[] im = new double[points];
        c.impedance(f, p, re, im);
        return ImpedanceData.of(name, f, re, im);
    }

    /** Relative residuals (Z − Z_model)/|Z| in %, against f. */
    static Dataset residuals(String id, String name, double[] f, double[] dRe, double[] dIm, Provenance provenance) {
        double[] a = new double[dRe.length];
        double[] b = new double[dIm.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = 100 * dRe[i];
            b[i] = 100 * dIm[i];
        }
        return Dataset.builder(id, DatasetKind.GENERIC).name(name).provenance(provenance).meta(ROLE, "residuals")
                .column("f", Units.HERTZ, f.clone()).column("dZ'/|Z|", PERCENT, a).column("dZ''/|Z|", PERCENT, b)
                .build();
    }
}
