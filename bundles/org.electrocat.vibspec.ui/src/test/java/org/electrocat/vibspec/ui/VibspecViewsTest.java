package org.electrocat.vibspec.ui;

import org.electrocat.ui.api.HeadlessContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Units;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vibrational-spectroscopy views on the oxime study's in situ Raman and ATR-IR series and its
 * Raman band fits, run as the study's own steps: which inputs each view takes, the waterfall's
 * shifts (checked against 1.1 × the largest peak-to-peak range computed here from the spectra),
 * potentials with their scale, negative difference bands and the band assignments.
 */
class VibspecViewsTest {

    private static final List<String> PLUGINS = List.of("org.electrocat.vibspec.VibspecTechnique",
            "org.electrocat.vibspec.io.jcamp.JcampReader", "org.electrocat.vibspec.analysis.DespikeAnalysis",
            "org.electrocat.vibspec.analysis.BaselineAnalysis", "org.electrocat.vibspec.analysis.PeaksAnalysis",
            "org.electrocat.vibspec.analysis.InSituAnalysis");
    private static Map<String, Result> results;

    @BeforeAll
    static void runTheStudysSteps() throws Exception {
        results = RealData.study(List.of("insitu_raman", "insitu_ir", "raman_bands_AgPdTi"), PLUGINS);
    }

    @Test
    void eachViewTakesItsOwnInputs() throws Exception {
        Dataset raman = RealData.read("org.electrocat.vibspec.io.jcamp.JcampReader",
                RealData.oxime("data/vibspec/raman/AgPdTi_Raman.jdx"), Map.of()).get(0);
        SpectrumView spectrum = new SpectrumView();
        InSituSeriesView insitu = new InSituSeriesView();
        assertTrue(spectrum.supports(ViewInput.of(raman)));
        assertFalse(insitu.supports(ViewInput.of(raman)));
        Result series = results.get("insitu_raman");
        assertTrue(insitu.supports(ViewInput.of(series)));
        assertFalse(spectrum.supports(ViewInput.of(series)), "a series is not one spectrum");
        assertTrue(insitu.supports(ViewInput.of(series.curves().get(0))), "the series curve itself");
        assertTrue(spectrum.supports(ViewInput.of(results.get("raman_bands_AgPdTi"))));
        Dataset xas = Dataset.builder("mu", DatasetKind.SPECTRUM).column("energy", Units.ELECTRONVOLT, new double[] {1, 2, 3})
                .column("mu", Units.ONE, new double[] {0, 1, 1}).meta("technique", "xas").build();
        assertFalse(spectrum.supports(ViewInput.of(xas)), "other techniques' spectra are not vibrational");
    }

    @Test
    void theWaterfallStacksTheSpectraByPotentialWithTheScaleNamed() {
        Dataset spectra = InSituSeriesView.curve(results.get("insitu_raman"), "spectra").orElseThrow();
        List<Spectrum> list = SpectrumSeries.spectra(spectra);
        assertEquals(7, list.size());
        double range = 0;
        for (Spectrum s : list) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (double v : s.y()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            range = Math.max(range, hi - lo);
        }
        double step = 1.1 * range;
        assertEquals(step, InSituSeriesView.offset(list), 1e-9 * step);
        JFreeChart c = InSituSeriesView.waterfall(list, false);
        XYPlot p = c.getXYPlot();
        assertEquals("Raman shift / cm⁻¹", p.getDomainAxis().getLabel());
        assertFalse(p.getDomainAxis().isInverted(), "Raman shift runs left to right");
        XYDataset d = p.getDataset();
        assertEquals(7, d.getSeriesCount());
        assertEquals("-0.600 V", d.getSeriesKey(0));
        assertEquals("-1.800 V", d.getSeriesKey(6));
        for (int k = 0; k < 7; k++) {
            assertEquals(list.get(k).y()[100] + k * step, d.getYValue(k, 100), 1e-9 * step);
        }
        assertTrue(subtitles(c).contains("traces labelled by E / V vs Ag/AgCl (sat. KCl)"), subtitles(c).toString());
    }

