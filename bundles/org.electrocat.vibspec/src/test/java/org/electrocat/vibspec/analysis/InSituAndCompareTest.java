package org.electrocat.vibspec.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.electrocat.vibspec.process.peaks.PeakShape;
import org.electrocat.vibspec.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * In situ series and sample comparison on synthetic data with known answers: a free-nitrate band at
 * 1045 cm⁻¹ whose area falls by 1500 per volt (consumption), a *NO2⁻ band at 1284 cm⁻¹ growing by 2000
 * per volt, and a band at 1444 cm⁻¹ that moves by 5 cm⁻¹/V (tuning rate), on a flat background with
 * Gaussian noise σ = 0.5; and two samples whose metal–S band sits at 247 and 251 cm⁻¹.
 */
class InSituAndCompareTest {

    static final double[] E = {0, -0.2, -0.4, -0.6, -0.8, -1.0};

    static Spectrum raman(String name, double[][] bands, long seed) {
        return raman(name, bands, seed, 900);
    }

    /** A Raman spectrum of 601 points from x0 cm-1, step 1, with Lorentzian bands {position, area, FWHM}. */
    static Spectrum raman(String name, double[][] bands, long seed, double x0) {
        Random rnd = new Random(seed);
        int n = 601;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] f = new double[4];
        for (int i = 0; i < n; i++) {
            x[i] = x0 + i;
            double v = 100;
            for (double[] b : bands) {
                PeakShape.LORENTZIAN.eval(x[i], b[0], b[2], 1, f);
                v += b[1] * f[0];
            }
            y[i] = v + 0.5 * rnd.nextGaussian();
        }
        return new Spectrum(name, SpectralAxes.RAMAN_SHIFT, Units.WAVENUMBER, x, SpectralAxes.INTENSITY,
                Units.ARBITRARY, y, Double.NaN, null, Map.of(SpectrumKeys.TECHNIQUE, "raman"));
    }

    static List<Spectrum> series() {
        List<Spectrum> s = new ArrayList<>();
        for (int k = 0; k < E.length; k++) {
            double e = E[k];
            s.add(raman("E" + k, new double[][] {{1045, 3000 + 1500 * e, 10}, {1284, -2000 * e + 1e-9, 12},
                {1444 + 5 * e, 1000, 11}}, 10 + k).atPotential(e, PotentialScale.AG_AGCL_SAT_KCL));
        }
        return s;
    }

    @Test
    void trackingAndDifferenceSpectraRecoverTheKnownChanges() {
        Dataset d = SpectrumSeries.toDataset(series(), "insitu", Provenance.NONE);
        Result r = Runs.run(new InSituAnalysis(), List.of(d), Map.of("positions", "1045, 1284, 1444",
                "shape", "lorentzian", "window", "30"));
        // rows: band-major, 6 potentials each
        for (int k = 1; k < E.length; k++) {
            Quantity dNitrate = Runs.quantity(r, "Bands against potential", k, "area change");
            Quantity diffFit = Runs.quantity(r, "Bands against potential", k, "difference area");
            assertEquals(1500 * E[k], diffFit.value(), 4 * diffFit.uncertainty(), "difference fit at " + E[k]);
            assertEquals(1500 * E[k], dNitrate.value(), 4 * dNitrate.uncertainty(), "nitrate at " + E[k]);
            assertEquals("consumed", Runs.cell(r, "Bands against potential", k, "change"));
            Quantity nitrite = Runs.quantity(r, "Bands against potential", 6 + k, "area");
            assertEquals(-2000 * E[k], nitrite.value(), 4 * nitrite.uncertainty() + 1, "nitrite at " + E[k]);
            assertEquals("grown", Runs.cell(r, "Bands against potential", 6 + k, "change"));
            Quantity pos = Runs.quantity(r, "Bands against potential", 12 + k, "position");
            assertEquals(1444 + 5 * E[k], pos.value(), 4 * pos.uncertainty());
        }
        assertEquals("reference", Runs.cell(r, "Bands against potential", 0, "change"));
        Quantity tuning = r.value("tuning_1444").orElseThrow().quantity();
        assertEquals(5.0, tuning.value(), 4 * tuning.uncertainty());
        assertTrue(tuning.uncertainty() < 0.5, tuning.toString());
        assertEquals("cm-1/V", tuning.unit().symbol());
        assertEquals(1, r.value("consumed").orElseThrow().quantity().value());
        String band = (String) Runs.cell(r, "Bands against potential", 0, "band");
        assertTrue(band.contains("NO3- (free)"), band);
        assertTrue(((String) Runs.cell(r, "Bands against potential", 6, "band")).contains("*NO2-"));
        Dataset tracking = Runs.curve(r, "tracking");
        assertEquals(PotentialScale.AG_AGCL_SAT_KCL, tracking.require("E").scale());
        assertEquals(18, tracking.rows());
        Dataset diff = Runs.curve(r, "difference");
        assertEquals(SpectrumKeys.SERIES_KIND, diff.kind());
        assertEquals(6, SpectrumSeries.spectra(diff).size());
    }

    /**
     * A relative in situ series (ATR-SEIRAS: absorbance against a reference spectrum), where the consumed
     * nitrate is a band pointing DOWN in the spectra themselves (area −800·|E|) beside a water band
     * growing upward: the downward band must keep its true position (1440 cm⁻¹, not the window edge)
     * and be reported consumed, with its area equal to the one put in.
     */
    @Test
    void downwardBandsInRelativeSpectraAreFittedWithTheirSign() {
        List<Spectrum> s = new ArrayList<>();
        for (int k = 0; k < E.length; k++) {
            s.add(relative(raman("E" + k, new double[][] {{1440, 800 * E[k] - 1e-9, 20}, {1647, -600 * E[k] + 1e-9, 25}},
                    40 + k, 1300)).atPotential(E[k], PotentialScale.AG_AGCL_SAT_KCL));
        }
        Dataset d = SpectrumSeries.toDataset(s, "atr", Provenance.NONE);
        Result r = Runs.run(new InSituAnalysis(), List.of(d), Map.of("positions", "1440, 1647", "shape", "lorentzian"));
        for (int k = 2; k < E.length; k++) {
            Quantity pos = Runs.quantity(r, "Bands against potential", k, "position");
            assertEquals(1440, pos.value(), Math.max(4 * pos.uncertainty(), 0.5), "1440 band position at " + E[k]);
            Quantity area = Runs.quantity(r, "Bands against potential", k, "area");
            assertEquals(800 * E[k], area.value(), 4 * area.uncertainty() + 1, "1440 band area at " + E[k]);
            assertEquals("consumed", Runs.cell(r, "Bands against potential", k, "change"));
            assertEquals("grown", Runs.cell(r, "Bands against potential", 6 + k, "change"));
        }
        assertEquals(1, r.value("consumed").orElseThrow().quantity().value());
    }

    /** The spectrum less its flat background of 100: a relative spectrum with its baseline at zero. */
    static Spectrum relative(Spectrum a) {
        double[] y = a.y().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] -= 100;
        }
        return new Spectrum(a.name(), a.xName(), a.xUnit(), a.x(), SpectralAxes.ABSORBANCE, Units.ONE, y, Double.NaN,
                null, Map.of(SpectrumKeys.TECHNIQUE, "ir"));
    }

    @Test
    void bandSignsAreFreeOnlyInRelativeSeries() {
        List<Spectrum> absolute = new ArrayList<>();
        List<Spectrum> relative = new ArrayList<>();
        for (int k = 0; k < E.length; k++) {
            Spectrum a = raman("E" + k, new double[][] {{1000, 500, 10}, {1200, -400, 10}}, 60 + k, 900);
            absolute.add(a);
            relative.add(relative(a));
        }
        List<org.electrocat.vibspec.process.peaks.BandFitter.Start> starts = List.of(
                new org.electrocat.vibspec.process.peaks.BandFitter.Start(1000, 10),
                new org.electrocat.vibspec.process.peaks.BandFitter.Start(1200, 10));
        assertEquals(List.of(1, 1), org.electrocat.vibspec.process.insitu.BandTracking.directions(absolute, starts)
                .stream().map(org.electrocat.vibspec.process.peaks.BandFitter.Start::sign).toList());
        assertEquals(List.of(0, 0), org.electrocat.vibspec.process.insitu.BandTracking.directions(relative, starts)
                .stream().map(org.electrocat.vibspec.process.peaks.BandFitter.Start::sign).toList());
    }

    @Test
    void detectionInDifferenceSpectraFindsConsumedAndGrownBands() {
        List<Spectrum> s = new ArrayList<>();
        for (int k = 0; k < E.length; k++) {
            s.add(raman("E" + k, new double[][] {{1045, 3000 + 1500 * E[k], 10}, {1284, -2000 * E[k] + 1e-9, 12}},
                    20 + k));
        }
        List<Dataset> files = new ArrayList<>();
        for (Spectrum sp : s) {
            files.add(sp.toDataset(sp.name(), Provenance.NONE));
        }
        Result r = Runs.run(new InSituAnalysis(), files, Map.of("potentials", "0, -200, -400, -600, -800, -1000 mV",
                "reference", "RHE", "referencePotential", "0 V"));
        assertEquals(12, r.tables().get(0).rows().size(), r.tables().toString());
        assertTrue(((String) Runs.cell(r, "Bands against potential", 0, "band")).startsWith("1045"));
        assertEquals("consumed", Runs.cell(r, "Bands against potential", 5, "change"));
        assertTrue(((String) Runs.cell(r, "Bands against potential", 6, "band")).startsWith("128"));
        assertEquals("grown", Runs.cell(r, "Bands against potential", 11, "change"));
        assertEquals(PotentialScale.RHE, Runs.curve(r, "tracking").require("E").scale());
    }

    @Test
    void seriesNeedPotentialsOnOneScale() {
        List<Dataset> noE = List.of(raman("a", new double[][] {{1045, 100, 10}}, 1).toDataset("a", Provenance.NONE),
                raman("b", new double[][] {{1045, 100, 10}}, 2).toDataset("b", Provenance.NONE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Runs.run(new InSituAnalysis(), noE, Map.of()));
        assertTrue(e.getMessage().contains("no electrode potential"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Runs.run(new InSituAnalysis(), noE, Map.of("potentials", "0 V")));
        assertTrue(e.getMessage().contains("1 potentials for 2 spectra"), e.getMessage());
        List<Dataset> mixed = List.of(
                raman("a", new double[][] {{1045, 100, 10}}, 1).atPotential(0, PotentialScale.RHE).toDataset("a", Provenance.NONE),
                raman("b", new double[][] {{1045, 100, 10}}, 2).atPotential(-0.5, PotentialScale.SCE)
                        .toDataset("b", Provenance.NONE));
        e = assertThrows(IllegalArgumentException.class, () -> Runs.run(new InSituAnalysis(), mixed, Map.of()));
        assertTrue(e.getMessage().contains("one reference scale"), e.getMessage());
    }

    @Test
    void comparisonReportsTheMetalSulfurShiftWithItsError() {
        Spectrum a = raman("Ag4Pd2(SR)8", new double[][] {{247, 800, 9}, {340, 500, 10}}, 31, 100);
        Spectrum b = raman("Ag4Pd2-S-Ti4", new double[][] {{251, 800, 9}, {340, 500, 10}}, 32, 100);
        Result r = Runs.run(new CompareAnalysis(), List.of(a.toDataset("a", Provenance.NONE),
                b.toDataset("b", Provenance.NONE)), Map.of("positions", "247, 340", "shape", "lorentzian"));
        Quantity shift = r.value("shift_247").orElseThrow().quantity();
        assertEquals(4.0, shift.value(), 4 * shift.uncertainty());
        assertTrue(shift.uncertainty() < 0.3, shift.toString());
        assertEquals("significant (> 2 SE)", r.value("shift_247").orElseThrow().note());
        Quantity none = r.value("shift_340").orElseThrow().quantity();
        assertEquals(0.0, none.value(), 4 * none.uncertainty());
        assertTrue(((String) Runs.cell(r, "Band positions", 0, "band")).contains("metal-S"));
        assertEquals(2, r.curves().size());
    }
}
