package org.electrocat.vibspec.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.jfree.chart.JFreeChart;

/**
 * Charts of an in situ series: a colour map of the difference spectra over x and potential (each
 * spectrum interpolated to the reference grid, thinned to at most {@value #MAX_COLUMNS} columns), and
 * band position and area against potential from the {@code tracking} curve.
 */
final class InSituCharts {

    static final int MAX_COLUMNS = 400;

    private InSituCharts() {
    }

    /** Colour map of difference spectra: x across, one row per spectrum (by potential when distinct). */
    static JFreeChart colourMap(List<Spectrum> diffs) {
        Spectrum ref = diffs.get(0);
        int n = ref.size();
        int step = Math.max(1, (n + MAX_COLUMNS - 1) / MAX_COLUMNS);
        int cols = (n + step - 1) / step;
        double[] xs = new double[cols];
        for (int c = 0; c < cols; c++) {
            xs[c] = ref.x()[c * step];
        }
        double[][] z = new double[diffs.size()][cols];
        double[] ys = new double[diffs.size()];
        Set<Double> distinct = new HashSet<>();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < diffs.size(); r++) {
            Spectrum s = diffs.get(r);
            boolean sameGrid = java.util.Arrays.equals(s.x(), ref.x());
            for (int c = 0; c < cols; c++) {
                z[r][c] = sameGrid ? s.y()[c * step] : valueAt(s, xs[c]);
            }
            ys[r] = s.potential();
            distinct.add(ys[r]);
            rows.add("#" + (r + 1) + String.format(Locale.ROOT, " %.3f V", ys[r]));
        }
        Axis x = Axis.of(ref.xName(), ref.xUnit());
        Axis zAxis = Axis.of(ref.yName(), ref.yUnit());
        JFreeChart chart;
        if (distinct.size() == ys.length && ref.scale() != null) {
            chart = Charts.heatmap(null, x, xs, Axis.potential("E", Units.VOLT, ref.scale()), ys, z, zAxis);
        } else {
            chart = Charts.heatmap(null, x, xs, "spectrum", rows, z, zAxis);
        }
        if (SpectralAxes.isInfrared(ref)) {
            chart.getXYPlot().getDomainAxis().setInverted(true);
        }
        return chart;
    }

    /** The value of s at x: exact when x is one of its points, else linear between neighbours, NaN outside. */
    static double valueAt(Spectrum s, double x) {
        double[] sx = s.x();
        for (int i = 0; i + 1 < sx.length; i++) {
            double a = sx[i];
            double b = sx[i + 1];
            if (x == a) {
                return s.y()[i];
            }
            if ((x - a) * (x - b) <= 0 && a != b) {
                return s.y()[i] + (s.y()[i + 1] - s.y()[i]) * (x - a) / (b - a);
            }
        }
        return sx.length > 0 && x == sx[sx.length - 1] ? s.y()[sx.length - 1] : Double.NaN;
    }

    /** One line per band of {@code quantity} (position or area) against potential. */
    static JFreeChart againstPotential(Dataset tracking, String quantity) {
        Column e = tracking.require("E");
        double[] band = tracking.require("band").array();
        Column q = tracking.require(quantity);
        List<Series> series = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int bands = 0;
        for (double b : band) {
            bands = Math.max(bands, (int) b);
        }
        double[] pos = tracking.require("position").array();
        for (int k = 1; k <= bands; k++) {
            List<double[]> pts = new ArrayList<>();
            double first = Double.NaN;
            for (int i = 0; i < band.length; i++) {
                if (band[i] == k) {
                    pts.add(new double[] {e.get(i), q.get(i)});
                    first = Double.isNaN(first) ? pos[i] : first;
                }
            }
            double[] x = new double[pts.size()];
            double[] y = new double[pts.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = pts.get(i)[0];
                y[i] = pts.get(i)[1];
            }
            SpectrumCharts.add(series, names, String.format(Locale.ROOT, "band %d (%.0f)", k, first), x, y);
        }
        if (series.isEmpty()) {
            return null;
        }
        return Charts.xy(null, Axis.potential("E", Units.VOLT, e.scale()), Axis.of(quantity, q.unit()), series);
    }
}
