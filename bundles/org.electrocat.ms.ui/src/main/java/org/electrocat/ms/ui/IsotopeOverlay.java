package org.electrocat.ms.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.HouseStyle;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.ms.analysis.ResultCurves;
import org.electrocat.ms.io.SpectrumDatasets;
import org.electrocat.ms.report.MsCharts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * What the isotope-pattern view shows of an MS result ({@code ms.pattern}, {@code ms.assign},
 * {@code ms.label}), read from the result alone (the view computes nothing): the result's curves
 * grouped by candidate or fragment ({@link ResultCurves#GROUP}) into the measured region, the
 * calculated envelopes and the sticks; and, for {@code ms.assign} against a spectrum, the row of
 * the assignment table that belongs to the group (formula, calculated and measured m/z, error in
 * ppm, pattern score), which labels the assigned peak in the chart.
 */
public final class IsotopeOverlay {

    /** Start of the title of the {@code ms.assign} table of candidates against a measured spectrum. */
    static final String ASSIGN_TABLE = "Candidates against the measured spectrum";

    /**
     * One candidate's assignment, as the {@code ms.assign} table states it.
     *
     * @param candidate    candidate name (the curves' group)
     * @param formula      ion formula in Hill order, with charge
     * @param calculatedMz calculated m/z under the result's mass convention
     * @param measuredMz   measured m/z under the same convention, NaN when no peak matched
     * @param errorPpm     measured − calculated, in ppm of the calculated m/z (NaN when unmatched)
     * @param score        isotope-pattern cosine score, 0..1
     */
    public record Assignment(String candidate, String formula, double calculatedMz, double measuredMz, double errorPpm,
            double score) {
    }

    /**
     * The curves of one candidate or fragment.
     *
     * @param name       group name (candidate, fragment or formula)
     * @param measured   the measured region (% of its highest point), or {@code null}
     * @param envelopes  calculated profiles (% of their highest point)
     * @param sticks     centroids or fine-structure lines (% of the highest)
     * @param assignment the assignment of this group, or {@code null} when the result has none
     */
    public record Group(String name, Dataset measured, List<Dataset> envelopes, List<Dataset> sticks,
            Assignment assignment) {
    }

    private IsotopeOverlay() {
    }

    /** True for an MS result with at least one calculated envelope or stick curve. */
    public static boolean supports(Result r) {
        return r.analysisId().startsWith("ms.") && !groups(r).isEmpty();
    }

    /** The groups of a result that have a calculated envelope or sticks, in the result's order. */
    public static List<Group> groups(Result r) {
        Map<String, List<Dataset>> byGroup = new LinkedHashMap<>();
        for (Dataset d : r.curves()) {
            if (d.rows() > 0 && d.column(SpectrumDatasets.MZ).isPresent() && d.column(SpectrumDatasets.INTENSITY).isPresent()) {
                byGroup.computeIfAbsent(d.meta(ResultCurves.GROUP).orElse(d.name()), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, Assignment> assigned = assignments(r);
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<Dataset>> e : byGroup.entrySet()) {
            Dataset measured = null;
            List<Dataset> envelopes = new ArrayList<>();
            List<Dataset> sticks = new ArrayList<>();
            for (Dataset d : e.getValue()) {
                switch (d.meta(ResultCurves.ROLE).orElse("")) {
                    case ResultCurves.MEASURED -> measured = measured == null ? d : measured;
                    case ResultCurves.STICKS -> sticks.add(d);
                    default -> envelopes.add(d);
                }
            }
            if (!envelopes.isEmpty() || !sticks.isEmpty()) {
                out.add(new Group(e.getKey(), measured, envelopes, sticks, assigned.get(e.getKey())));
            }
        }
        return out;
    }

    /** The rows of the {@code ms.assign} table, by candidate; empty for other results. */
    static Map<String, Assignment> assignments(Result r) {
        Map<String, Assignment> out = new LinkedHashMap<>();
        for (Table t : r.tables()) {
            if (!t.title().startsWith(ASSIGN_TABLE)) {
                continue;
            }
            int cand = t.headers().indexOf("candidate");
            int formula = t.headers().indexOf("formula");
            int calc = t.headers().indexOf("calculated m/z");
            int meas = t.headers().indexOf("measured m/z");
            int score = t.headers().indexOf("pattern score");
            int ppm = -1;
            for (int c = 0; c < t.headers().size(); c++) {
                if (t.headers().get(c).equals("error") && t.units().get(c) != null
                        && t.units().get(c).symbol().equals("ppm")) {
                    ppm = c;
                }
            }
            if (cand < 0 || formula < 0 || calc < 0 || meas < 0 || ppm < 0) {
                continue; // a table of another shape: nothing to label
            }
            for (List<Object> row : t.rows()) {
                out.put(String.valueOf(row.get(cand)), new Assignment(String.valueOf(row.get(cand)),
                        String.valueOf(row.get(formula)), number(row.get(calc)), number(row.get(meas)),
                        number(row.get(ppm)), score < 0 ? Double.NaN : number(row.get(score))));
            }
        }
        return out;
    }

    private static double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * The overlay of a group: the measured region as a grey line, each calculated envelope as a
     * coloured line, the sticks as vertical lines from zero, all in % of their own highest point
     * (as the analysis scaled them); the assigned peak carries an arrow with {@link #label}.
     */
    public static JFreeChart chart(Group g) {
        List<Series> series = new ArrayList<>();
        if (g.measured() != null) {
            series.add(Series.of(name(g.measured()), mz(g.measured()), intensity(g.measured())));
        }
        for (Dataset d : g.envelopes()) {
            series.add(Series.of(unique(series, name(d)), mz(d), intensity(d)));
        }
        for (Dataset d : g.sticks()) {
            series.add(MsCharts.sticks(unique(series, name(d)), mz(d), intensity(d)));
        }
        JFreeChart chart = Charts.spectrum(g.name(), Axis.of("m/z", ""), Axis.of("relative intensity", "%"), series,
                SpectrumLayout.OVERLAY);
        XYPlot plot = chart.getXYPlot();
        if (g.measured() != null) {
            // the data in neutral ink, so the calculated curves stand out against it
            plot.getRenderer().setSeriesPaint(0, new Color(0x55, 0x55, 0x55));
        }
        Assignment a = g.assignment();
        if (a != null) {
            boolean matched = !Double.isNaN(a.measuredMz()) && g.measured() != null;
            double x = matched ? a.measuredMz() : a.calculatedMz();
            Dataset under = matched ? g.measured() : g.envelopes().isEmpty() ? null : g.envelopes().get(0);
            double y = under == null ? 100 : at(under, x);
            XYPointerAnnotation arrow = new XYPointerAnnotation(label(a), x, Double.isNaN(y) ? 100 : y, -Math.PI / 4);
            arrow.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            arrow.setFont(HouseStyle.font(12, true));
            arrow.setPaint(HouseStyle.INK);
            arrow.setArrowPaint(HouseStyle.INK);
            plot.addAnnotation(arrow);
            // room above the 100 % peaks for the label
            plot.getRangeAxis().setUpperMargin(0.2);
        }
        return chart;
    }

    /**
     * The text of an assigned peak: candidate and formula, then the error in ppm (with sign) or
     * {@code not found}, e.g. {@code A: C159H196Ag4Cl2N7O14Pd2S8Ti4+  −0.8 ppm}.
     */
    public static String label(Assignment a) {
        String who = a.candidate().equals(a.formula()) ? a.formula() : a.candidate() + ": " + a.formula();
        String error = Double.isNaN(a.errorPpm()) ? "not found"
                : String.format(Locale.ROOT, "%+.1f ppm", a.errorPpm()).replace('-', '−');
        return who + "  " + error;
    }

    /** One line for the view's header: the assignment's numbers with their units. */
    public static String summary(Assignment a) {
        return String.format(Locale.ROOT, "%s   calculated m/z %.4f   measured m/z %s   error %s   pattern score %s",
                a.formula(), a.calculatedMz(), Double.isNaN(a.measuredMz()) ? "—" : String.format(Locale.ROOT, "%.4f",
                        a.measuredMz()), Double.isNaN(a.errorPpm()) ? "—" : String.format(Locale.ROOT, "%+.2f ppm",
                        a.errorPpm()), Double.isNaN(a.score()) ? "—" : String.format(Locale.ROOT, "%.3f", a.score()))
                .replace('−', '-');
    }

    /** The curve's intensity at {@code mz}, interpolated linearly between its points (NaN outside). */
    static double at(Dataset d, double mz) {
        double[] x = mz(d);
        double[] y = intensity(d);
        for (int i = 1; i < x.length; i++) {
            double lo = Math.min(x[i - 1], x[i]);
            double hi = Math.max(x[i - 1], x[i]);
            if (mz >= lo && mz <= hi) {
                return hi == lo ? Math.max(y[i - 1], y[i]) : y[i - 1] + (y[i] - y[i - 1]) * (mz - x[i - 1]) / (x[i] - x[i - 1]);
            }
        }
        return Double.NaN;
    }

    private static String name(Dataset d) {
        return d.meta(ResultCurves.LABEL).orElse(d.name());
    }

    /** Series names must differ within a chart; a repeated label gets a number. */
    private static String unique(List<Series> series, String name) {
        String n = name;
        for (int k = 2; taken(series, n); k++) {
            n = name + " (" + k + ")";
        }
        return n;
    }

    private static boolean taken(List<Series> series, String name) {
        return series.stream().anyMatch(s -> s.name().equals(name));
    }

    static double[] mz(Dataset d) {
        return d.require(SpectrumDatasets.MZ).array();
    }

    static double[] intensity(Dataset d) {
        return d.require(SpectrumDatasets.INTENSITY).array();
    }
}
