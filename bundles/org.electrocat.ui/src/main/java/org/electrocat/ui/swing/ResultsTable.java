package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import org.electrocat.ui.model.ResultRows;

/**
 * The results table: every value of every analysis and study run (value, ± standard uncertainty,
 * unit in separate, sortable columns), failed runs with their reason, and warnings. Double-click a
 * row to open its result.
 */
public final class ResultsTable extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Model model = new Model();
    private final JTable table = new JTable(model);

    /** @param open called with the result id of a double-clicked row */
    public ResultsTable(Consumer<String> open) {
        super(new BorderLayout());
        setName("results");
        table.setName("results.table");
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int view = table.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && view >= 0) {
                    String id = model.rows.get(table.convertRowIndexToModel(view)).resultId();
                    if (id != null) {
                        open.accept(id);
                    }
                }
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    /** Shows new rows. */
    public void show(List<ResultRows.Row> rows) {
        model.rows = List.copyOf(rows);
        model.fireTableDataChanged();
    }

    /** The rows shown, in model order. */
    public List<ResultRows.Row> rows() {
        return model.rows;
    }

    public JTable table() {
        return table;
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private List<ResultRows.Row> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return ResultRows.HEADERS.size();
        }

        @Override
        public String getColumnName(int column) {
            return ResultRows.HEADERS.get(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            return rows.get(row).cell(column);
        }
    }
}
