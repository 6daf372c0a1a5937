package org.electrocat.xas.exafs;

import java.util.ArrayList;
import java.util.List;

/**
 * Peaks of |χ(R)|: local maxima at least {@code threshold} × the largest magnitude in
 * [rmin, rmax], each placed at the vertex of the parabola through the maximum and its two
 * neighbours (so positions are not limited to the δR ≈ 0.03 Å grid). Positions are
 * phase-uncorrected half path lengths, as EXAFS papers quote them (e.g. Ti–O 1.48 Å, Ti–S 2.62 Å);
 * true bond lengths are typically 0.2–0.5 Å longer.
 */
public final class RPeaks {

    /** A peak: position in Å and height (|χ(R)| in Å^-(w+1)). */
    public record Peak(double r, double height) {
    }

    private RPeaks() {
    }

    /** Peaks in order of increasing R. */
    public static List<Peak> find(double[] r, double[] mag, double rmin, double rmax, double threshold) {
        double top = 0;
        for (int i = 0; i < r.length; i++) {
            if (r[i] >= rmin && r[i] <= rmax) {
                top = Math.max(top, mag[i]);
            }
        }
        List<Peak> out = new ArrayList<>();
        for (int i = 1; i < r.length - 1; i++) {
            if (r[i] < rmin || r[i] > rmax || !(mag[i] > mag[i - 1]) || !(mag[i] >= mag[i + 1])
                    || mag[i] < threshold * top) {
                continue;
            }
            double y0 = mag[i - 1];
            double y1 = mag[i];
            double y2 = mag[i + 1];
            double den = y0 - 2 * y1 + y2;
            double shift = den < 0 ? 0.5 * (y0 - y2) / den : 0;
            double h = r[1] - r[0];
            double height = y1 - 0.25 * (y0 - y2) * shift;
            out.add(new Peak(r[i] + shift * h, height));
        }
        return out;
    }
}
