package org.electrocat.vibspec.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.process.Arrays1;
import org.electrocat.vibspec.process.baseline.BaselineResult;
import org.electrocat.vibspec.process.baseline.PenalizedBaselines;
import org.electrocat.vibspec.process.baseline.ShapeBaselines;
import org.osgi.service.component.annotations.Component;

/**
 * Baseline correction with pybaselines' methods, parameter names and defaults ({@link PenalizedBaselines}
 * for asls/arpls, {@link ShapeBaselines} for poly/snip/rubberband). Bands pointing down
 * (transmittance, reflectance) are handled by fitting under −y, so the baseline lies above the dips.
 * The corrected spectrum keeps the input as column {@code raw} and the fit as {@code baseline}.
 */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.baseline", "electrocat.technique=vibspec"})
public final class BaselineAnalysis extends VibspecAnalysis {

    public BaselineAnalysis() {
        super("vibspec.baseline", "Baseline correction",
                "Subtracts a baseline: arpls (Baek et al., Analyst 140 (2015) 250), asls (Eilers & Boelens 2005), "
                + "poly (least-squares polynomial, optionally on given baseline regions), snip (Ryan et al., NIM B 34 "
                + "(1988) 396; Morhac et al., NIM A 401 (1997) 113) or rubberband (lower convex hull), with the "
                + "parameter names and defaults of pybaselines.");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.choice("method", "Method", "arpls", List.of("arpls", "asls", "poly", "snip", "rubberband"),
                        "Baseline algorithm (pybaselines names)"),
                ParameterSpec.number("lam", "lam", "1", 0.0,
                        "Smoothness λ of asls/arpls (and of rubberband's optional smoothing); 0: the method's pybaselines "
                                + "default (asls 1e6, arpls 1e5, rubberband none). Typical 1e3 to 1e8").range(0, 1e15),
                ParameterSpec.number("p", "p", "1", 0.01, "asls asymmetry: weight of points above the baseline")
                        .range(1e-9, 1 - 1e-9),
                ParameterSpec.integer("diff_order", "diff_order", 2, "Order of the difference penalty").range(1, 3),
                ParameterSpec.integer("max_iter", "max_iter", 50, "Most reweighting iterations").range(0, 100000),
                ParameterSpec.number("tol", "tol", "1", 1e-3, "Stop when the weights change by less (relative norm)")
                        .range(0, 1),
                ParameterSpec.integer("poly_order", "poly_order", 2, "Order of the poly baseline").range(0, 20),
                ParameterSpec.text("regions", "Baseline regions", "",
                        "poly only: x ranges free of bands, e.g. '200-300, 1800-2000'; empty: all points"),
                ParameterSpec.integer("max_half_window", "max_half_window", 0,
                        "snip clipping half window in points (about the widest band); 0: 5 % of the points")
                        .range(0, 10_000_000),
                ParameterSpec.integer("filter_order", "filter_order", 2, "snip filter order: 2, 4, 6 or 8").range(2, 8),
                ParameterSpec.bool("decreasing", "decreasing", false, "snip: windows from large to small"),
                ParameterSpec.integer("segments", "segments", 1, "rubberband: number of equal segments").range(1, 100000),
                ParameterSpec.choice("direction", "Band direction", "auto", List.of("auto", "up", "down"),
                        "Whether bands point up (Raman, absorbance) or down (transmittance, reflectance); auto decides "
                                + "from the intensity quantity"));
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        String method = p.choice("method");
        Map<Integer, PenalizedBaselines> workspaces = new HashMap<>();
        Table.Builder fits = Table.builder("Baseline fits").column("spectrum", null).column("method", null)
                .column("iterations", Units.ONE).column("converged", null);
        Result.Builder r = SpectrumAnalyses.process(this, ctx, (s, w) -> {
            boolean down = switch (p.choice("direction")) {
                case "down" -> true;
                case "up" -> false;
                default -> SpectralAxes.TRANSMITTANCE.equals(s.yName()) || SpectralAxes.REFLECTANCE.equals(s.yName());
            };
            double[] y = down ? Arrays1.negate(s.y()) : s.y();
            BaselineResult b = fit(method, p, s, y, workspaces);
            double[] base = down ? Arrays1.negate(b.baseline()) : b.baseline();
            if (!b.converged()) {
                w.add(method + " did not reach tol = " + p.number("tol") + " in max_iter = " + p.integer("max_iter")
                        + " iterations");
            }
            fits.row(s.label(), method, b.iterations(), b.converged() ? "yes" : "no");
            double[] corrected = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                corrected[i] = s.y()[i] - base[i];
            }
            return Processed.withRaw(s.withY(corrected), s).with("baseline", base, s.yUnit());
        });
        return r.table(fits.build()).build();
    }

    static BaselineResult fit(String method, Parameters p, Spectrum s, double[] y, Map<Integer, PenalizedBaselines> ws) {
        double lam = p.number("lam");
        int n = y.length;
        switch (method) {
            case "asls":
            case "arpls": {
                double l = lam > 0 ? lam : method.equals("asls") ? 1e6 : 1e5;
                PenalizedBaselines pb = ws.computeIfAbsent(n, k -> new PenalizedBaselines(k, l, p.integer("diff_order")));
                return method.equals("asls") ? pb.asls(y, p.number("p"), p.integer("max_iter"), p.number("tol"))
                        : pb.arpls(y, p.integer("max_iter"), p.number("tol"));
            }
            case "poly":
                return ShapeBaselines.poly(s.x(), y, p.integer("poly_order"), regions(p.text("regions"), s.x()));
            case "snip": {
                int hw = p.integer("max_half_window");
                return ShapeBaselines.snip(y, hw > 0 ? hw : Math.max(3, n / 20), p.bool("decreasing"),
                        p.integer("filter_order"));
            }
            case "rubberband":
            default:
                return ShapeBaselines.rubberband(s.x(), y, p.integer("segments"), lam, p.integer("diff_order"));
        }
    }

    /** Weights 1 inside the given x ranges ("200-300, 1800-2000"), 0 elsewhere; null for no ranges. */
    static double[] regions(String text, double[] x) {
        if (text.isBlank()) {
            return null;
        }
        double[] w = new double[x.length];
        for (String part : text.split("[,;]")) {
            String[] ends = part.strip().split("(?<=\\d)\\s*(-|–|\\.\\.|to)\\s*(?=[-+]?\\d)");
            if (ends.length != 2) {
                throw new IllegalArgumentException("parameter 'regions': '" + part.strip()
                        + "' is not a range like 200-300");
            }
            double a;
            double b;
            try {
                a = Double.parseDouble(ends[0].strip());
                b = Double.parseDouble(ends[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter 'regions': '" + part.strip() + "' is not a range like 200-300");
            }
            for (int i = 0; i < x.length; i++) {
                if (x[i] >= Math.min(a, b) && x[i] <= Math.max(a, b)) {
                    w[i] = 1;
                }
            }
        }
        return w;
    }

}
