package org.electrocat.echem.ui;

import org.electrocat.ui.api.ViewPanes;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.osgi.service.component.annotations.Component;

/**
 * Voltammograms (LSV, CV) with the potential on the reference scale the user picks: the scale the
 * data were recorded on, or RHE, SHE, Ag/AgCl, SCE, Hg/HgO, converted with
 * {@link org.electrocat.core.potential.PotentialConverter} at the electrolyte pH and temperature of
 * the study (see {@link ScaleChoice}). The axis always names its scale. One curve per cycle (raw
 * data) or per sweep (an {@code echem.lsv} result's processed curve); for an {@code echem.lsv}
 * result the onset potentials (threshold and tangent methods) and peak potentials it found are
 * vertical markers, moved with the scale.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=echem.voltammogram", "electrocat.technique=echem"})
public final class VoltammogramView implements WorkbenchView {

    /** View id. */
    public static final String ID = "echem.voltammogram";
    /** At most this many cycles or sweeps are drawn (the first ones), so long CV runs stay legible. */
    static final int MAX_CURVES = 30;

    /** A vertical marker: an onset or peak potential on the curve's recorded scale, in V. */
    public record Mark(String label, double volts) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Voltammogram";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        if (input.result() != null) {
            return input.result().analysisId().equals("echem.lsv") && lsvCurve(input.result()).isPresent();
        }
        Dataset d = input.dataset();
        return DatasetKind.VOLTAMMOGRAM.equals(d.kind()) && d.rows() > 1 && potential(d).isPresent()
                && current(d).isPresent();
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        Dataset d = r != null ? lsvCurve(r).orElseThrow() : input.dataset();
        List<Mark> marks = r != null ? marks(r) : List.of();
        ScaleChoice conditions = ScaleChoice.of(context.conditions(input), d, r == null ? Map.of() : r.parameters());
        PotentialScale recorded = potential(d).orElseThrow().scale();
        JComboBox<PotentialScale> scales = new JComboBox<>(ScaleChoice.offered(recorded).toArray(new PotentialScale[0]));
        scales.setName("echem.scale");
        JPanel holder = new JPanel(new BorderLayout());
        String base = (r != null ? r.id() : d.id()).replaceAll("[^A-Za-z0-9._-]+", "_");
        Runnable redraw = () -> {
            PotentialScale target = (PotentialScale) scales.getSelectedItem();
            JComponent c;
            try {
                c = context.chartPanel(chart(d, target, conditions, marks), base + "-voltammogram");
            } catch (IllegalArgumentException e) {
                c = ViewPanes.message("echem.error", "Cannot draw on " + target + ": " + e.getMessage());
            }
            holder.removeAll();
            holder.add(c, BorderLayout.CENTER);
            holder.revalidate();
            holder.repaint();
        };
        scales.addActionListener(e -> redraw.run());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT));
        bar.add(new JLabel("Potential scale"));
        bar.add(scales);
        JLabel ph = new JLabel(conditions.describe());
        ph.setName("echem.conditions");
        bar.add(ph);
        JPanel content = new JPanel(new BorderLayout());
        content.add(bar, BorderLayout.NORTH);
        content.add(holder, BorderLayout.CENTER);
        redraw.run();
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /**
     * The voltammogram of {@code d} with potentials moved to {@code target}: current against E, one
     * series per cycle (or sweep), and the marks as vertical lines at their converted potentials.
     *
     * @throws IllegalArgumentException when the scale cannot be reached (unspecified reference, RHE
     *                                  without a pH)
     */
    public static JFreeChart chart(Dataset d, PotentialScale target, ScaleChoice conditions, List<Mark> marks) {
        Column e = potential(d).orElseThrow(() -> new IllegalArgumentException("dataset '" + d.id()
                + "' has no potential column with a reference scale"));
        Column i = current(d).orElseThrow();
        double shift = conditions.converter().shift(e.scale(), target);
        double[] ev = e.array().clone();
        for (int k = 0; k < ev.length; k++) {
            ev[k] += shift;
        }
        List<Series> curves = new ArrayList<>();
        Optional<Column> group = d.column("sweep").or(() -> d.column("cycle")).or(() -> d.column("cycle number"));
        double[] g = group.map(Column::array).orElse(null);
        String word = group.map(c -> c.name().equals("sweep") ? "sweep" : "cycle").orElse("");
        int start = 0;
        for (int k = 1; k <= ev.length && curves.size() < MAX_CURVES; k++) {
            if (k == ev.length || g != null && Double.compare(g[k], g[start]) != 0) {
                String name = g == null ? d.name() : word + " " + (long) g[start];
                for (int n = 2; nameTaken(curves, name); n++) {
                    name = word + " " + (long) g[start] + " (" + n + ")";
                }
                curves.add(Series.of(name, Arrays.copyOfRange(ev, start, k), Arrays.copyOfRange(i.array(), start, k)));
                start = k;
            }
        }
        JFreeChart chart = Charts.voltammogram(null, Axis.potential("E", Units.VOLT, target), Axis.of(i), curves);
        int colour = 0;
        for (Mark m : marks) {
            ValueMarker v = new ValueMarker(m.volts() + shift, HouseStyle.colour(3 + colour++ % 4),
                    HouseStyle.dashed(1.4f));
            v.setLabel(m.label());
            v.setLabelFont(HouseStyle.font(11, false));
            v.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            v.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            chart.getXYPlot().addDomainMarker(v);
        }
        return chart;
    }

    /** The onset and peak potentials an {@code echem.lsv} result reports (values in V on its curve's scale). */
    public static List<Mark> marks(Result r) {
        List<Mark> out = new ArrayList<>();
        mark(r, "onset.threshold", "onset (threshold)", out);
        mark(r, "onset.tangent", "onset (tangent)", out);
        for (int k = 1; k <= 5; k++) {
            mark(r, "peak" + k + ".E", "peak " + k, out);
        }
        return out;
    }

    private static void mark(Result r, String key, String label, List<Mark> out) {
        r.value(key).filter(v -> v.quantity().unit().isCompatible(Units.VOLT) && Double.isFinite(v.quantity().value()))
                .ifPresent(v -> out.add(new Mark(label, v.quantity().in(Units.VOLT))));
    }

    /** The processed voltammogram of an {@code echem.lsv} result (its curve {@code <input>.lsv}). */
    static Optional<Dataset> lsvCurve(Result r) {
        return r.curves().stream().filter(d -> d.id().endsWith(".lsv") && potential(d).isPresent()).findFirst();
    }

    /** The potential column with a reference scale, {@code E…} preferred over a control potential. */
    static Optional<Column> potential(Dataset d) {
        Column best = null;
        for (Column c : d.columns()) {
            if (c.isPotential() && c.scale() != null && (best == null || !best.name().startsWith("E") && c.name().startsWith("E")
                    || best.name().startsWith("E_") && c.name().equals("E"))) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The current density {@code j} when present, else the first current column. */
    static Optional<Column> current(Dataset d) {
        Optional<Column> j = d.column("j");
        if (j.isPresent()) {
            return j;
        }
        return d.columns().stream().filter(c -> c.unit().isCompatible(Units.AMPERE)).findFirst();
    }

    private static boolean nameTaken(List<Series> s, String name) {
        return s.stream().anyMatch(x -> x.name().equals(name));
    }
}
