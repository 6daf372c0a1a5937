package org.electrocat.xps.peaks;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.math.fit.FitResult;
import org.electrocat.math.fit.NonlinearLeastSquares;

/**
 * Least-squares fit of XPS lines to a background-subtracted region, by the shared
 * Levenberg–Marquardt solver ({@link NonlinearLeastSquares}: bounds, fixed parameters, standard
 * errors from the covariance scaled by the reduced χ²). Every peak has a position, a height and a
 * width; the shape's mixing m and asymmetry a are shared by all peaks and fixed unless freed.
 * A doublet's minor line sits at position + splitting with area ratio × the major line's area
 * (height ratio × w_major/w_minor, exact for one shape family); the splitting is fixed unless freed.
 * Widths are shared by the two lines of a doublet ({@link Widths#DOUBLET}, the default), by all peaks
 * ({@link Widths#ALL}), or free. Areas and their standard errors come from the parameters through
 * the numerical gradient of area(p) and the full covariance matrix (so correlations count).
 */
public final class PeakFit {

    /** How widths are tied. */
    public enum Widths {
        /** One width per doublet (both lines), one per single line. */
        DOUBLET,
        /** One width for every line. */
        ALL,
        /** Every line its own width. */
        FREE
    }

    /**
     * Fit settings.
     *
     * @param shape          line shape
     * @param mix            Gaussian–Lorentzian mixing m (e.g. 0.3 for GL(30))
     * @param asymmetry      asymmetry (0 symmetric)
     * @param fitShape       true to fit m and a as well
     * @param widths         width ties
     * @param fwhm           starting width, eV
     * @param freeSplitting  true to fit doublet splittings
     * @param positionRange  how far a position may move from its start, eV
     */
    public record Settings(PeakShape shape, double mix, double asymmetry, boolean fitShape, Widths widths, double fwhm,
            boolean freeSplitting, double positionRange) {
    }

    /**
     * One fitted line.
     *
     * @param name     e.g. {@code Pd 3d5/2}
     * @param peak     index of the requested peak it belongs to
     * @param minor    true for the minor line of a doublet
     * @param position, positionSe binding energy and standard error, eV
     * @param fwhm, fwhmSe width and standard error, eV
     * @param height   height, intensity units
     * @param area, areaSe area and standard error, intensity × eV
     */
    public record Line(String name, int peak, boolean minor, double position, double positionSe, double fwhm,
            double fwhmSe, double height, double area, double areaSe) {
    }

    /**
     * The fit.
     *
     * @param lines      fitted lines, in peak order (major before minor)
     * @param components each line's profile at every fitted energy
     * @param envelope   sum of the components
     * @param fit        the solver's result (χ², residuals, covariance, convergence)
     * @param names      parameter names
     */
    public record Result(List<Line> lines, double[][] components, double[] envelope, FitResult fit, String[] names) {
    }

    private PeakFit() {
    }

    /**
     * Fits the peaks to y (background already subtracted) at binding energies x.
     *
     * @throws IllegalArgumentException when there are fewer points than free parameters, or a start
     *         position lies outside the data
     */
    public static Result fit(double[] x, double[] y, List<PeakList.Peak> peaks, Settings s) {
        Layout lay = Layout.of(x, y, peaks, s);
        if (x.length <= lay.freeCount()) {
            throw new IllegalArgumentException(x.length + " points cannot fit " + lay.freeCount() + " free parameters");
        }
        double[] model = new double[x.length];
        NonlinearLeastSquares solver = NonlinearLeastSquares.builder(x.length, (p, r) -> {
            lay.evaluate(p, x, model, null);
            for (int i = 0; i < x.length; i++) {
                r[i] = model[i] - y[i];
            }
        }).bounds(lay.lower, lay.upper).fixed(lay.fixed).parameterNames(lay.names).maxIterations(400).build();
        FitResult fr = solver.fit(lay.initial);
        double[] p = fr.parameters();
        int nl = lay.lineCount();
        double[][] comps = new double[nl][x.length];
        double[] env = new double[x.length];
        lay.evaluate(p, x, env, comps);
        double lo = Math.min(x[0], x[x.length - 1]);
        double hi = Math.max(x[0], x[x.length - 1]);
        double[][] cov = fr.covariance();
        List<Line> lines = new ArrayList<>();
        for (int l = 0; l < nl; l++) {
            final int line = l;
            double area = lay.area(p, l, lo, hi);
            double[] g = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                if (fr.fixed()[j]) {
                    continue;
                }
                double h = 1e-6 * Math.max(Math.abs(p[j]), 1e-3);
                double[] a = p.clone();
                double[] b = p.clone();
                a[j] += h;
                b[j] -= h;
                g[j] = (lay.area(a, line, lo, hi) - lay.area(b, line, lo, hi)) / (2 * h);
            }
            double var = 0;
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p.length; j++) {
                    var += g[i] * cov[i][j] * g[j];
                }
            }
            int[] pi = lay.positionTerms(l);
            double posVar = cov[pi[0]][pi[0]];
            if (pi[1] >= 0) {
                posVar += cov[pi[1]][pi[1]] + 2 * cov[pi[0]][pi[1]];
            }
            int wi = lay.widthIndex(l);
            lines.add(new Line(lay.lineName(l), lay.peakOf(l), lay.isMinor(l), lay.position(p, l), Math.sqrt(posVar),
                    p[wi], Math.sqrt(cov[wi][wi]), lay.height(p, l), area, Math.sqrt(Math.max(var, 0))));
        }
        return new Result(lines, comps, env, fr, lay.names.clone());
    }
}
