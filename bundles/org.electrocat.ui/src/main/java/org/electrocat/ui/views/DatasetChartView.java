package org.electrocat.ui.views;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Units;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.osgi.service.component.annotations.Component;

/**
 * The generic view of any dataset: an x-y line chart of the columns the user picks (x from a list,
 * one or more y columns), labelled {@code quantity / unit} with the reference scale of potential
 * columns. It starts with the columns {@link #defaultAxes} picks. Infinite values are drawn as
 * gaps. Technique views replace it where they exist.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=core.dataset-chart", "electrocat.technique=core"})
public final class DatasetChartView implements WorkbenchView {

    /** View id. */
    public static final String ID = "core.dataset-chart";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Chart of columns";
    }

    @Override
    public int priority() {
        return GENERIC;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asDataset().map(d -> !d.columns().isEmpty() && d.rows() > 0).orElse(false);
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Dataset d = input.dataset();
        JPanel root = new JPanel(new BorderLayout());
        root.setName("view:" + ID);
        JComboBox<String> x = new JComboBox<>(d.columnNames().toArray(new String[0]));
        x.setName("dataset.x");
        DefaultListModel<String> yModel = new DefaultListModel<>();
        d.columnNames().forEach(yModel::addElement);
        JList<String> y = new JList<>(yModel);
        y.setName("dataset.y");
        y.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        List<String> start = defaultAxes(d);
        x.setSelectedItem(start.get(0));
        y.setSelectedValue(start.get(1), true);
        JPanel chartHolder = new JPanel(new BorderLayout());
        Runnable redraw = () -> {
            chartHolder.removeAll();
            chartHolder.add(chartOrMessage(d, (String) x.getSelectedItem(), y.getSelectedValuesList(), context),
                    BorderLayout.CENTER);
            chartHolder.revalidate();
            chartHolder.repaint();
        };
        x.addActionListener(e -> redraw.run());
        y.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                redraw.run();
            }
        });
        // column choice on the left, like a plot dialog: x from a list, y one or more (Ctrl-click)
        JPanel controls = new JPanel();
        controls.setLayout(new javax.swing.BoxLayout(controls, javax.swing.BoxLayout.Y_AXIS));
        controls.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6));
        controls.add(left(new JLabel("x column")));
        x.setMaximumSize(new java.awt.Dimension(220, x.getPreferredSize().height));
        controls.add(left(x));
        controls.add(javax.swing.Box.createVerticalStrut(8));
        controls.add(left(new JLabel("y columns")));
        y.setVisibleRowCount(Math.min(12, Math.max(4, yModel.size())));
        JScrollPane yScroll = new JScrollPane(y);
        yScroll.setMaximumSize(new java.awt.Dimension(220, yScroll.getPreferredSize().height));
        controls.add(left(yScroll));
        controls.add(javax.swing.Box.createVerticalStrut(8));
        controls.add(left(new JLabel("<html>" + d.kind() + "<br>" + d.rows() + " rows</html>")));
        root.add(controls, BorderLayout.WEST);
        root.add(chartHolder, BorderLayout.CENTER);
        redraw.run();
        return ViewPart.of(root);
    }

    /**
     * The x and y columns a dataset opens with: the reader's mapping ({@code axis.x}, {@code axis.y})
     * when both columns vary; else potential against current (a voltammogram, the potential column
     * named E… preferred, e.g. {@code Ewe} over {@code control}); else the first varying time column
     * against the next varying column; else the first two columns. A constant column (an
     * instrument's mode flag) never makes a useful axis.
     */
    public static List<String> defaultAxes(Dataset d) {
        List<Column> cols = d.columns();
        if (cols.size() == 1) {
            return List.of(cols.get(0).name(), cols.get(0).name());
        }
        Column ax = d.meta("axis.x").flatMap(d::column).orElse(null);
        Column ay = d.meta("axis.y").flatMap(d::column).orElse(null);
        if (ax != null && ay != null && ax != ay && varies(ax) && varies(ay)) {
            return List.of(ax.name(), ay.name());
        }
        Column e = null;
        Column i = null;
        Column t = null;
        List<Column> varying = new ArrayList<>();
        for (Column c : cols) {
            if (!varies(c)) {
                continue;
            }
            varying.add(c);
            if (c.isPotential() && (e == null || !e.name().startsWith("E") && c.name().startsWith("E"))) {
                e = c;
            }
            if (i == null && c.unit().isCompatible(Units.AMPERE)) {
                i = c;
            }
            if (t == null && c.unit().isCompatible(Units.SECOND)) {
                t = c;
            }
        }
        if (e != null && i != null) {
            return List.of(e.name(), i.name());
        }
        if (varying.size() >= 2) {
            Column xc = t != null ? t : varying.get(0);
            Column yc = varying.stream().filter(c -> c != xc).findFirst().orElseThrow();
            return List.of(xc.name(), yc.name());
        }
        return List.of(cols.get(0).name(), cols.get(1).name());
    }

    /** True when the column has two different finite values. */
    private static boolean varies(Column c) {
        double first = Double.NaN;
        for (double v : c.array()) {
            if (Double.isFinite(v)) {
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(0f);
        return c;
    }

    private static JComponent chartOrMessage(Dataset d, String xName, List<String> yNames, WorkbenchContext context) {
        if (xName == null || yNames.isEmpty()) {
            return new JLabel("Choose an x column and at least one y column.", JLabel.CENTER);
        }
        try {
            return context.chartPanel(chart(d, xName, yNames), d.id() + "-" + String.join("-", yNames));
        } catch (IllegalArgumentException e) {
            JLabel l = new JLabel("Cannot draw: " + e.getMessage(), JLabel.CENTER);
            l.setName("dataset.error");
            return l;
        }
    }

    /**
     * The chart of {@code yNames} against {@code xName}.
     *
     * @throws IllegalArgumentException when a column has no finite value
     */
    public static JFreeChart chart(Dataset d, String xName, List<String> yNames) {
        Column xc = d.require(xName);
        double[] x = gaps(xc.array());
        List<Series> series = new ArrayList<>();
        Column first = null;
        boolean sameUnit = true;
        for (String name : yNames) {
            Column yc = d.require(name);
            first = first == null ? yc : first;
            sameUnit &= yc.unit().sameAs(first.unit());
            series.add(Series.of(yc.label(), x, gaps(yc.array())));
        }
        Axis yAxis = yNames.size() == 1 ? Axis.of(first)
                : sameUnit ? new Axis(String.join(", ", yNames), first.unit().symbol(), first.scale())
                        : Axis.of("value", "see legend");
        return Charts.xy(d.name(), Axis.of(xc), yAxis, series);
    }

    /** The chart library rejects infinities (no axis can show them); draw them as gaps. */
    private static double[] gaps(double[] v) {
        double[] out = null;
        for (int i = 0; i < v.length; i++) {
            if (Double.isInfinite(v[i])) {
                out = out == null ? v.clone() : out;
                out[i] = Double.NaN;
            }
        }
        return out == null ? v : out;
    }
}
