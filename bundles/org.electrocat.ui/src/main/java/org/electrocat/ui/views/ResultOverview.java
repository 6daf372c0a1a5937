package org.electrocat.ui.views;

import java.awt.BorderLayout;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.electrocat.ui.model.ResultRows;
import org.osgi.service.component.annotations.Component;

/**
 * The generic view of any analysis result, the workbench's counterpart of the report's generic
 * section: warnings first, then its values (value, standard uncertainty, unit, note), its tables,
 * the parameters it ran with and its provenance, and below them the charts every installed
 * {@code ChartContributor} draws for it, each in the workbench's interactive chart panel.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=core.result-overview", "electrocat.technique=core"})
public final class ResultOverview implements WorkbenchView {

    /** View id. */
    public static final String ID = "core.result-overview";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Result overview";
    }

    @Override
    public int priority() {
        return GENERIC;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.result() != null;
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        JTabbedPane facts = new JTabbedPane();
        facts.setName("result.facts");
        facts.addTab("Values", new JScrollPane(valuesTable(r)));
        for (Table t : r.tables()) {
            facts.addTab(t.title().isBlank() ? "Table" : t.title(), new JScrollPane(table(t)));
        }
        facts.addTab("Parameters", new JScrollPane(pairs("result.parameters", r.parameters())));
        facts.addTab("Provenance", new JScrollPane(provenance(r.provenance())));
        JPanel top = new JPanel(new BorderLayout());
        JLabel heading = new JLabel(r.title() + "   (" + r.analysisId() + " " + r.analysisVersion() + ", step " + r.id() + ")");
        heading.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        heading.setFont(heading.getFont().deriveFont(java.awt.Font.BOLD));
        top.add(heading, BorderLayout.NORTH);
        if (!r.warnings().isEmpty()) {
            JPanel warn = new JPanel();
            warn.setName("result.warnings");
            warn.setLayout(new BoxLayout(warn, BoxLayout.Y_AXIS));
            for (String w : r.warnings()) {
                JLabel l = new JLabel("⚠ " + w);
                l.setForeground(new Color(0xB0, 0x40, 0x00));
                warn.add(l);
            }
            top.add(warn, BorderLayout.SOUTH);
        }
        JPanel upper = new JPanel(new BorderLayout());
        upper.add(top, BorderLayout.NORTH);
        upper.add(facts, BorderLayout.CENTER);
        List<NamedChart> charts = context.charts(r);
        JComponent lower;
        if (charts.isEmpty()) {
            lower = new JLabel("No installed chart contributor draws " + r.analysisId() + " results.", JLabel.CENTER);
        } else {
            JTabbedPane tabs = new JTabbedPane();
            tabs.setName("result.charts");
            for (NamedChart c : charts) {
                JComponent panel = context.chartPanel(c.chart(), r.id() + "-" + c.id());
                panel.setToolTipText(c.caption());
                tabs.addTab(c.id(), panel);
            }
            lower = tabs;
        }
        // the charts get most of the height; the tables scroll
        upper.setPreferredSize(new java.awt.Dimension(600, 190));
        upper.setMinimumSize(new java.awt.Dimension(100, 80));
        lower.setPreferredSize(new java.awt.Dimension(600, 360));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, upper, lower);
        split.setResizeWeight(0.3);
        split.setName("view:" + ID);
        return ViewPart.of(split);
    }

    private static JTable valuesTable(Result r) {
        DefaultTableModel m = readOnly(new String[] {"Quantity", "Key", "Value", "±", "Unit", "Note"});
        for (Result.Value v : r.values()) {
            Quantity q = v.quantity();
            m.addRow(new Object[] {v.label(), v.key(), ResultRows.number(q.value()),
                q.hasUncertainty() ? ResultRows.number(q.uncertainty()) : "", unit(q.unit().symbol()), v.note()});
        }
        JTable t = new JTable(m);
        t.setName("result.values");
        return t;
    }

    private static JTable table(Table table) {
        String[] headers = new String[table.headers().size()];
        for (int c = 0; c < headers.length; c++) {
            headers[c] = table.headerLabel(c);
        }
        DefaultTableModel m = readOnly(headers);
        for (List<Object> row : table.rows()) {
            Object[] cells = new Object[row.size()];
            for (int c = 0; c < cells.length; c++) {
                Object v = row.get(c);
                if (v instanceof Quantity q) {
                    var u = table.units().get(c);
                    double x = u == null ? q.value() : q.in(u);
                    double s = u == null ? q.uncertainty() : q.uncertainty() * q.unit().conversionFactorTo(u);
                    cells[c] = ResultRows.number(x) + (q.hasUncertainty() ? " ± " + ResultRows.number(s) : "");
                } else if (v instanceof Number n) {
                    cells[c] = ResultRows.number(n.doubleValue());
                } else {
                    cells[c] = v == null ? "" : v.toString();
                }
            }
            m.addRow(cells);
        }
        return new JTable(m);
    }

    private static JTable pairs(String name, Map<String, String> values) {
        DefaultTableModel m = readOnly(new String[] {"Parameter", "Value"});
        values.forEach((k, v) -> m.addRow(new Object[] {k, v}));
        JTable t = new JTable(m);
        t.setName(name);
        return t;
    }

    private static JTable provenance(Provenance p) {
        DefaultTableModel m = readOnly(new String[] {"What", "Detail"});
        for (Provenance.Source s : p.sources()) {
            m.addRow(new Object[] {"source", s.file() + "  (" + s.size() + " bytes, SHA-256 " + s.sha256() + ", read by "
                + s.reader() + " " + s.readerVersion() + ")"});
        }
        for (Provenance.Step s : p.steps()) {
            List<String> params = new ArrayList<>();
            s.parameters().forEach((k, v) -> params.add(k + " = " + v));
            m.addRow(new Object[] {"step", s.operation() + " " + s.version() + " at " + s.at() + "  " + params});
        }
        return new JTable(m);
    }

    private static DefaultTableModel readOnly(String[] headers) {
        return new DefaultTableModel(headers, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    private static String unit(String symbol) {
        return symbol.equals("1") ? "" : symbol;
    }
}