    @Test
    void differenceSpectraKeepTheirNegativeBandsVisibleAboveAZeroLinePerTrace() {
        Dataset diff = InSituSeriesView.curve(results.get("insitu_ir"), "difference").orElseThrow();
        assertTrue(InSituSeriesView.isDifference(diff));
        List<Spectrum> list = SpectrumSeries.spectra(diff);
        JFreeChart c = InSituSeriesView.waterfall(list, true);
        XYPlot p = c.getXYPlot();
        assertTrue(p.getDomainAxis().isInverted(), "IR wavenumbers run from high to low");
        Collection<?> zeros = p.getRangeMarkers(Layer.FOREGROUND);
        assertEquals(7, zeros.size());
        double step = InSituSeriesView.offset(list);
        List<Double> at = zeros.stream().map(m -> ((ValueMarker) m).getValue()).sorted().toList();
        for (int k = 0; k < 7; k++) {
            assertEquals(k * step, at.get(k), 1e-9 * step);
        }
        // nitrate consumed: the last trace dips below its own zero line near 1440 cm⁻¹ (the study's band)
        XYDataset d = p.getDataset();
        double deepest = Double.MAX_VALUE;
        double where = Double.NaN;
        for (int i = 0; i < d.getItemCount(6); i++) {
            double y = d.getYValue(6, i) - 6 * step;
            if (y < deepest) {
                deepest = y;
                where = d.getXValue(6, i);
            }
        }
        assertTrue(deepest < 0, "a negative band");
        assertEquals(1440, where, 15);
    }

    @Test
    void theColourMapHasThePotentialWithItsScaleOnTheSeriesAxis() {
        Dataset spectra = InSituSeriesView.curve(results.get("insitu_raman"), "spectra").orElseThrow();
        List<Spectrum> list = SpectrumSeries.spectra(spectra);
        XYPlot p = InSituSeriesView.colourMap(list).getXYPlot();
        assertEquals("E / V vs Ag/AgCl (sat. KCl)", p.getRangeAxis().getLabel());
        XYZDataset z = (XYZDataset) p.getDataset();
        int n = list.get(0).size();
        int every = (n + InSituSeriesView.MAX_COLUMNS - 1) / InSituSeriesView.MAX_COLUMNS;
        int cols = (n + every - 1) / every;
        assertEquals(7 * cols, z.getItemCount(0));
        // row 3 (−1.2 V), column 10: the spectrum's own point
        int item = 3 * cols + 10;
        assertEquals(-1.2, z.getYValue(0, item), 1e-12);
        assertEquals(list.get(3).x()[10 * every], z.getXValue(0, item), 0);
        assertEquals(list.get(3).y()[10 * every], z.getZValue(0, item), 0);
    }

    @Test
    void aBandFitShowsBaselineFitBandsAndTheirAssignments() throws Exception {
        Result r = results.get("raman_bands_AgPdTi");
        Dataset d = SpectrumView.spectra(r).get(0);
        List<SpectrumView.Assignment> a = SpectrumView.assignments(r, d);
        int bands = (int) r.value("bands").orElseThrow().quantity().value();
        assertEquals(bands, a.size());
        JFreeChart c = SpectrumView.chart(d, a);
        XYDataset data = c.getXYPlot().getDataset();
        List<String> names = new java.util.ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            names.add(data.getSeriesKey(s).toString());
        }
        assertTrue(names.containsAll(List.of("intensity", "fit", "band 1")), names.toString());
        assertEquals(d.columns().size() - 1, data.getSeriesCount(), "every intensity column");
        assertEquals(bands, c.getXYPlot().getDomainMarkers(Layer.FOREGROUND).size());
        // each marker sits at its band's fitted position, as the table gives it
        var table = r.tables().stream().filter(t -> t.headers().contains("assignment")).findFirst().orElseThrow();
        double first = ((org.electrocat.core.units.Quantity) table.rows().get(0).get(1)).value();
        assertEquals(first, a.get(0).position(), 0);
        assertTrue(a.get(0).text().startsWith(String.format(java.util.Locale.ROOT, "%.0f", first)));
        var part = new SpectrumView().create(ViewInput.of(r), new HeadlessContext());
        assertTrue(HeadlessContext.componentNames(part.component()).contains("vibspec.bands"));
    }

    private static List<String> subtitles(JFreeChart c) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof TextTitle t) {
                out.add(t.getText());
            }
        }
        return out;
    }
}
