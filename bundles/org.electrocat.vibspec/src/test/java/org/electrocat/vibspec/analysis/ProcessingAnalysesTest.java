package org.electrocat.vibspec.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.io.spc.SpcReader;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.electrocat.vibspec.testing.Fixtures;
import org.electrocat.vibspec.testing.Runs;
import org.electrocat.vibspec.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The processing analyses end to end on datasets: values checked against hand-computed ones (spike
 * positions planted, conversions by formula, normalisation invariants) and on the real FT-IR file.
 */
class ProcessingAnalysesTest {

    static Dataset ramp(double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 500 + i;
        }
        return Spectrum.of("s", SpectralAxes.RAMAN_SHIFT, Units.WAVENUMBER, x, SpectralAxes.INTENSITY, Units.ARBITRARY, y)
                .toDataset("s", Provenance.NONE);
    }

    @Test
    void despikeFindsThePlantedSpikesOnly() {
        double[] y = new double[300];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + 20 * Math.exp(-(i - 150) * (i - 150) / 200.0) + Math.sin(i * 0.7);
        }
        double[] spiked = y.clone();
        spiked[40] += 400;
        spiked[200] += 300;
        spiked[201] += 250;
        Result r = Runs.run(new DespikeAnalysis(), List.of(ramp(spiked)), Map.of());
        assertEquals(3, r.value("spikes").orElseThrow().quantity().value());
        Spectrum out = Spectrum.of(r.curves().get(0));
        for (int i : new int[] {40, 200, 201}) {
            assertEquals(y[i], out.y()[i], 2.5, "replaced point " + i);
        }
        assertEquals(y[150], out.y()[150], 0); // the real band is untouched
        assertArrayEquals(spiked, r.curves().get(0).require("raw").values(), 0);
    }

    @Test
    void baselineOfTransmittanceLiesAboveTheDips() throws IOException {
        Dataset ir = Fixtures.read(new SpcReader(), SharedData.file("raman_ir/Ft-ir.spc")).get(0);
        Result r = Runs.run(new BaselineAnalysis(), List.of(ir), Map.of("method", "arpls", "lam", "1e6"));
        Dataset out = r.curves().get(0);
        double[] raw = out.require("raw").array();
        double[] base = out.require("baseline").array();
        double[] x = out.require("wavenumber").array();
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - 698) < 0.5 || Math.abs(x[i] - 1602) < 0.5) {
                assertTrue(base[i] > raw[i] + 10, "baseline above the dip at " + x[i]);
            }
        }
        assertEquals("yes", Runs.cell(r, "Baseline fits", 0, "converged"));
        assertEquals(ir.provenance().steps().size() + 1, out.provenance().steps().size());
        assertEquals("vibspec.baseline", out.provenance().steps().get(out.provenance().steps().size() - 1).operation());
        assertEquals(ir.provenance().sources(), out.provenance().sources());
    }

    @Test
    void baselinesOnASeriesKeepTheSeries() {
        double[] a = new double[200];
        double[] b = new double[200];
        for (int i = 0; i < 200; i++) {
            a[i] = 50 + 0.1 * i + 30 * Math.exp(-(i - 80) * (i - 80) / 20.0);
            b[i] = 60 + 0.1 * i + 40 * Math.exp(-(i - 120) * (i - 120) / 20.0);
        }
        Spectrum sa = Spectrum.of(ramp(a)).atPotential(-0.1, PotentialScale.RHE);
        Spectrum sb = Spectrum.of(ramp(b)).atPotential(-0.3, PotentialScale.RHE);
        Dataset series = SpectrumSeries.toDataset(List.of(sa, sb), "ser", Provenance.NONE);
        Result r = Runs.run(new BaselineAnalysis(), List.of(series), Map.of("method", "snip", "max_half_window", "20"));
        Dataset out = r.curves().get(0);
        assertEquals(SpectrumKeys.SERIES_KIND, out.kind());
        assertEquals(400, out.require("baseline").size());
        List<Spectrum> back = SpectrumSeries.spectra(out);
        assertEquals(-0.3, back.get(1).potential(), 0);
        // far from the band, the corrected intensity is close to zero
        assertEquals(0, back.get(0).y()[190], 1.0);
        assertEquals(0, back.get(1).y()[10], 1.0);
    }

    @Test
    void normalisationInvariants() {
        double[] y = {1, 3, 2, 5, 4, 1};
        Spectrum max = Spectrum.of(Runs.run(new NormaliseAnalysis(), List.of(ramp(y)), Map.of()).curves().get(0));
        assertEquals(1.0, max.y()[3], 0);
        assertEquals(0.6, max.y()[1], 1e-15);
        Spectrum snv = Spectrum.of(Runs.run(new NormaliseAnalysis(), List.of(ramp(y)), Map.of("method", "snv"))
                .curves().get(0));
        double mean = 0;
        for (double v : snv.y()) {
            mean += v;
        }
        assertEquals(0, mean, 1e-12);
        Spectrum area = Spectrum.of(Runs.run(new NormaliseAnalysis(), List.of(ramp(y)), Map.of("method", "area"))
                .curves().get(0));
        assertEquals(1 / 15.0, area.y()[0], 1e-15); // trapezoid area: 2 + 2.5 + 3.5 + 4.5 + 2.5 = 15
        Spectrum band = Spectrum.of(Runs.run(new NormaliseAnalysis(), List.of(ramp(y)),
                Map.of("method", "band", "bandLow", "500", "bandHigh", "502")).curves().get(0));
        assertEquals(1.0, band.y()[1], 0);
        assertThrows(IllegalArgumentException.class, () -> Runs.run(new NormaliseAnalysis(), List.of(ramp(y)),
                Map.of("method", "band")));
    }

    @Test
    void conversionsByFormula() {
        Dataset d = Spectrum.of(ramp(new double[] {1, 2, 3})).toDataset("s", Provenance.NONE);
        Spectrum nm = Spectrum.of(Runs.run(new ConvertAnalysis(), List.of(d), Map.of("to", "wavelength",
                "laserWavelength", "532 nm")).curves().get(0));
        // 500 cm-1 Stokes shift from 532 nm: 1e7/(1e7/532 - 500)
        assertEquals(1e7 / (1e7 / 532 - 500), nm.x()[0], 1e-9);
        Spectrum back = Spectrum.of(Runs.run(new ConvertAnalysis(), List.of(nm.toDataset("nm", Provenance.NONE)),
                Map.of("to", "raman-shift", "laserWavelength", "532")).curves().get(0));
        assertEquals(500, back.x()[0], 1e-9);
        assertEquals(SpectralAxes.RAMAN_SHIFT, back.xName());
        Dataset t = Spectrum.of("t", SpectralAxes.WAVENUMBER, Units.WAVENUMBER, new double[] {1000, 1001, 1002},
                SpectralAxes.TRANSMITTANCE, Units.PERCENT, new double[] {50, 10, 100}).toDataset("t", Provenance.NONE);
        Spectrum a = Spectrum.of(Runs.run(new ConvertAnalysis(), List.of(t), Map.of("to", "absorbance")).curves().get(0));
        assertEquals(Math.log10(2), a.y()[0], 1e-15);
        assertEquals(1.0, a.y()[1], 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Runs.run(new ConvertAnalysis(), List.of(d), Map.of("to", "wavelength")));
        assertTrue(e.getMessage().contains("laserWavelength"), e.getMessage());
    }

    @Test
    void cropKeepsTheRangeInEitherDirection() {
        Dataset d = ramp(new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        Spectrum c = Spectrum.of(Runs.run(new CropAnalysis(), List.of(d), Map.of("xmin", "506", "xmax", "502"))
                .curves().get(0));
        assertArrayEquals(new double[] {502, 503, 504, 505, 506}, c.x(), 0);
        assertThrows(IllegalArgumentException.class, () -> Runs.run(new CropAnalysis(), List.of(d),
                Map.of("xmin", "900", "xmax", "1000")));
    }
}
