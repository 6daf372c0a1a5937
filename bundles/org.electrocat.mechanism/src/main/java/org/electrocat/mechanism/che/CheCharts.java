package org.electrocat.mechanism.che;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.EnergyPath;
import org.electrocat.chart.HouseStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.osgi.service.component.annotations.Component;

/**
 * Free-energy diagrams of a {@code mechanism.che} result, drawn with the chart bundle's step-diagram
 * factory: all pathways overlaid at 0 V vs RHE, overlaid at the applied U, and each pathway alone at
 * 0 V and at its limiting potential (when there are at most {@link #MAX_SINGLE} pathways). The
 * potential-determining step of each pathway is drawn as a thick solid connector in the pathway's
 * colour and labelled with its ΔG. Pathways whose states differ are placed on a merged reaction
 * coordinate (a state missing from a pathway is skipped by its connector).
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=mechanism.che.charts",
        "electrocat.technique=mechanism"})
public final class CheCharts implements ChartContributor {

    /** Largest number of pathways that also get a diagram each. */
    static final int MAX_SINGLE = 6;
    /** Half width of a level in state spacings, as drawn by {@code Charts.step} (where connectors start). */
    static final double LEVEL_HALF_WIDTH = 0.3;

    private static final Axis ENERGY = Axis.of("ΔG", "eV");

    @Override
    public boolean supports(Result result) {
        return CheAnalysis.ID.equals(result.analysisId()) && !CheLevels.read(result.curves()).isEmpty();
    }

    @Override
    public List<NamedChart> charts(Result result) {
        List<CheLevels.Levels> all = CheLevels.read(result.curves());
        List<NamedChart> out = new ArrayList<>();
        double u = all.get(0).potential();
        String tag = all.stream().anyMatch(CheLevels.Levels::illustrative) ? " Contains illustrative energies." : "";
        out.add(new NamedChart("free-energy-0V", "Free-energy diagram at 0 V vs RHE; thick connectors mark the"
                + " potential-determining step of each pathway." + tag, overlay(all, false)));
        if (u != 0) {
            out.add(new NamedChart("free-energy-U", String.format(Locale.ROOT, "Free-energy diagram at U = %.2f V vs RHE;"
                    + " thick connectors mark the potential-determining step.", u) + tag, overlay(all, true)));
        }
        if (all.size() <= MAX_SINGLE) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (CheLevels.Levels l : all) {
                NamedChart c = single(l);
                // names differing only in punctuation would share an id (and a file name)
                String id = c.id();
                for (int k = 2; !ids.add(id); k++) {
                    id = c.id() + "-" + k;
                }
                out.add(id.equals(c.id()) ? c : new NamedChart(id, c.caption(), c.chart()));
            }
        }
        return out;
    }

    /** All pathways at 0 V ({@code atU} false) or at U. */
    static JFreeChart overlay(List<CheLevels.Levels> all, boolean atU) {
        ReactionCoordinate rc = ReactionCoordinate.merge(all.stream().map(CheLevels.Levels::states).toList());
        List<EnergyPath> paths = new ArrayList<>();
        for (CheLevels.Levels l : all) {
            paths.add(new EnergyPath(l.pathway(), rc.place(l.states(), atU ? l.gU() : l.g0())));
        }
        String title = atU ? String.format(Locale.ROOT, "U = %.2f V vs RHE", all.get(0).potential()) : "U = 0 V vs RHE";
        JFreeChart chart = Charts.step(title, ENERGY, rc.labels(), paths);
        for (int i = 0; i < all.size(); i++) {
            CheLevels.Levels l = all.get(i);
            if (l.pds() >= 0) {
                double[] g = atU ? l.gU() : l.g0();
                highlight(chart.getXYPlot(), rc.position(l.states(), l.pds()), rc.position(l.states(), l.pds() + 1),
                        g[l.pds()], g[l.pds() + 1], HouseStyle.colour(i), all.size() > 1 ? "" : "PDS");
            }
        }
        return chart;
    }

    /** One pathway at 0 V and at its limiting potential. */
    private static NamedChart single(CheLevels.Levels l) {
        double ul = l.limitingPotential();
        List<EnergyPath> paths = new ArrayList<>();
        paths.add(new EnergyPath("U = 0 V", l.g0()));
        if (Double.isFinite(ul) && ul != 0) {
            paths.add(new EnergyPath(String.format(Locale.ROOT, "U_L = %.2f V", ul).replace('-', '−'), l.at(ul)));
        }
        JFreeChart chart = Charts.step(l.pathway(), ENERGY, l.states(), paths);
        if (l.pds() >= 0) {
            highlight(chart.getXYPlot(), l.pds(), l.pds() + 1, l.g0()[l.pds()], l.g0()[l.pds() + 1],
                    HouseStyle.colour(0), "PDS");
        }
        String id = "free-energy-" + l.pathway().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "")
                .toLowerCase(Locale.ROOT);
        return new NamedChart(id, l.pathway() + " at 0 V and at its limiting potential (every reduction step"
                + " downhill), vs RHE; the thick connector is the potential-determining step."
                + (l.illustrative() ? " Contains illustrative energies." : ""), chart);
    }

    /**
     * Draws the PDS connector thick and solid, and writes its ΔG beside the connector's middle (left of
     * it, so that two pathways sharing the step keep their labels apart by their different levels).
     * Public for the workbench's free-energy view, which draws the same diagrams interactively.
     *
     * @param from position of the step's first state on the reaction coordinate
     * @param to   position of its second state
     * @param g1   free energy of the first state / eV
     * @param g2   free energy of the second state / eV
     * @param text prefix of the label (e.g. {@code PDS}), may be empty
     */
    public static void highlight(XYPlot plot, double from, double to, double g1, double g2, Color colour,
            String text) {
        double x1 = from + LEVEL_HALF_WIDTH;
        double x2 = to - LEVEL_HALF_WIDTH;
        plot.addAnnotation(new XYLineAnnotation(x1, g1, x2, g2,
                new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), colour));
        String value = String.format(Locale.ROOT, "%.2f eV", g2 - g1).replace('-', '−');
        XYTextAnnotation label = new XYTextAnnotation(text.isEmpty() ? value : text + " " + value,
                (x1 + x2) / 2 - 0.04, (g1 + g2) / 2);
        label.setTextAnchor(TextAnchor.CENTER_RIGHT);
        label.setFont(HouseStyle.font(10, true));
        label.setPaint(colour);
        plot.addAnnotation(label);
    }
}
