package org.electrocat.ms.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.electrocat.ms.pattern.Centroider;

/**
 * Charge state from the spacing of an isotope cluster: adjacent isotope peaks of an ion of charge z
 * lie about 1.0 u / z apart (13C−12C 1.00336 u; for metal-rich clusters 0.998–1.003 u). The median
 * spacing between neighbouring peaks of at least {@code minRelativeHeight} of the cluster's highest
 * gives z = round(1.0025 / spacing), accepted when z × spacing is within 5 % of 1.0025.
 */
public final class ChargeFromSpacing {

    /** Typical isotope spacing / u (between 13C−12C and the metal isotopes). */
    public static final double ISOTOPE_SPACING = 1.0025;

    private ChargeFromSpacing() {
    }

    /**
     * The charge of the cluster of {@code peaks} within {@code [lo, hi]}, or 0 when the spacing is not
     * that of an isotope cluster (fewer than two peaks, or no integer charge fits).
     */
    public static int estimate(List<Centroider.Peak> peaks, double lo, double hi, double minRelativeHeight) {
        List<Centroider.Peak> in = new ArrayList<>();
        double max = 0;
        for (Centroider.Peak p : peaks) {
            if (p.mz() >= lo && p.mz() <= hi) {
                in.add(p);
                max = Math.max(max, p.height());
            }
        }
        List<Double> mz = new ArrayList<>();
        for (Centroider.Peak p : in) {
            if (p.height() >= minRelativeHeight * max) {
                mz.add(p.mz());
            }
        }
        if (mz.size() < 2) {
            return 0;
        }
        mz.sort(Double::compare);
        double[] d = new double[mz.size() - 1];
        for (int i = 0; i < d.length; i++) {
            d[i] = mz.get(i + 1) - mz.get(i);
        }
        Arrays.sort(d);
        double median = d.length % 2 == 1 ? d[d.length / 2] : 0.5 * (d[d.length / 2 - 1] + d[d.length / 2]);
        if (!(median > 0)) {
            return 0;
        }
        int z = (int) Math.round(ISOTOPE_SPACING / median);
        if (z < 1 || Math.abs(z * median - ISOTOPE_SPACING) > 0.05 * ISOTOPE_SPACING) {
            return 0;
        }
        return z;
    }
}
