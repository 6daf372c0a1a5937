package org.electrocat.xas.exafs;

import java.util.List;
import java.util.Locale;

/**
 * Fourier-transform windows of XAFS analysis with Larch/Ifeffit conventions (names and meaning of
 * xmin, xmax, dx): the window is 1 between xmin + dx/2 and xmax − dx2/2 and tapers to 0 at
 * xmin − dx/2 and xmax + dx2/2 — except Kaiser–Bessel and Gaussian, where dx is the shape parameter.
 * <ul>
 * <li>{@code hanning}: sin² rise and cos² fall over the sills;</li>
 * <li>{@code kaiser}: (I₀(dx·√(1 − ((x − c)/w)²)) − 1)/(I₀(dx) − 1) over [xmin − dx/2, xmax + dx/2]
 * (c, w its centre and half-width) — the Kaiser–Bessel window (J. F. Kaiser, R. W. Schafer, IEEE
 * Trans. ASSP 28 (1980) 105) as Larch shifts it to reach 0 at the ends;</li>
 * <li>{@code parzen}: linear sills; {@code welch}: parabolic sills; {@code sine}: sin over the full
 * range; {@code gaussian}: exp(−(x − c)²/(2 dx²)).</li>
 * </ul>
 */
public final class FtWindow {

    /** Window names accepted by {@link #values}. */
    public static final List<String> NAMES = List.of("hanning", "kaiser", "parzen", "welch", "sine", "gaussian");

    private FtWindow() {
    }

    /**
     * The window at every x.
     *
     * @throws IllegalArgumentException for an unknown name or xmax ≤ xmin
     */
    public static double[] values(double[] x, double xmin, double xmax, double dx, double dx2, String name) {
        String w = name.trim().toLowerCase(Locale.ROOT);
        if (!(xmax > xmin)) {
            throw new IllegalArgumentException("window range [" + xmin + ", " + xmax + "] is empty");
        }
        double d1 = Math.max(0, dx);
        double d2 = Double.isNaN(dx2) ? d1 : Math.max(0, dx2);
        double x1 = xmin - d1 / 2;
        double x2 = xmin + d1 / 2;
        double x3 = xmax - d2 / 2;
        double x4 = xmax + d2 / 2;
        double[] out = new double[x.length];
        switch (w) {
            case "hanning", "parzen", "welch" -> {
                for (int i = 0; i < x.length; i++) {
                    out[i] = sills(x[i], x1, x2, x3, x4, w);
                }
            }
            case "kaiser" -> {
                double c = 0.5 * (x1 + x4);
                double half = 0.5 * (x4 - x1);
                double scale = Math.max(1e-10, besselI0(dx) - 1);
                for (int i = 0; i < x.length; i++) {
                    double t = (x[i] - c) / half;
                    double arg = 1 - t * t;
                    out[i] = arg > 0 ? (besselI0(dx * Math.sqrt(arg)) - 1) / scale : 0;
                }
            }
            case "sine" -> {
                for (int i = 0; i < x.length; i++) {
                    out[i] = x[i] > x1 && x[i] < x4 ? Math.sin(Math.PI * (x4 - x[i]) / (x4 - x1)) : 0;
                }
            }
            case "gaussian" -> {
                double c = 0.5 * (x1 + x4);
                double s = Math.max(dx, 1e-9);
                for (int i = 0; i < x.length; i++) {
                    out[i] = Math.exp(-(x[i] - c) * (x[i] - c) / (2 * s * s));
                }
            }
            default -> throw new IllegalArgumentException("unknown window '" + name + "'; known: " + NAMES);
        }
        return out;
    }

    private static double sills(double x, double x1, double x2, double x3, double x4, String w) {
        if (x <= x1 || x >= x4) {
            return 0;
        }
        if (x >= x2 && x <= x3) {
            return 1;
        }
        double t = x < x2 ? (x - x1) / (x2 - x1) : (x4 - x) / (x4 - x3);
        return switch (w) {
            case "hanning" -> {
                double s = Math.sin(0.5 * Math.PI * t);
                yield s * s;
            }
            case "parzen" -> t;
            default -> 1 - (1 - t) * (1 - t);
        };
    }

    /** Modified Bessel function I₀ by its power series (converges for all x; |x| ≤ 50 here). */
    static double besselI0(double x) {
        double term = 1;
        double sum = 1;
        double q = x * x / 4;
        for (int k = 1; k < 500; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }
}
