package org.electrocat.vibspec.process.peaks;

/**
 * The multi-band model of {@link PeakFit} over one window: parameters [A, c, w, (η)] per band, then
 * the background [b0, (b1)], residuals model − y and the analytic Jacobian. Keeps one scratch
 * array; used by one fit at a time.
 */
final class Model {

    final PeakShape shape;
    private final double[] x;
    private final double[] y;
    private final int bands;
    private final int nb;
    private final double xm;
    private final int per;
    private final double[] f = new double[4];

    Model(double[] x, double[] y, PeakShape shape, int bands, int nb, double xm) {
        this.x = x;
        this.y = y;
        this.shape = shape;
        this.bands = bands;
        this.nb = nb;
        this.xm = xm;
        this.per = shape.parameters();
    }

    private double eta(double[] p, int o) {
        return per == 4 ? p[o + 3] : 0;
    }

    private double backgroundAt(double[] p, int i) {
        int o = per * bands;
        return nb == 0 ? 0 : p[o] + (nb == 2 ? p[o + 1] * (x[i] - xm) : 0);
    }

    void residuals(double[] p, double[] r) {
        for (int i = 0; i < x.length; i++) {
            double v = backgroundAt(p, i);
            for (int k = 0; k < bands; k++) {
                int o = k * per;
                shape.eval(x[i], p[o + 1], p[o + 2], eta(p, o), f);
                v += p[o] * f[0];
            }
            r[i] = v - y[i];
        }
    }

    void jacobian(double[] p, double[][] j) {
        int ob = per * bands;
        for (int i = 0; i < x.length; i++) {
            double[] row = j[i];
            for (int k = 0; k < bands; k++) {
                int o = k * per;
                shape.eval(x[i], p[o + 1], p[o + 2], eta(p, o), f);
                double a = p[o];
                row[o] = f[0];
                row[o + 1] = a * f[1];
                row[o + 2] = a * f[2];
                if (per == 4) {
                    row[o + 3] = a * f[3];
                }
            }
            if (nb >= 1) {
                row[ob] = 1;
            }
            if (nb == 2) {
                row[ob + 1] = x[i] - xm;
            }
        }
    }

    double[] evaluate(double[] p) {
        double[] r = new double[x.length];
        residuals(p, r);
        for (int i = 0; i < r.length; i++) {
            r[i] += y[i];
        }
        return r;
    }

    double[] background(double[] p) {
        double[] b = new double[x.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = backgroundAt(p, i);
        }
        return b;
    }

    double[] component(double[] p, int k) {
        double[] c = new double[x.length];
        int o = k * per;
        for (int i = 0; i < c.length; i++) {
            shape.eval(x[i], p[o + 1], p[o + 2], eta(p, o), f);
            c[i] = p[o] * f[0];
        }
        return c;
    }
}
