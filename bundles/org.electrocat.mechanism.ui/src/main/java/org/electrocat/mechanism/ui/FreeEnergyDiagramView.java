package org.electrocat.mechanism.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;
import org.electrocat.mechanism.che.CheLevels;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/**
 * The free-energy diagram of a {@code mechanism.che} result, interactive: pathways (catalyst and
 * site) chosen in a list and overlaid, the potential chosen among 0 V, the applied U, each
 * pathway's limiting potential, or any U vs RHE, the potential-determining step drawn thick
 * ({@link FreeEnergyDiagrams}); below, each pathway's potential-determining step, its ΔG at 0 V and
 * at the shown potential, and its limiting potential.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=mechanism.free-energy",
        "electrocat.technique=mechanism"})
public final class FreeEnergyDiagramView implements WorkbenchView {

    /** View id. */
    public static final String ID = "mechanism.free-energy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Free-energy diagram";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        try {
            return input.asResult().map(FreeEnergyDiagrams::supports).orElse(false);
        } catch (RuntimeException e) {
            return false; // malformed level curves: the generic overview still opens
        }
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        List<CheLevels.Levels> all = FreeEnergyDiagrams.levels(input.result());
        double applied = all.get(0).potential();
        JList<String> pathways = new JList<>(all.stream().map(CheLevels.Levels::pathway).toArray(String[]::new));
        pathways.setName("mechanism.pathways");
        pathways.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        pathways.setSelectionInterval(0, all.size() - 1);
        JRadioButton zero = radio("0 V vs RHE", "mechanism.at-zero");
        JRadioButton atApplied = radio("applied U = " + FreeEnergyDiagrams.volts(applied) + " vs RHE", "mechanism.at-applied");
        JRadioButton limiting = radio("each at its limiting potential", "mechanism.at-limiting");
        JRadioButton custom = radio("U vs RHE / V:", "mechanism.at-custom");
        ButtonGroup group = new ButtonGroup();
        for (JRadioButton b : List.of(zero, atApplied, limiting, custom)) {
            group.add(b);
        }
        zero.setSelected(true);
        JSpinner u = new JSpinner(new SpinnerNumberModel(0.0, -5.0, 5.0, 0.05));
        u.setName("mechanism.potential");
        u.setMaximumSize(new Dimension(100, u.getPreferredSize().height));
        DefaultTableModel steps = new DefaultTableModel(new String[] {"Pathway", "PDS", "ΔG_PDS at 0 V / eV",
            "ΔG_PDS shown / eV", "U_L / V vs RHE"}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        JTable table = new JTable(steps);
        table.setName("mechanism.pds");
        JPanel chartHolder = new JPanel(new BorderLayout());
        Runnable redraw = () -> {
            FreeEnergyDiagrams.Condition c = zero.isSelected() ? FreeEnergyDiagrams.Condition.zero()
                    : atApplied.isSelected() ? new FreeEnergyDiagrams.Condition(FreeEnergyDiagrams.Kind.APPLIED, applied)
                    : limiting.isSelected() ? FreeEnergyDiagrams.Condition.limiting()
                    : FreeEnergyDiagrams.Condition.at(((Number) u.getValue()).doubleValue());
            List<CheLevels.Levels> chosen = new ArrayList<>();
            for (int i : pathways.getSelectedIndices()) {
                chosen.add(all.get(i));
            }
            steps.setRowCount(0);
            for (CheLevels.Levels l : chosen) {
                steps.addRow(new Object[] {l.pathway(), FreeEnergyDiagrams.pdsLabel(l),
                    number(FreeEnergyDiagrams.pdsEnergy(l, FreeEnergyDiagrams.Condition.zero())),
                    number(FreeEnergyDiagrams.pdsEnergy(l, c)), number(l.limitingPotential())});
            }
            chartHolder.removeAll();
            chartHolder.add(chosen.isEmpty() ? new JLabel("Choose one or more pathways.", JLabel.CENTER)
                    : context.chartPanel(FreeEnergyDiagrams.chart(chosen, c), input.result().id() + "-free-energy"),
                    BorderLayout.CENTER);
            chartHolder.revalidate();
            chartHolder.repaint();
        };
        pathways.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                redraw.run();
            }
        });
        for (JRadioButton b : List.of(zero, atApplied, limiting, custom)) {
            b.addActionListener(e -> redraw.run());
        }
        u.addChangeListener(e -> {
            if (custom.isSelected()) {
                redraw.run();
            }
        });
        JPanel controls = new JPanel();
        controls.setLayout(new BoxLayout(controls, BoxLayout.Y_AXIS));
        controls.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        controls.add(left(new JLabel("Pathways")));
        JScrollPane list = new JScrollPane(pathways);
        list.setMaximumSize(new Dimension(260, 200));
        controls.add(left(list));
        controls.add(Box.createVerticalStrut(8));
        controls.add(left(new JLabel("Potential")));
        controls.add(left(zero));
        if (applied != 0) {
            controls.add(left(atApplied));
        }
        controls.add(left(limiting));
        controls.add(left(custom));
        controls.add(left(u));
        JPanel upper = new JPanel(new BorderLayout());
        upper.add(controls, BorderLayout.WEST);
        upper.add(chartHolder, BorderLayout.CENTER);
        JScrollPane lower = new JScrollPane(table);
        lower.setPreferredSize(new Dimension(600, 110));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, upper, lower);
        split.setResizeWeight(0.8);
        split.setName("view:" + ID);
        redraw.run();
        return ViewPart.of(split);
    }

    private static JRadioButton radio(String text, String name) {
        JRadioButton b = new JRadioButton(text);
        b.setName(name);
        return b;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(0f);
        return c;
    }
}
