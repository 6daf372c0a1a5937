package org.electrocat.vibspec.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.math.signal.SavitzkyGolay;
import org.electrocat.vibspec.model.Spectrum;
import org.osgi.service.component.annotations.Component;

/**
 * Savitzky–Golay smoothing (A. Savitzky, M. J. E. Golay, Anal. Chem. 36 (1964) 1627) with
 * scipy.signal.savgol_filter's parameter names and its default edge mode ({@code interp}), on the
 * shared implementation. A derivative (deriv &gt; 0) is taken per x unit of an evenly spaced axis.
 */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.smooth", "electrocat.technique=vibspec"})
public final class SmoothAnalysis extends VibspecAnalysis {

    public SmoothAnalysis() {
        super("vibspec.smooth", "Savitzky-Golay smoothing",
                "Savitzky-Golay filter: the least-squares polynomial of order polyorder over window_length points, "
                + "evaluated at the centre (or its deriv-th derivative); edges by a polynomial fit to the first and last "
                + "window (scipy mode 'interp'). A. Savitzky, M. J. E. Golay, Anal. Chem. 36 (1964) 1627.");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.integer("window_length", "Window length", 11,
                        "Odd number of points in the smoothing window; wider smooths more and broadens bands")
                        .range(3, 100001),
                ParameterSpec.integer("polyorder", "Polynomial order", 3,
                        "Order of the local polynomial, below window_length; higher keeps band shapes better")
                        .range(0, 100000),
                ParameterSpec.integer("deriv", "Derivative", 0,
                        "0 smooths; 1 or 2 gives the smoothed first or second derivative per x unit").range(0, 10));
    }

    @Override
    public Result run(AnalysisContext ctx) {
        int window = ctx.parameters().integer("window_length");
        int order = ctx.parameters().integer("polyorder");
        int deriv = ctx.parameters().integer("deriv");
        if (window % 2 == 0) {
            throw new IllegalArgumentException("window_length = " + window + " must be odd");
        }
        if (order >= window) {
            throw new IllegalArgumentException("polyorder = " + order + " must be less than window_length = " + window);
        }
        return SpectrumAnalyses.process(this, ctx, (s, w) -> {
            if (s.size() < window) {
                throw new IllegalArgumentException("spectrum '" + s.name() + "' has " + s.size()
                        + " points, fewer than window_length = " + window);
            }
            double delta = Math.abs(s.x()[s.size() - 1] - s.x()[0]) / (s.size() - 1);
            double[] y = SavitzkyGolay.filter(s.y(), window, order, deriv, deriv == 0 ? 1.0 : delta);
            Spectrum out = deriv == 0 ? s.withY(y)
                    : s.withY("d" + (deriv == 1 ? "" : String.valueOf(deriv)) + s.yName() + "/d" + s.xName()
                            + (deriv == 1 ? "" : String.valueOf(deriv)),
                            s.yUnit().divide(s.xUnit().pow(deriv)), y);
            if (deriv > 0 && !evenlySpaced(s)) {
                w.add("x is not evenly spaced: the derivative uses the mean spacing");
            }
            return Processed.withRaw(out, s);
        }).build();
    }

    private static boolean evenlySpaced(Spectrum s) {
        double[] x = s.x();
        double d = (x[x.length - 1] - x[0]) / (x.length - 1);
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - x[i - 1] - d) > 1e-3 * Math.abs(d)) {
                return false;
            }
        }
        return true;
    }
}
