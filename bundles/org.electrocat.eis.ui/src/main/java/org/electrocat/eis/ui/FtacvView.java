package org.electrocat.eis.ui;

import org.electrocat.ui.api.ViewPanes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JTabbedPane;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.osgi.service.component.annotations.Component;

/**
 * The view of an {@code eis.ftacv} result (large-amplitude Fourier-transformed AC voltammetry,
 * Bond et al., Anal. Chem. 77 (2005) 186A): the DC component and the envelope of every harmonic
 * stacked one above the other against the DC potential (each panel with its own current scale, as
 * the harmonics fall by orders of magnitude), and the amplitude spectrum of the current on a log
 * scale with its peaks at k·f. Drawn from the result's {@code harmonics} and {@code spectrum} curves.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=eis.ftacv-harmonics", "electrocat.technique=eis"})
public final class FtacvView implements WorkbenchView {

    /** View id. */
    public static final String ID = "eis.ftacv-harmonics";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "FTACV harmonics";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asResult().map(r -> r.analysisId().equals("eis.ftacv") && curve(r, "harmonics").isPresent())
                .orElse(false);
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        String base = r.id().replaceAll("[^A-Za-z0-9._-]+", "_");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("eis.ftacv.tabs");
        try {
            tabs.addTab("Harmonics", context.chartPanel(harmonics(curve(r, "harmonics").orElseThrow()), base + "-harmonics"));
            curve(r, "spectrum").ifPresent(s -> tabs.addTab("Amplitude spectrum",
                    context.chartPanel(spectrum(s), base + "-spectrum")));
        } catch (IllegalArgumentException e) {
            tabs.addTab("Error", ViewPanes.message("eis.error", "Cannot draw " + r.id() + ": " + e.getMessage()));
        }
        JComponent content = tabs;
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /**
     * The DC current and each harmonic envelope {@code |I_k|} of a harmonics curve, one panel each,
     * against {@code E_dc} (or time when the curve has no DC potential).
     */
    public static JFreeChart harmonics(Dataset h) {
        Column x = h.column("E_dc").orElse(h.require("time"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis(Axis.of(x).label()));
        plot.setGap(6);
        List<Column> panels = new ArrayList<>();
        h.column("I_dc").ifPresent(panels::add);
        for (Column c : h.columns()) {
            if (c.name().startsWith("|I_")) {
                panels.add(c);
            }
        }
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("harmonics curve '" + h.id() + "' has no I_dc or |I_k| column");
        }
        for (Column c : panels) {
            String name = c.name().equals("I_dc") ? "DC" : "harmonic " + c.name().substring(3, c.name().length() - 1);
            XYPlot sub = Charts.xy(null, Axis.of(x), Axis.of(c), List.of(Series.of(name, x.array(), c.array())))
                    .getXYPlot();
            NumberAxis y = (NumberAxis) sub.getRangeAxis();
            y.setAutoRangeIncludesZero(false);
            plot.add(sub, 1);
        }
        NumberAxis shared = (NumberAxis) plot.getDomainAxis();
        shared.setAutoRangeIncludesZero(false);
        JFreeChart chart = new JFreeChart(null, HouseStyle.font(14, true), plot, false);
        return HouseStyle.apply(chart);
    }

    /** The amplitude spectrum |I(f)| on a log scale against f; zero amplitudes are gaps (no log of 0). */
    public static JFreeChart spectrum(Dataset s) {
        Column f = s.require("f");
        Column a = s.columns().get(1);
        double[] y = a.array().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] > 0 ? y[i] : Double.NaN;
        }
        JFreeChart c = Charts.xy(null, Axis.of(f), Axis.of(a), List.of(Series.of("|I(f)|", f.array(), y)));
        XYPlot p = c.getXYPlot();
        p.setRangeAxis(ImpedanceResultView.logAxis(p.getRangeAxis().getLabel(),
                org.jfree.data.general.DatasetUtils.findRangeBounds(p.getDataset())));
        return HouseStyle.apply(c);
    }

    static Optional<Dataset> curve(Result r, String role) {
        return r.curves().stream().filter(d -> role.equals(d.metadata().get(ImpedanceResultView.ROLE))).findFirst();
    }
}
