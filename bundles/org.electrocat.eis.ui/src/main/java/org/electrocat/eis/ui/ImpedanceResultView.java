package org.electrocat.eis.ui;

import org.electrocat.ui.api.ViewPanes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.ImpedanceSpectrum;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.osgi.service.component.annotations.Component;

/**
 * The view of an impedance result ({@code eis.fit}, {@code eis.kk}, {@code eis.drt}, {@code eis.batch},
 * {@code eis.bode}): the measured spectra with the model the analysis produced (the fitted circuit,
 * the Lin-KK model or the DRT model) overlaid in Nyquist and Bode plots, and below them the relative
 * residuals (Z − Z_model)/|Z| against log f (with the ± tolerance band of a Kramers–Kronig test) and
 * the result's tables (fitted parameters with standard errors). Curves are found by their
 * {@code eis.role} metadata as the eis analyses write them: {@code measured}, {@code fit}, {@code kk},
 * {@code residuals}.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=eis.impedance-result", "electrocat.technique=eis"})
public final class ImpedanceResultView implements WorkbenchView {

    /** View id. */
    public static final String ID = "eis.impedance-result";
    /** Metadata key of a curve's role in eis results. */
    static final String ROLE = "eis.role";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Impedance fit";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asResult().map(r -> r.analysisId().startsWith("eis.") && !curves(r, "measured").isEmpty())
                .orElse(false);
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        String base = r.id().replaceAll("[^A-Za-z0-9._-]+", "_");
        JComponent top;
        try {
            List<ImpedanceSpectrum> measured = measured(r);
            List<ImpedanceSpectrum> models = models(r);
            top = ViewPanes.split(true, context.chartPanel(NyquistBodeView.nyquist(measured, models), base + "-nyquist"),
                    context.chartPanel(NyquistBodeView.bode(measured, models), base + "-bode"), 0.5);
        } catch (IllegalArgumentException e) {
            top = ViewPanes.message("eis.error", "Cannot draw the spectra of " + r.id() + ": " + e.getMessage());
        }
        JTabbedPane lower = new JTabbedPane();
        lower.setName("eis.details");
        Optional<Dataset> res = residualCurve(r);
        res.ifPresent(d -> lower.addTab(residualTitle(d), context.chartPanel(residuals(d), base + "-residuals")));
        for (Table t : r.tables()) {
            lower.addTab(t.title().length() > 40 ? t.title().substring(0, 40) + "…" : t.title(),
                    ViewPanes.table("eis.table", t));
        }
        JComponent content = lower.getTabCount() == 0 ? top : ViewPanes.split(false, top, lower, 0.6);
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /** The measured spectra of a result, with unique legend names. */
    public static List<ImpedanceSpectrum> measured(Result r) {
        return spectra(curves(r, "measured"), new HashSet<>());
    }

    /** The model spectra of a result: fitted circuits, the Lin-KK model or the DRT model. */
    public static List<ImpedanceSpectrum> models(Result r) {
        List<Dataset> m = new ArrayList<>(curves(r, "fit"));
        m.addAll(curves(r, "kk"));
        return spectra(m, new HashSet<>());
    }

    /** The residual curve of a result (fit or Kramers–Kronig), if it has one. */
    public static Optional<Dataset> residualCurve(Result r) {
        return curves(r, "residuals").stream().findFirst();
    }

    /** {@code Lin-KK residuals} for a Kramers–Kronig test (it has a tolerance), else {@code Fit residuals}. */
    static String residualTitle(Dataset d) {
        return d.metadata().containsKey("eis.tolerance") ? "Lin-KK residuals" : "Fit residuals";
    }

    /**
     * Relative residuals ΔZ′/|Z| and ΔZ″/|Z| in % against f on a log axis, with ± the tolerance when
     * the curve carries one ({@code eis.tolerance}, in %).
     */
    public static JFreeChart residuals(Dataset d) {
        double[] f = d.require("f").array();
        List<Series> s = new ArrayList<>(List.of(Series.of("ΔZ′/|Z|", f, d.require("dZ'/|Z|").array()),
                Series.of("ΔZ″/|Z|", f, d.require("dZ''/|Z|").array())));
        String tol = d.metadata().get("eis.tolerance");
        if (tol != null) {
            double t = Double.parseDouble(tol);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : f) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            s.add(Series.of("+" + tol + " % tolerance", new double[] {lo, hi}, new double[] {t, t}));
            s.add(Series.of("−" + tol + " % tolerance", new double[] {lo, hi}, new double[] {-t, -t}));
        }
        JFreeChart c = Charts.xy(null, Axis.of("f", "Hz"), Axis.of("Residual", "%"), s);
        XYPlot p = c.getXYPlot();
        p.setDomainAxis(logAxis(p.getDomainAxis().getLabel(), DatasetUtils.findDomainBounds(p.getDataset())));
        return HouseStyle.apply(c);
    }

    /** A base-10 log axis; over two decades or more its ticks sit on whole decades (10⁻¹, 10⁰, 10¹ …). */
    static LogAxis logAxis(String label, Range data) {
        LogAxis a = new LogAxis(label);
        a.setSmallestValue(1e-300);
        a.setLowerMargin(0.03);
        a.setUpperMargin(0.03);
        if (data != null && data.getLowerBound() > 0 && Math.log10(data.getUpperBound() / data.getLowerBound()) >= 2) {
            a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return a;
    }

    static List<Dataset> curves(Result r, String role) {
        List<Dataset> out = new ArrayList<>();
        for (Dataset d : r.curves()) {
            if (role.equals(d.metadata().get(ROLE))) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<ImpedanceSpectrum> spectra(List<Dataset> curves, Set<String> used) {
        List<ImpedanceSpectrum> out = new ArrayList<>();
        for (Dataset d : curves) {
            String name = d.name();
            for (int k = 2; !used.add(name); k++) {
                name = d.name() + " (" + k + ")";
            }
            out.add(NyquistBodeView.spectrum(d, name));
        }
        return out;
    }
}
