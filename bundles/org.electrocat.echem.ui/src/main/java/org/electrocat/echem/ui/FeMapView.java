package org.electrocat.echem.ui;

import org.electrocat.ui.api.ViewPanes;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.BarSeries;
import org.electrocat.chart.Charts;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.osgi.service.component.annotations.Component;

/**
 * The Faradaic-efficiency map of an {@code echem.fe-map} result: for the product the user picks,
 * either a heat map over potential × catalyst (viridis, the value written in each cell) or grouped
 * bars (one group per potential, one bar per catalyst, error bars = the replicate standard
 * deviation the analysis computed). Drawn from the result's {@code fe-map.<product>} curves, one
 * row per potential and catalyst; a cell the map has no run for stays empty.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=echem.fe-map", "electrocat.technique=echem"})
public final class FeMapView implements WorkbenchView {

    /** View id. */
    public static final String ID = "echem.fe-map";
    /** Display modes. */
    static final String HEAT_MAP = "Heat map";
    static final String BARS = "Bars";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "FE map";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asResult().map(r -> r.analysisId().equals("echem.fe-map") && !maps(r).isEmpty()).orElse(false);
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        List<Dataset> maps = maps(r);
        JComboBox<String> product = new JComboBox<>(maps.stream().map(FeMapView::product).toArray(String[]::new));
        product.setName("echem.product");
        JComboBox<String> mode = new JComboBox<>(new String[] {HEAT_MAP, BARS});
        mode.setName("echem.mode");
        // one potential makes a one-column heat map: bars read better
        mode.setSelectedItem(potentials(maps.get(0)).length > 1 ? HEAT_MAP : BARS);
        JPanel holder = new JPanel(new BorderLayout());
        String base = r.id().replaceAll("[^A-Za-z0-9._-]+", "_");
        Runnable redraw = () -> {
            Dataset d = maps.get(product.getSelectedIndex());
            boolean heat = HEAT_MAP.equals(mode.getSelectedItem());
            JComponent c;
            try {
                c = context.chartPanel(heat ? heatMap(d) : bars(d), base + "-" + product(d).replaceAll("[^A-Za-z0-9]", "_")
                        + (heat ? "-map" : "-bars"));
            } catch (IllegalArgumentException e) {
                c = ViewPanes.message("echem.error", "Cannot draw FE of " + product(d) + ": " + e.getMessage());
            }
            holder.removeAll();
            holder.add(c, BorderLayout.CENTER);
            holder.revalidate();
            holder.repaint();
        };
        product.addActionListener(e -> redraw.run());
        mode.addActionListener(e -> redraw.run());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT));
        bar.add(new JLabel("Product"));
        bar.add(product);
        bar.add(new JLabel("Show as"));
        bar.add(mode);
        JPanel content = new JPanel(new BorderLayout());
        content.add(bar, BorderLayout.NORTH);
        content.add(holder, BorderLayout.CENTER);
        redraw.run();
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /** The per-product map curves of a result, in the result's order. */
    public static List<Dataset> maps(Result r) {
        return r.curves().stream().filter(d -> d.id().startsWith("fe-map.") && d.column("FE").isPresent()
                && d.column("E").isPresent() && d.column("catalyst").isPresent()).toList();
    }

    static String product(Dataset d) {
        return d.meta("product").orElse(d.id().substring("fe-map.".length()));
    }

    /** Catalyst names by index, from the curve's {@code catalysts} metadata ({@code a|b|c}). */
    public static List<String> catalysts(Dataset d) {
        List<String> names = new ArrayList<>(Arrays.asList(d.meta("catalysts").orElse("").split("\\|")));
        int max = 0;
        for (double c : d.require("catalyst").array()) {
            max = Math.max(max, (int) c);
        }
        for (int k = names.size(); k <= max; k++) {
            names.add("catalyst " + (k + 1));
        }
        return names;
    }

    /** The distinct potentials of the map, ascending (V on the curve's scale). */
    public static double[] potentials(Dataset d) {
        TreeSet<Double> s = new TreeSet<>();
        for (double e : d.require("E").array()) {
            if (Double.isFinite(e)) {
                s.add(e);
            }
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code values[catalyst][potential]} of column {@code name}; NaN where the map has no run. */
    static double[][] grid(Dataset d, String name) {
        double[] es = potentials(d);
        double[][] z = new double[catalysts(d).size()][es.length];
        for (double[] row : z) {
            Arrays.fill(row, Double.NaN);
        }
        double[] e = d.require("E").array();
        double[] c = d.require("catalyst").array();
        double[] v = d.require(name).array();
        for (int i = 0; i < e.length; i++) {
            int col = Arrays.binarySearch(es, e[i]);
            if (col >= 0 && c[i] >= 0) {
                z[(int) c[i]][col] = v[i];
            }
        }
        return z;
    }

    /** Heat map of FE over potential (with its scale) × catalyst. */
    public static JFreeChart heatMap(Dataset d) {
        Column e = d.require("E");
        Axis x = e.scale() != null ? Axis.potential("E", e.unit(), e.scale()) : Axis.of(e);
        return Charts.heatmap(null, x, potentials(d), "Catalyst", catalysts(d), grid(d, "FE"), feAxis(d));
    }

    /** Grouped bars: one group per potential, one bar per catalyst, with the replicate SD as error bar. */
    public static JFreeChart bars(Dataset d) {
        Column e = d.require("E");
        double[] es = potentials(d);
        List<String> groups = new ArrayList<>();
        for (double v : es) {
            groups.add(String.format(Locale.ROOT, "%.2f", v));
        }
        double[][] fe = grid(d, "FE");
        double[][] sd = d.column("sd").isPresent() ? grid(d, "sd") : null;
        List<BarSeries> series = new ArrayList<>();
        List<String> names = catalysts(d);
        for (int k = 0; k < names.size(); k++) {
            if (Arrays.stream(fe[k]).anyMatch(Double::isFinite)) {
                series.add(new BarSeries(names.get(k), fe[k], sd == null ? null : sd[k]));
            }
        }
        String groupName = Axis.of(e).label();
        return Charts.bar(null, groupName, feAxis(d), groups, series);
    }

    private static Axis feAxis(Dataset d) {
        return Axis.of("FE(" + product(d) + ")", d.require("FE").unit());
    }
}
