package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import org.electrocat.api.Analysis;
import org.electrocat.api.ParameterSpec;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.ui.model.AnalysisRun;
import org.electrocat.ui.model.ParameterForm;

/**
 * The parameters panel: the analyses that accept the selected datasets, and for the chosen one a
 * form generated from its {@link ParameterSpec}s (a check box for booleans, a list for choices, a
 * field with its unit for numbers, a list of known scales for reference electrodes), each with its
 * range and default under it. Fields are validated as the user types by {@link ParameterForm}
 * (the same rules and messages as study files); Run is enabled only when every field is valid.
 */
public final class ParameterPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    /** Runs an analysis with the form's values. */
    @FunctionalInterface
    public interface Runner {
        void run(Analysis analysis, String runId, List<String> inputs, Map<String, String> parameters);
    }

    private static final List<String> SCALES = List.of(PotentialScale.RHE.name(), PotentialScale.SHE.name(),
            PotentialScale.AG_AGCL_SAT_KCL.name(), PotentialScale.AG_AGCL_3M_KCL.name(), PotentialScale.SCE.name(),
            PotentialScale.HG_HGO_1M_KOH.name(), PotentialScale.MSE_SAT_K2SO4.name());

    private final Runner runner;
    private final JComboBox<Analysis> analyses = new JComboBox<>();
    private final JLabel inputsLabel = new JLabel(" ");
    private final JTextArea description = new JTextArea(3, 30);
    private final JPanel fields = new JPanel(new GridBagLayout());
    private final JButton run = new JButton("Run");
    private final JButton reset = new JButton("Defaults");
    private final Map<String, JComponent> editors = new LinkedHashMap<>();
    private final Map<String, JLabel> errors = new LinkedHashMap<>();
    private List<String> inputs = List.of();
    private Function<Analysis, String> runIds = a -> "run";
    private ParameterForm form;
    private String runId;
    private boolean updating;

    public ParameterPanel(Runner runner) {
        super(new BorderLayout(0, 4));
        this.runner = runner;
        setName("parameters");
        analyses.setName("parameters.analysis");
        run.setName("parameters.run");
        reset.setName("parameters.reset");
        analyses.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                    boolean selected, boolean focus) {
                Object shown = value instanceof Analysis a ? a.label() + "  (" + a.id() + ")" : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        analyses.addActionListener(e -> {
            if (!updating) {
                buildForm((Analysis) analyses.getSelectedItem(), Map.of());
            }
        });
        description.setEditable(false);
        description.setLineWrap(true);
        description.setWrapStyleWord(true);
        description.setOpaque(false);
        JPanel head = new JPanel(new BorderLayout(4, 2));
        head.add(new JLabel("Analysis"), BorderLayout.WEST);
        head.add(analyses, BorderLayout.CENTER);
        head.add(inputsLabel, BorderLayout.SOUTH);
        JPanel north = new JPanel(new BorderLayout());
        north.add(head, BorderLayout.NORTH);
        north.add(description, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(reset);
        buttons.add(run);
        run.addActionListener(e -> runNow());
        reset.addActionListener(e -> {
            if (form != null) {
                form.reset();
                buildForm((Analysis) analyses.getSelectedItem(), form.given());
            }
        });
        JPanel fieldsHolder = new JPanel(new BorderLayout());
        fieldsHolder.add(fields, BorderLayout.NORTH);
        add(north, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(fieldsHolder, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        show(List.of(), List.of(), runIds, null);
    }

    /**
     * Shows the analyses for the selected inputs, or (with {@code editing}) the parameters of an
     * earlier run to change and re-run.
     *
     * @param candidates analyses that accept the inputs
     * @param inputIds   dataset ids the run will take
     * @param newRunId   gives the step id a new run of an analysis will get
     * @param editing    the run being edited, or {@code null}
     */
    public void show(List<Analysis> candidates, List<String> inputIds, Function<Analysis, String> newRunId,
            AnalysisRun editing) {
        this.inputs = List.copyOf(inputIds);
        this.runIds = editing == null ? newRunId : a -> editing.id();
        updating = true;
        try {
            analyses.removeAllItems();
            candidates.forEach(analyses::addItem);
        } finally {
            updating = false;
        }
        inputsLabel.setText(inputIds.isEmpty() ? "Select one or more datasets in the project tree."
                : "Inputs: " + String.join(", ", inputIds));
        run.setText(editing == null ? "Run" : "Re-run " + editing.id());
        if (candidates.isEmpty()) {
            description.setText(inputIds.isEmpty() ? "" : "No installed analysis accepts this selection.");
            buildForm(null, Map.of());
        } else {
            analyses.setSelectedIndex(0);
            buildForm(candidates.get(0), editing == null ? Map.of() : editing.parameters());
        }
    }

    private void buildForm(Analysis a, Map<String, String> initial) {
        fields.removeAll();
        editors.clear();
        errors.clear();
        form = null;
        if (a != null) {
            runId = runIds.apply(a);
            description.setText(a.description());
            form = new ParameterForm(ParameterForm.owner(runId, a.id()), a.parameters(), initial);
            int row = 0;
            for (ParameterSpec s : a.parameters()) {
                row = addField(s, row);
            }
            if (a.parameters().isEmpty()) {
                fields.add(new JLabel("This analysis has no parameters."), gbc(0, 0, 2));
            }
        }
        refresh();
        fields.revalidate();
        fields.repaint();
    }

    private int addField(ParameterSpec s, int row) {
        String unit = s.unit() != null && !s.unit().symbol().equals("1") ? " / " + s.unit().symbol() : "";
        JLabel label = new JLabel((s.label() == null ? s.name() : s.label()) + unit);
        label.setToolTipText(s.name() + ": " + s.description());
        JComponent editor = editor(s);
        editor.setName("param." + s.name());
        editor.setToolTipText(s.description());
        editors.put(s.name(), editor);
        fields.add(label, gbc(0, row, 1));
        GridBagConstraints c = gbc(1, row, 1);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        fields.add(editor, c);
        JLabel hint = new JLabel(ParameterForm.hint(s));
        hint.setToolTipText(ParameterForm.hint(s));
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        hint.setFont(hint.getFont().deriveFont(hint.getFont().getSize2D() - 1f));
        fields.add(hint, gbc(1, row + 1, 1));
        JLabel error = new JLabel();
        error.setName("param." + s.name() + ".error");
        error.setForeground(new Color(0xC0, 0x20, 0x20));
        errors.put(s.name(), error);
        fields.add(error, gbc(0, row + 2, 2));
        return row + 3;
    }

    private JComponent editor(ParameterSpec s) {
        String value = form.text(s.name());
        switch (s.type()) {
            case BOOLEAN: {
                JCheckBox box = new JCheckBox();
                box.setSelected(Boolean.parseBoolean(value) || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("on"));
                box.addItemListener(e -> changed(s.name(), String.valueOf(box.isSelected())));
                return box;
            }
            case CHOICE: {
                JComboBox<String> box = new JComboBox<>(s.choices().toArray(new String[0]));
                box.setSelectedItem(value);
                box.addActionListener(e -> changed(s.name(), (String) box.getSelectedItem()));
                return box;
            }
            case REFERENCE_SCALE: {
                JComboBox<String> box = new JComboBox<>(SCALES.toArray(new String[0]));
                box.setEditable(true);
                box.setSelectedItem(value);
                JTextComponent text = (JTextComponent) box.getEditor().getEditorComponent();
                listen(text, s.name());
                box.addActionListener(e -> changed(s.name(), String.valueOf(box.getSelectedItem())));
                return box;
            }
            default: {
                JTextField f = new JTextField(value, 12);
                listen(f, s.name());
                return f;
            }
        }
    }

    private void listen(JTextComponent text, String name) {
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed(name, text.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed(name, text.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed(name, text.getText());
            }
        });
    }

    private void changed(String name, String text) {
        if (form != null) {
            form.set(name, text);
            refresh();
        }
    }

    /** Shows each field's error (red outline, message under it) and enables Run when all are valid. */
    private void refresh() {
        if (form != null) {
            for (Map.Entry<String, JComponent> e : editors.entrySet()) {
                String err = form.shortError(e.getKey()).orElse(null);
                e.getValue().putClientProperty("JComponent.outline", err == null ? null : "error");
                JLabel l = errors.get(e.getKey());
                l.setText(err == null ? "" : err);
                l.setVisible(err != null);
            }
        }
        run.setEnabled(form != null && form.valid() && !inputs.isEmpty());
        reset.setEnabled(form != null && !editors.isEmpty());
    }

    private void runNow() {
        Analysis a = (Analysis) analyses.getSelectedItem();
        if (a != null && form != null && form.valid()) {
            runner.run(a, runId, inputs, form.given());
        }
    }

    private static GridBagConstraints gbc(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 4, 0, 4);
        return c;
    }

    /** The form model of the analysis shown, or {@code null}. */
    public ParameterForm form() {
        return form;
    }

    /** The editor of a parameter (for tests). */
    public JComponent editor(String name) {
        return editors.get(name);
    }

    /** The error label of a parameter (for tests). */
    public JLabel errorLabel(String name) {
        return errors.get(name);
    }

    /** The Run button. */
    public JButton runButton() {
        return run;
    }

    /** The analysis the selector shows, or {@code null}. */
    public Analysis selectedAnalysis() {
        return (Analysis) analyses.getSelectedItem();
    }

    /** Selects an analysis by id (for the window and tests); false when not offered. */
    public boolean choose(String analysisId) {
        for (int i = 0; i < analyses.getItemCount(); i++) {
            if (analyses.getItemAt(i).id().equals(analysisId)) {
                analyses.setSelectedIndex(i);
                return true;
            }
        }
        return false;
    }
}
