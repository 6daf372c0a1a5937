package org.electrocat.ms.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/**
 * Isotope pattern against the measured spectrum, for the results of {@code ms.pattern},
 * {@code ms.assign} and {@code ms.label}: one candidate (or fragment) at a time, chosen above the
 * chart, with the measured region, the calculated envelope and the sticks overlaid and the
 * assigned peak labelled with its formula and m/z error in ppm ({@link IsotopeOverlay}). A line
 * above the chart repeats the assignment's numbers. Everything shown comes from the result.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=ms.isotope-overlay", "electrocat.technique=ms"})
public final class IsotopeOverlayView implements WorkbenchView {

    /** View id. */
    public static final String ID = "ms.isotope-overlay";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Isotope pattern vs measured";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        try {
            return input.asResult().map(IsotopeOverlay::supports).orElse(false);
        } catch (RuntimeException e) {
            return false; // a malformed curve must not break the Open With menu
        }
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        List<IsotopeOverlay.Group> groups = IsotopeOverlay.groups(input.result());
        JPanel root = new JPanel(new BorderLayout());
        root.setName("view:" + ID);
        JComboBox<String> choice = new JComboBox<>(groups.stream().map(IsotopeOverlay.Group::name).toArray(String[]::new));
        choice.setName("ms.group");
        JLabel numbers = new JLabel(" ");
        numbers.setName("ms.assignment");
        JPanel chartHolder = new JPanel(new BorderLayout());
        Runnable show = () -> {
            IsotopeOverlay.Group g = groups.get(Math.max(0, choice.getSelectedIndex()));
            numbers.setText(g.assignment() == null
                    ? (g.measured() == null ? "calculated pattern (no measured spectrum in this result)" : "no assignment table")
                    : IsotopeOverlay.summary(g.assignment()));
            chartHolder.removeAll();
            chartHolder.add(context.chartPanel(IsotopeOverlay.chart(g), input.result().id() + "-" + g.name()),
                    BorderLayout.CENTER);
            chartHolder.revalidate();
            chartHolder.repaint();
        };
        choice.addActionListener(e -> show.run());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        if (groups.size() > 1) {
            top.add(new JLabel("Ion"));
            top.add(choice);
        }
        top.add(numbers);
        root.add(top, BorderLayout.NORTH);
        root.add(chartHolder, BorderLayout.CENTER);
        show.run();
        return ViewPart.of(root);
    }
}
