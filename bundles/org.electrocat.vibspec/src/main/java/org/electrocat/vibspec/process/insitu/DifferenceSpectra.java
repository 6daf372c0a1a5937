package org.electrocat.vibspec.process.insitu;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.math.calculus.Extrapolation;
import org.electrocat.math.calculus.Interpolant;
import org.electrocat.math.calculus.Interpolation;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.process.Arrays1;

/**
 * Difference spectra of an in situ series against the spectrum at a reference potential:
 * ΔI(x, E) = I(x, E) − I_ref(x). Bands that grow with potential (products, adsorbates formed) come
 * out positive, bands that fall (species consumed, e.g. nitrate at 1438–1440 cm⁻¹ in ATR-IR) negative.
 * A spectrum on another x grid is compared with the reference interpolated linearly to its points
 * (NaN outside the reference's range).
 */
public final class DifferenceSpectra {

    private DifferenceSpectra() {
    }

    /**
     * Index of the spectrum recorded nearest to {@code potential} (V, same scale), or of the first
     * spectrum when {@code potential} is NaN.
     */
    public static int referenceIndex(List<Spectrum> series, double potential) {
        if (Double.isNaN(potential)) {
            return 0;
        }
        int best = 0;
        for (int i = 1; i < series.size(); i++) {
            if (Math.abs(series.get(i).potential() - potential) < Math.abs(series.get(best).potential() - potential)) {
                best = i;
            }
        }
        return best;
    }

    /** Every spectrum minus the reference (the reference itself gives zeros). */
    public static List<Spectrum> of(List<Spectrum> series, int reference) {
        Spectrum ref = series.get(reference);
        double[] rx = ref.x();
        double[] ry = ref.y();
        boolean decreasing = rx.length > 1 && rx[rx.length - 1] < rx[0];
        Interpolant f = null;
        List<Spectrum> out = new ArrayList<>();
        for (Spectrum s : series) {
            double[] d = new double[s.size()];
            boolean same = java.util.Arrays.equals(s.x(), rx);
            if (!same && f == null) {
                f = Interpolation.linear(decreasing ? Arrays1.reverse(rx) : rx, decreasing ? Arrays1.reverse(ry) : ry, Extrapolation.NAN);
            }
            for (int i = 0; i < d.length; i++) {
                d[i] = s.y()[i] - (same ? ry[i] : f.value(s.x()[i]));
            }
            out.add(s.withY("Δ" + s.yName(), s.yUnit(), d));
        }
        return out;
    }

}
