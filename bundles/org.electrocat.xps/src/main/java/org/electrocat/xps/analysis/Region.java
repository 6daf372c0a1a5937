package org.electrocat.xps.analysis;

import java.util.List;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.xps.background.Backgrounds;
import org.electrocat.xps.io.XpsSpectra;

/**
 * The part of an XPS spectrum an analysis works on: binding energies and count rates inside
 * [emin, emax] (0 for an open end), checked for finite, distinct energies, with the chosen
 * background under it.
 *
 * @param dataset   the spectrum
 * @param be        binding energies, eV (file order)
 * @param y         count rates
 * @param background background at each point (zeros for "none")
 */
record Region(Dataset dataset, double[] be, double[] y, double[] background) {

    static final List<String> BACKGROUNDS = List.of("shirley", "tougaard", "linear", "none");

    /** Parameters shared by every analysis that cuts a region and subtracts a background. */
    static List<ParameterSpec> parameters(String defaultBackground) {
        return List.of(
                ParameterSpec.number("emin", "Lowest BE", "eV", 0.0, "Low end of the region; 0 = start of the data.")
                        .range(0, 1e5),
                ParameterSpec.number("emax", "Highest BE", "eV", 0.0, "High end of the region; 0 = end of the data.")
                        .range(0, 1e5),
                ParameterSpec.choice("background", "Background", defaultBackground, BACKGROUNDS,
                        "Shirley (iterative, Proctor–Sherwood), Tougaard (universal cross-section B = 2866 eV², "
                                + "C = 1643 eV², B scaled to meet the data at the high-BE end), linear, or none."),
                ParameterSpec.integer("endPoints", "End points", 3,
                        "Points averaged at each end of the region for the background level.").range(1, 50));
    }

    /** Cuts the region of {@code d} and computes its background. */
    static Region of(Dataset d, Parameters p) {
        return of(d, p.number("emin"), p.number("emax"), p.choice("background"), p.integer("endPoints"));
    }

    static Region of(Dataset d, double emin, double emax, String background, int endPoints) {
        Column beColumn = d.column(XpsSpectra.BE).orElseThrow(() -> new IllegalArgumentException("dataset '" + d.id()
                + "' has no binding-energy column '" + XpsSpectra.BE + "' (kinetic energies without a photon energy? "
                + "read the file with the photonEnergy option)"));
        double[] be = beColumn.array();
        double[] y = d.require(XpsSpectra.INTENSITY).array();
        double lo = emin > 0 ? emin : Double.NEGATIVE_INFINITY;
        double hi = emax > 0 ? emax : Double.POSITIVE_INFINITY;
        if (lo >= hi) {
            throw new IllegalArgumentException("emin " + emin + " eV must be below emax " + emax + " eV");
        }
        int n = 0;
        for (double e : be) {
            n += e >= lo && e <= hi ? 1 : 0;
        }
        if (n < 5) {
            throw new IllegalArgumentException("dataset '" + d.id() + "' has only " + n + " points in " + emin + " to "
                    + emax + " eV");
        }
        double[] x = new double[n];
        double[] v = new double[n];
        int j = 0;
        for (int i = 0; i < be.length; i++) {
            if (be[i] >= lo && be[i] <= hi) {
                if (!Double.isFinite(y[i])) {
                    throw new IllegalArgumentException("dataset '" + d.id() + "': intensity at BE " + be[i]
                            + " eV is not a number");
                }
                x[j] = be[i];
                v[j++] = y[i];
            }
        }
        double[] bg = switch (background) {
            case "shirley" -> Backgrounds.shirley(x, v, endPoints, 1e-7, 200);
            case "tougaard" -> Backgrounds.tougaard(x, v, endPoints, Backgrounds.TOUGAARD_B, Backgrounds.TOUGAARD_C, true);
            case "linear" -> Backgrounds.linear(x, v, endPoints);
            default -> new double[n];
        };
        return new Region(d, x, v, bg);
    }

    /** Intensity minus background. */
    double[] net() {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] - background[i];
        }
        return out;
    }

    /**
     * Noise σ of the count rate from successive differences, σ ≈ sd(Δy)/√2 (robust against the
     * smooth peak, whose point-to-point change is small at XPS step sizes).
     */
    double noise() {
        int n = y.length;
        double[] d = new double[n - 1];
        for (int i = 1; i < n; i++) {
            d[i - 1] = y[i] - y[i - 1];
        }
        java.util.Arrays.sort(d);
        double[] abs = new double[d.length];
        double med = d[d.length / 2];
        for (int i = 0; i < d.length; i++) {
            abs[i] = Math.abs(d[i] - med);
        }
        java.util.Arrays.sort(abs);
        // median absolute deviation → σ for Gaussian noise, then /√2 for a difference of two points
        return 1.4826 * abs[abs.length / 2] / Math.sqrt(2);
    }
}
