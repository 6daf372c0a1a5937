package org.electrocat.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Renders one chart of every kind to {@code target/gallery} (PNG and SVG) so a person can look at
 * them, and checks that each image has a plot with data in it: more than a few hundred pixels in the
 * first palette colour.
 */
class GalleryTest {

    static Map<String, JFreeChart> gallery() {
        Map<String, JFreeChart> g = new LinkedHashMap<>();
        Axis eRhe = Axis.potential("E", Units.VOLT, PotentialScale.RHE);
        g.put("xy", Charts.xy("LSV of three catalysts", eRhe, Axis.of("j", "mA cm-2"),
                List.of(Samples.cv("Cu", -1.2, 0, 300, 2), Samples.cv("Ag", -1.2, 0, 300, 1.4),
                        Samples.cv("Au", -1.2, 0, 300, 1))));
        Series dj = Series.of("Δj/2 (measured)", new double[] {0.01, 0.02, 0.04, 0.06, 0.08, 0.1},
                new double[] {0.0062, 0.0118, 0.0231, 0.0342, 0.0449, 0.0561});
        g.put("cdl", Charts.scatterWithFit("Double-layer capacitance", Axis.of("ν", "V/s"), Axis.of("Δj/2", "mA cm-2"),
                dj, 0.5594, 0.0006, "fit: Cdl = 0.559 mF cm⁻²"));
        g.put("cv", Charts.voltammogram("Pt CV, 0.5 M H2SO4", Axis.potential("E", Units.VOLT,
                PotentialScale.AG_AGCL_SAT_KCL), Axis.of("j", "mA cm-2"), List.of(Samples.cv("Cycle 1", -0.2, 1.0, 400, 1),
                        Samples.cv("Cycle 2", -0.2, 1.0, 400, 0.92))));
        ImpedanceSpectrum m = Samples.randles("measured", 12, 85, 2e-5, 50);
        ImpedanceSpectrum fit = Samples.randles("Randles fit", 12.2, 84, 2.05e-5, 200);
        g.put("nyquist", Charts.nyquist("Nyquist", Units.OHM, List.of(m), List.of(fit)));
        g.put("bode", Charts.bode("Bode", Units.OHM, List.of(m), List.of(fit)));
        List<Series> insitu = List.of(Samples.bands("0.0 V", 1200, 2400, 600, 2060, 12, 0.2, 1630, 25, 0.5),
                Samples.bands("−0.2 V", 1200, 2400, 600, 2050, 12, 0.6, 1630, 25, 0.5),
                Samples.bands("−0.4 V", 1200, 2400, 600, 2040, 12, 1.0, 1630, 25, 0.55),
                Samples.bands("−0.6 V", 1200, 2400, 600, 2030, 12, 1.3, 1630, 25, 0.6));
        g.put("spectrum-waterfall", Charts.spectrum("In situ ATR-SEIRAS (vs RHE)", Axis.of("ν̃", Units.WAVENUMBER),
                Axis.of("A", "a.u."), insitu, SpectrumLayout.OVERLAY.reversed().stackedAuto()));
        g.put("spectrum-xps", Charts.spectrum("Cu 2p", Axis.of("Binding energy", "eV"), Axis.of("Intensity", "cps"),
                List.of(Samples.bands("as prepared", 925, 965, 400, 932.6, 1.0, 5000, 952.4, 1.1, 2500),
                        Samples.bands("after CO2RR", 925, 965, 400, 932.4, 1.1, 4200, 952.2, 1.2, 2100)),
                SpectrumLayout.OVERLAY.reversed()));
        g.put("bar", Charts.bar("Faradaic efficiency at −1.0 V vs RHE", "Catalyst", Axis.of("FE", "%"),
                List.of("Cu foil", "Cu2O-derived", "Ag", "Sn/Cu"),
                List.of(new BarSeries("H₂", new double[] {38, 22, 12, 18}, new double[] {3, 2, 1.5, 2}),
                        new BarSeries("CO", new double[] {12, 9, 81, 25}, new double[] {1, 1, 4, 2}),
                        new BarSeries("C₂H₄", new double[] {30, 48, Double.NaN, 5}, new double[] {2.5, 3, Double.NaN, 1}),
                        new BarSeries("HCOO⁻", new double[] {10, 12, 4, 46}, new double[] {1, 1, 0.5, 3}))));
        g.put("heatmap", Charts.heatmap("FE(C₂H₄) over potential and catalyst", eRhe,
                new double[] {-0.8, -0.9, -1.0, -1.1, -1.2}, "Catalyst", List.of("Cu foil", "Cu2O-derived", "Sn/Cu"),
                new double[][] {{5, 12, 30, 34, 28}, {9, 25, 48, 52, 41}, {0.5, 1, 5, Double.NaN, 4}},
                Axis.of("FE(C₂H₄)", "%")));
        double[] g0 = {4.92, 3.72, 1.72, 0.86, 0};
        double[] g123 = new double[5];
        for (int k = 0; k < 5; k++) {
            g123[k] = g0[k] - (4 - k) * 1.23;
        }
        g.put("step", Charts.step("ORR free-energy diagram", Axis.of("ΔG", "eV"),
                List.of("O₂ + 4(H⁺+e⁻)", "*OOH", "*O", "*OH", "H₂O"),
                List.of(new EnergyPath("U = 0 V vs RHE", g0), new EnergyPath("U = 1.23 V vs RHE", g123))));
        return g;
    }

    @Test
    void everyKindRendersWithData() throws IOException {
        Path dir = Path.of("target", "gallery");
        Files.createDirectories(dir);
        for (Map.Entry<String, JFreeChart> e : gallery().entrySet()) {
            Path png = dir.resolve(e.getKey() + ".png");
            ChartExport.png(e.getValue(), png, 720, 480);
            ChartExport.svg(e.getValue(), 720, 480, dir.resolve(e.getKey() + ".svg"));
            BufferedImage img = ImageIO.read(png.toFile());
            int first = HouseStyle.colour(0).getRGB() & 0xFFFFFF;
            int n = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    n += (img.getRGB(x, y) & 0xFFFFFF) == first ? 1 : 0;
                }
            }
            // the heat map uses viridis, not the palette: check it has many colours instead
            assertTrue(n > 100 || e.getKey().equals("heatmap"), e.getKey() + ": " + n + " data pixels");
        }
    }
}
