package org.electrocat.mechanism.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.api.Result;
import org.electrocat.mechanism.kinetics.Product;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/**
 * The kinetic cascade fit of a {@code mechanism.kinetics} result: Faradaic efficiency against
 * potential, model lines with the measured points, a check box per product and one for the
 * cyclohexanone conversion ({@link KineticCascade}), and the fit's figures of merit above the chart.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=mechanism.kinetic-cascade",
        "electrocat.technique=mechanism"})
public final class KineticCascadeView implements WorkbenchView {

    /** View id. */
    public static final String ID = "mechanism.kinetic-cascade";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Kinetic cascade: FE vs potential";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asResult().map(KineticCascade::supports).orElse(false);
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Result r = input.result();
        List<JCheckBox> boxes = new ArrayList<>();
        for (Product p : Product.values()) {
            JCheckBox b = new JCheckBox(p.label(), true);
            b.setName("mechanism.product:" + p.label());
            boxes.add(b);
        }
        JCheckBox conversion = new JCheckBox("CHO conversion", false);
        conversion.setName("mechanism.conversion");
        JPanel chartHolder = new JPanel(new BorderLayout());
        Runnable redraw = () -> {
            Set<Product> shown = EnumSet.noneOf(Product.class);
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).isSelected()) {
                    shown.add(Product.values()[i]);
                }
            }
            chartHolder.removeAll();
            chartHolder.add(shown.isEmpty() && !conversion.isSelected()
                    ? new JLabel("Choose a product or the conversion.", JLabel.CENTER)
                    : context.chartPanel(KineticCascade.chart(r, shown, conversion.isSelected()), r.id() + "-fe-vs-potential"),
                    BorderLayout.CENTER);
            chartHolder.revalidate();
            chartHolder.repaint();
        };
        JPanel choices = new JPanel(new FlowLayout(FlowLayout.LEFT));
        choices.add(new JLabel("Show"));
        for (JCheckBox b : boxes) {
            b.addActionListener(e -> redraw.run());
            choices.add(b);
        }
        conversion.addActionListener(e -> redraw.run());
        choices.add(conversion);
        String merit = KineticCascade.fitSummary(r);
        JLabel fit = new JLabel(merit.isEmpty() ? "model only: no measured data in this result" : merit);
        fit.setName("mechanism.fit");
        fit.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        JPanel top = new JPanel(new BorderLayout());
        top.add(choices, BorderLayout.NORTH);
        top.add(fit, BorderLayout.SOUTH);
        JPanel root = new JPanel(new BorderLayout());
        root.setName("view:" + ID);
        root.add(top, BorderLayout.NORTH);
        root.add(chartHolder, BorderLayout.CENTER);
        redraw.run();
        return ViewPart.of(root);
    }
}
