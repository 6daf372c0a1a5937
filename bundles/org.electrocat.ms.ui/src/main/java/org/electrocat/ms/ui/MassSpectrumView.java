package org.electrocat.ms.ui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.ms.io.SpectrumDatasets;
import org.electrocat.ms.report.MsCharts;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.osgi.service.component.annotations.Component;

/**
 * A mass spectrum as read from mzML, mzXML or text (kind {@code spectrum} with {@code m/z} and
 * {@code intensity} columns): a profile spectrum as a line, a centroided one (reader metadata
 * {@code ms.spectrum.type = centroid}) as sticks from zero; m/z across (dimensionless, no unit),
 * intensity in the file's unit up. A line above the chart shows what the reader recorded: spectrum
 * type, MS level, polarity, scan start time and the number of points.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=ms.spectrum", "electrocat.technique=ms"})
public final class MassSpectrumView implements WorkbenchView {

    /** View id. */
    public static final String ID = "ms.spectrum";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Mass spectrum";
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asDataset().map(MassSpectrumView::isMassSpectrum).orElse(false);
    }

    /** A spectrum dataset with {@code m/z} and {@code intensity} columns and at least one point. */
    public static boolean isMassSpectrum(Dataset d) {
        return DatasetKind.SPECTRUM.equals(d.kind()) && d.rows() > 0 && d.column(SpectrumDatasets.MZ).isPresent()
                && d.column(SpectrumDatasets.INTENSITY).isPresent();
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Dataset d = input.dataset();
        JPanel root = new JPanel(new BorderLayout());
        root.setName("view:" + ID);
        JLabel facts = new JLabel(facts(d));
        facts.setName("ms.facts");
        facts.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        root.add(facts, BorderLayout.NORTH);
        try {
            root.add(context.chartPanel(chart(d), d.id()), BorderLayout.CENTER);
        } catch (IllegalArgumentException e) {
            JLabel l = new JLabel("Cannot draw " + d.name() + ": " + e.getMessage(), JLabel.CENTER);
            l.setName("ms.error");
            root.add(l, BorderLayout.CENTER);
        }
        return ViewPart.of(root);
    }

    /**
     * The chart: one series named after the spectrum, a line for profile data or sticks for
     * centroids.
     *
     * @throws IllegalArgumentException when the intensities or m/z have no finite value or an infinity
     */
    public static JFreeChart chart(Dataset d) {
        double[] mz = d.require(SpectrumDatasets.MZ).array();
        Column intensity = d.require(SpectrumDatasets.INTENSITY);
        Series s = SpectrumDatasets.isCentroided(d) ? MsCharts.sticks(d.name(), mz, intensity.array())
                : Series.of(d.name(), mz, intensity.array());
        return Charts.spectrum(d.name(), Axis.of("m/z", ""), Axis.of(intensity), List.of(s), SpectrumLayout.OVERLAY);
    }

    /** What the reader recorded, for the line above the chart. */
    public static String facts(Dataset d) {
        List<String> parts = new ArrayList<>();
        parts.add(SpectrumDatasets.isCentroided(d) ? "centroid spectrum" : "profile spectrum");
        d.meta(SpectrumDatasets.MS_LEVEL).ifPresent(l -> parts.add("MS" + l));
        d.meta(SpectrumDatasets.POLARITY).ifPresent(p -> parts.add(p + " mode"));
        d.meta(SpectrumDatasets.SCAN_TIME).ifPresent(t -> parts.add("scan start " + t));
        parts.add(String.format(Locale.ROOT, "%d points", d.rows()));
        return String.join(", ", parts);
    }
}
