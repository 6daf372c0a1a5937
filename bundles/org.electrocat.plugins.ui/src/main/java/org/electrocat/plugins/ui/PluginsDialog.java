package org.electrocat.plugins.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;

/**
 * The workbench's plugin dialog over a {@link PluginsModel}: a repository field (folder or
 * {@code file:} URL, with a folder chooser), the table of plugins (name, version, installed
 * version, technique, state), Install, Update and Remove buttons enabled for what the selected row
 * allows, a progress bar and status line while an operation runs in the background, a red panel
 * naming the kind of failure with the manager's explanation, and a notice when a change completes
 * only after a restart. Call on the event dispatch thread.
 */
public final class PluginsDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private static final String[] COLUMNS = {"Plugin", "Version", "Installed", "Technique", "State"};

    private final transient PluginsModel model;
    private final transient Consumer<String> log;
    private final JTextField repository = new JTextField(40);
    private final Rows rows = new Rows();
    private final JTable table = new JTable(rows);
    private final JButton load = button("Load", "plugins.load");
    private final JButton browse = button("Folder…", "plugins.browse");
    private final JButton install = button("Install", "plugins.install");
    private final JButton update = button("Update", "plugins.update");
    private final JButton remove = button("Remove", "plugins.remove");
    private final JProgressBar progress = new JProgressBar();
    private final JLabel status = new JLabel(" ");
    private final JPanel problem = new JPanel(new BorderLayout());
    private final JLabel problemTitle = new JLabel();
    private final JTextArea problemDetail = new JTextArea(3, 60);
    private final JLabel restart = new JLabel();
    private transient List<PluginsModel.Row> shown = List.of();
    private boolean busy;
    private String logged = "";

    /**
     * @param log where completed operations are reported (the workbench log)
     */
    public PluginsDialog(Window owner, PluginsModel model, Consumer<String> log) {
        super(owner, "Manage plugins", ModalityType.MODELESS);
        this.model = model;
        this.log = log;
        getRootPane().setName("plugins.dialog");
        repository.setName("plugins.repository");
        repository.setText(model.repository() == null ? "" : model.repository().toString());
        table.setName("plugins.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        progress.setName("plugins.progress");
        status.setName("plugins.status");
        problem.setName("plugins.problem");
        problemTitle.setName("plugins.problem.title");
        problemDetail.setName("plugins.problem.detail");
        restart.setName("plugins.restart");

        load.addActionListener(e -> reload());
        repository.addActionListener(e -> reload());
        browse.addActionListener(e -> chooseFolder());
        install.addActionListener(e -> selected(r -> model.install(r.id())));
        remove.addActionListener(e -> selected(r -> model.remove(r.id())));
        update.addActionListener(e -> model.update());
        model.addListener(() -> SwingUtilities.invokeLater(this::sync));

        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("Repository"));
        top.add(repository);
        top.add(browse);
        top.add(load);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(install);
        buttons.add(update);
        buttons.add(remove);
        progress.setPreferredSize(new Dimension(160, progress.getPreferredSize().height));
        buttons.add(progress);
        buttons.add(status);
        problemTitle.setForeground(new Color(0xB0, 0x00, 0x20));
        problemTitle.setFont(problemTitle.getFont().deriveFont(java.awt.Font.BOLD));
        problemDetail.setEditable(false);
        problemDetail.setLineWrap(true);
        problemDetail.setWrapStyleWord(true);
        problem.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(new Color(0xB0, 0x00, 0x20)),
                BorderFactory.createEmptyBorder(4, 6, 4, 6)));
        problem.add(problemTitle, BorderLayout.NORTH);
        problem.add(problemDetail, BorderLayout.CENTER);
        restart.setForeground(new Color(0x8A, 0x5A, 0x00));
        JPanel south = new JPanel();
        south.setLayout(new BoxLayout(south, BoxLayout.Y_AXIS));
        south.add(buttons);
        south.add(problem);
        south.add(restart);
        JPanel root = new JPanel(new BorderLayout());
        root.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        root.add(top, BorderLayout.NORTH);
        root.add(new JScrollPane(table), BorderLayout.CENTER);
        root.add(south, BorderLayout.SOUTH);
        setContentPane(root);
        setSize(820, 460);
        setLocationRelativeTo(owner);
        sync();
        if (model.repository() != null) {
            model.refresh();
        }
    }

    /** Reads the repository typed in the field. */
    private void reload() {
        try {
            model.setRepository(repository.getText());
            model.refresh();
        } catch (IllegalArgumentException | IllegalStateException e) {
            showProblem(new PluginsModel.Problem("Cannot read that repository", e.getMessage()));
            log.accept("Plugins: cannot read that repository: " + e.getMessage());
        }
    }

    private void chooseFolder() {
        JFileChooser fc = new JFileChooser();
        fc.setDialogTitle("p2 repository folder");
        fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            repository.setText(fc.getSelectedFile().getAbsolutePath());
            reload();
        }
    }

    private void selected(Consumer<PluginsModel.Row> action) {
        int i = table.getSelectedRow();
        if (i >= 0 && i < shown.size()) {
            action.accept(shown.get(table.convertRowIndexToModel(i)));
        }
    }

    /** Brings the components in line with the model. */
    private void sync() {
        PluginsModel.Snapshot now = model.snapshot();
        String selectedId = table.getSelectedRow() >= 0 && table.getSelectedRow() < shown.size()
                ? shown.get(table.getSelectedRow()).id() : null;
        if (!now.rows().equals(shown)) {
            shown = now.rows();
            rows.fireTableDataChanged();
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).id().equals(selectedId)) {
                    table.setRowSelectionInterval(i, i);
                }
            }
        }
        busy = now.busy();
        progress.setIndeterminate(busy);
        progress.setVisible(busy);
        status.setText(now.status().isEmpty() ? " " : now.status());
        if (!busy && !now.status().equals(logged)) {
            logged = now.status();
            log.accept("Plugins: " + (now.problem() == null ? now.status()
                    : now.problem().title() + ": " + now.problem().detail()));
        }
        showProblem(now.problem());
        restart.setVisible(!now.restart().isEmpty());
        restart.setText(now.restart().isEmpty() ? "" : "<html>Restart ElectroCat to complete: "
                + String.join("<br>", now.restart()) + "</html>");
        updateButtons();
    }

    private void showProblem(PluginsModel.Problem p) {
        problem.setVisible(p != null);
        problemTitle.setText(p == null ? "" : p.title());
        problemDetail.setText(p == null ? "" : p.detail());
    }

    private void updateButtons() {
        boolean idle = !busy;
        int i = table.getSelectedRow();
        PluginsModel.Row r = i >= 0 && i < shown.size() ? shown.get(table.convertRowIndexToModel(i)) : null;
        install.setEnabled(idle && r != null && r.installable());
        remove.setEnabled(idle && r != null && r.removable());
        update.setEnabled(idle && shown.stream().anyMatch(PluginsModel.Row::updatable));
        load.setEnabled(idle);
        browse.setEnabled(idle);
    }

    private static JButton button(String text, String name) {
        JButton b = new JButton(text);
        b.setName(name);
        return b;
    }

    /** The table's rows: the model's, as last synchronised. */
    private final class Rows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;

        @Override
        public int getRowCount() {
            return shown.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Object getValueAt(int row, int c) {
            PluginsModel.Row r = shown.get(row);
            return switch (c) {
                case 0 -> r.name();
                case 1 -> r.version();
                case 2 -> r.installedVersion() == null ? "" : r.installedVersion();
                case 3 -> r.technique();
                default -> r.state();
            };
        }
    }
}
