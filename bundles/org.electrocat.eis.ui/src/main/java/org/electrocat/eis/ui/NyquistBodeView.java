package org.electrocat.eis.ui;

import org.electrocat.ui.api.ViewPanes;
import java.util.List;
import javax.swing.JComponent;
import org.electrocat.chart.Charts;
import org.electrocat.chart.ImpedanceSpectrum;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Units;
import org.electrocat.eis.spectrum.ImpedanceData;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.jfree.chart.JFreeChart;
import org.osgi.service.component.annotations.Component;

/**
 * The impedance spectrum view that opens on double-click instead of the generic column chart: the
 * Nyquist plot (Z′ across, −Z″ up, both axes at one scale so arcs stay round) beside the Bode plot
 * (|Z| on a log axis and −φ against log f). It takes any dataset of kind {@code impedance} or with
 * columns {@code f}, {@code Z'}, {@code Z''}: a spectrum read from a BioLogic, Gamry, CH Instruments
 * or CSV file, or the measured, fitted or Kramers–Kronig curve of an eis result. Frequencies and
 * impedances are taken in Hz and Ω through {@link ImpedanceData#of(Dataset)}, which converts kHz,
 * kΩ … and drops rows with gaps; nothing is computed here.
 */
@Component(service = WorkbenchView.class, property = {"electrocat.id=eis.nyquist-bode", "electrocat.technique=eis"})
public final class NyquistBodeView implements WorkbenchView {

    /** View id. */
    public static final String ID = "eis.nyquist-bode";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Nyquist / Bode";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(ViewInput input) {
        return input.asDataset().map(NyquistBodeView::isImpedance).orElse(false);
    }

    /** True for a non-empty impedance dataset: kind {@code impedance}, or f, Z' and Z'' columns. */
    static boolean isImpedance(Dataset d) {
        if (d.rows() == 0) {
            return false;
        }
        boolean named = d.column("f").isPresent() && d.column("Z'").isPresent() && d.column("Z''").isPresent();
        return named || DatasetKind.IMPEDANCE.equals(d.kind()) && d.columns().size() >= 3;
    }

    @Override
    public ViewPart create(ViewInput input, WorkbenchContext context) {
        Dataset d = input.dataset();
        JComponent content;
        try {
            ImpedanceSpectrum s = spectrum(d);
            String base = d.id().replaceAll("[^A-Za-z0-9._-]+", "_");
            content = ViewPanes.split(true, context.chartPanel(nyquist(List.of(s), List.of()), base + "-nyquist"),
                    context.chartPanel(bode(List.of(s), List.of()), base + "-bode"), 0.5);
        } catch (IllegalArgumentException e) {
            content = ViewPanes.message("eis.error", "Cannot draw " + d.name() + " as an impedance spectrum: " + e.getMessage());
        }
        return ViewPart.of(ViewPanes.root(ID, content));
    }

    /**
     * The spectrum of a dataset in Hz and Ω, named after the dataset.
     *
     * @throws IllegalArgumentException naming the dataset when it has no usable f, Z', Z'' columns
     */
    public static ImpedanceSpectrum spectrum(Dataset d) {
        return spectrum(d, d.name());
    }

    static ImpedanceSpectrum spectrum(Dataset d, String name) {
        ImpedanceData s = ImpedanceData.of(d);
        return new ImpedanceSpectrum(name, s.frequency(), s.re(), s.im());
    }

    /** Nyquist plot of measured spectra (markers) and model spectra (lines, may be empty), impedances in Ω. */
    public static JFreeChart nyquist(List<ImpedanceSpectrum> measured, List<ImpedanceSpectrum> models) {
        return Charts.nyquist(null, Units.OHM, measured, models);
    }

    /** Bode plot of measured spectra and model spectra (may be empty), |Z| in Ω and −φ in degrees against f in Hz. */
    public static JFreeChart bode(List<ImpedanceSpectrum> measured, List<ImpedanceSpectrum> models) {
        return Charts.bode(null, Units.OHM, measured, models);
    }
}
