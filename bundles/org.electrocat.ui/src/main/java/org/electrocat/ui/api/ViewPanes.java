package org.electrocat.ui.api;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;

/**
 * Swing layout for technique views, so that they look and behave alike: the root panel (named
 * {@code view:<id>} so tests and the workbench find it), side-by-side or stacked chart panes, a
 * message where a chart cannot be drawn, and read-only tables of a result's tables (numbers with
 * their uncertainty in the column's unit).
 */
public final class ViewPanes {

    private ViewPanes() {
    }

    /** The root panel of a view, named {@code view:<id>}. */
    public static JPanel root(String viewId, JComponent content) {
        JPanel root = new JPanel(new BorderLayout());
        root.setName("view:" + viewId);
        root.add(content, BorderLayout.CENTER);
        return root;
    }

    /** Two panes side by side ({@code horizontal}) or one above the other, sharing the space by {@code weight}. */
    public static JSplitPane split(boolean horizontal, JComponent a, JComponent b, double weight) {
        a.setMinimumSize(new Dimension(120, 100));
        b.setMinimumSize(new Dimension(120, 100));
        JSplitPane s = new JSplitPane(horizontal ? JSplitPane.HORIZONTAL_SPLIT : JSplitPane.VERTICAL_SPLIT, a, b);
        s.setResizeWeight(weight);
        s.setContinuousLayout(true);
        return s;
    }

    /** A centred message, e.g. why a spectrum cannot be drawn. */
    public static JLabel message(String name, String text) {
        JLabel l = new JLabel("<html><div style='text-align:center'>" + escape(text) + "</div></html>", JLabel.CENTER);
        l.setName(name);
        return l;
    }

    /** A read-only table of a result table, numbers with their uncertainty in the column's unit. */
    public static JComponent table(String name, Table table) {
        String[] headers = new String[table.headers().size()];
        for (int c = 0; c < headers.length; c++) {
            headers[c] = table.headerLabel(c);
        }
        DefaultTableModel m = new DefaultTableModel(headers, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (List<Object> row : table.rows()) {
            Object[] cells = new Object[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(row.get(c), table.units().get(c));
            }
            m.addRow(cells);
        }
        JTable t = new JTable(m);
        t.setName(name);
        return new JScrollPane(t);
    }

    private static String cell(Object v, org.electrocat.core.units.Unit unit) {
        if (v instanceof Quantity q) {
            double x = unit == null ? q.value() : q.in(unit);
            String s = org.electrocat.chart.NumberText.significant(x, 5);
            if (q.hasUncertainty()) {
                double u = unit == null ? q.uncertainty() : q.uncertainty() * q.unit().conversionFactorTo(unit);
                s += " ± " + org.electrocat.chart.NumberText.significant(u, 2);
            }
            return s;
        }
        if (v instanceof Number n) {
            return org.electrocat.chart.NumberText.significant(n.doubleValue(), 5);
        }
        return v == null ? "" : v.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
