package org.electrocat.xps.peaks;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps the peaks of a {@link PeakFit} onto one parameter vector: per peak a position, a height, a
 * width (shared as the {@link PeakFit.Widths} setting says) and, for doublets, a splitting and a
 * minor-line width when widths are free; then the shared mixing and asymmetry.
 */
final class Layout {

    final double[] initial;
    final double[] lower;
    final double[] upper;
    final boolean[] fixed;
    final String[] names;
    private final List<PeakList.Peak> peaks;
    private final PeakShape shape;
    private final int[] pos;
    private final int[] height;
    private final int[] width;
    private final int[] minorWidth;
    private final int[] split;
    private final int mix;
    private final int asym;
    private final int[] lineToPeak;
    private final boolean[] lineMinor;
    private double unitMix = Double.NaN;
    private double unitAsym = Double.NaN;
    private double unitValue;

    private Layout(List<PeakList.Peak> peaks, PeakShape shape, List<double[]> params, List<String> names, int[] pos,
            int[] height, int[] width, int[] minorWidth, int[] split, int mix, int asym) {
        this.peaks = peaks;
        this.shape = shape;
        int n = params.size();
        initial = new double[n];
        lower = new double[n];
        upper = new double[n];
        fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            double[] q = params.get(i);
            initial[i] = q[0];
            lower[i] = q[1];
            upper[i] = q[2];
            fixed[i] = q[3] != 0;
        }
        this.names = names.toArray(new String[0]);
        this.pos = pos;
        this.height = height;
        this.width = width;
        this.minorWidth = minorWidth;
        this.split = split;
        this.mix = mix;
        this.asym = asym;
        List<Integer> lp = new ArrayList<>();
        List<Boolean> lm = new ArrayList<>();
        for (int k = 0; k < peaks.size(); k++) {
            lp.add(k);
            lm.add(false);
            if (peaks.get(k).doublet() != null) {
                lp.add(k);
                lm.add(true);
            }
        }
        lineToPeak = lp.stream().mapToInt(Integer::intValue).toArray();
        lineMinor = new boolean[lm.size()];
        for (int i = 0; i < lineMinor.length; i++) {
            lineMinor[i] = lm.get(i);
        }
    }

    static Layout of(double[] x, double[] y, List<PeakList.Peak> peaks, PeakFit.Settings s) {
        double lo = Math.min(x[0], x[x.length - 1]);
        double hi = Math.max(x[0], x[x.length - 1]);
        double ymax = 0;
        for (double v : y) {
            ymax = Math.max(ymax, v);
        }
        List<double[]> p = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int np = peaks.size();
        int[] pos = new int[np];
        int[] height = new int[np];
        int[] width = new int[np];
        int[] minorWidth = new int[np];
        int[] split = new int[np];
        int shared = -1;
        for (int k = 0; k < np; k++) {
            PeakList.Peak pk = peaks.get(k);
            if (pk.position() < lo || pk.position() > hi) {
                throw new IllegalArgumentException("peak '" + pk.label() + "' starts at " + pk.position()
                        + " eV, outside the fitted range " + lo + " to " + hi + " eV");
            }
            pos[k] = add(p, names, pk.label() + ".position", pk.position(),
                    Math.max(lo, pk.position() - s.positionRange()), Math.min(hi, pk.position() + s.positionRange()), false);
            double h0 = Math.max(interpolate(x, y, pk.position()), 0.05 * ymax);
            height[k] = add(p, names, pk.label() + ".height", h0, 0, Double.POSITIVE_INFINITY, false);
            if (s.widths() == PeakFit.Widths.ALL && shared >= 0) {
                width[k] = shared;
            } else {
                width[k] = add(p, names, s.widths() == PeakFit.Widths.ALL ? "fwhm" : pk.label() + ".fwhm", s.fwhm(),
                        0.05, 20, false);
                shared = width[k];
            }
            minorWidth[k] = -1;
            split[k] = -1;
            if (pk.doublet() != null) {
                split[k] = add(p, names, pk.label() + ".splitting", pk.doublet().splitting(),
                        0.5 * pk.doublet().splitting(), 1.5 * pk.doublet().splitting(), !s.freeSplitting());
                if (s.widths() == PeakFit.Widths.FREE) {
                    minorWidth[k] = add(p, names, pk.label() + ".fwhm-minor", s.fwhm(), 0.05, 20, false);
                }
            }
        }
        int mix = add(p, names, "mix", s.mix(), 0, 1, !s.fitShape());
        int asym = add(p, names, "asymmetry", s.asymmetry(), s.shape() == PeakShape.DONIACH_SUNJIC ? 0 : -5,
                s.shape() == PeakShape.DONIACH_SUNJIC ? 0.9 : 5,
                !s.fitShape() || s.shape() == PeakShape.GL_PRODUCT || s.shape() == PeakShape.GL_SUM);
        return new Layout(peaks, s.shape(), p, names, pos, height, width, minorWidth, split, mix, asym);
    }

    private static int add(List<double[]> p, List<String> names, String name, double v, double lo, double hi, boolean fix) {
        p.add(new double[] {Math.max(lo, Math.min(hi, v)), lo, hi, fix ? 1 : 0});
        names.add(name);
        return p.size() - 1;
    }

    private static double interpolate(double[] x, double[] y, double at) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - at) < Math.abs(x[best] - at)) {
                best = i;
            }
        }
        return y[best];
    }

    int freeCount() {
        int n = 0;
        for (boolean f : fixed) {
            n += f ? 0 : 1;
        }
        return n;
    }

    int lineCount() {
        return lineToPeak.length;
    }

    int peakOf(int line) {
        return lineToPeak[line];
    }

    boolean isMinor(int line) {
        return lineMinor[line];
    }

    String lineName(int line) {
        PeakList.Peak pk = peaks.get(lineToPeak[line]);
        if (pk.doublet() == null) {
            return pk.label();
        }
        return pk.label() + SpinOrbit.lineLabels(pk.label())[lineMinor[line] ? 1 : 0];
    }

    double position(double[] p, int line) {
        int k = lineToPeak[line];
        return p[pos[k]] + (lineMinor[line] ? p[split[k]] : 0);
    }

    /** Parameter indices whose sum is the position (second −1 for a major or single line). */
    int[] positionTerms(int line) {
        int k = lineToPeak[line];
        return new int[] {pos[k], lineMinor[line] && !fixed[split[k]] ? split[k] : -1};
    }

    int widthIndex(int line) {
        int k = lineToPeak[line];
        return lineMinor[line] && minorWidth[k] >= 0 ? minorWidth[k] : width[k];
    }

    double height(double[] p, int line) {
        int k = lineToPeak[line];
        if (!lineMinor[line]) {
            return p[height[k]];
        }
        double ratio = peaks.get(k).doublet().ratio();
        return p[height[k]] * ratio * p[width[k]] / p[widthIndex(line)];
    }

    double area(double[] p, int line, double lo, double hi) {
        double w = p[widthIndex(line)];
        if (shape.areaScalesWithWidth(p[asym])) {
            return height(p, line) * w * unitArea(p[mix], p[asym]);
        }
        return height(p, line) * shape.area(position(p, line), w, p[mix], p[asym], lo, hi);
    }

    /**
     * The shape's unit area, remembered for the last mixing and asymmetry: a fit asks for areas and
     * their numerical gradients some fifty times with the same shape parameters, and each unit area
     * costs 4000 profile evaluations (this was 90 % of a doublet fit's time).
     */
    private double unitArea(double m, double a) {
        if (m != unitMix || a != unitAsym) {
            unitValue = shape.unitArea(m, a);
            unitMix = m;
            unitAsym = a;
        }
        return unitValue;
    }

    /** Writes the envelope into {@code out} and, when {@code comps} is given, each line. */
    void evaluate(double[] p, double[] x, double[] out, double[][] comps) {
        java.util.Arrays.fill(out, 0);
        double m = p[mix];
        double a = p[asym];
        for (int l = 0; l < lineToPeak.length; l++) {
            double c = position(p, l);
            double w = p[widthIndex(l)];
            double h = height(p, l);
            for (int i = 0; i < x.length; i++) {
                double v = h * shape.value(x[i], c, w, m, a);
                out[i] += v;
                if (comps != null) {
                    comps[l][i] = v;
                }
            }
        }
    }
}
