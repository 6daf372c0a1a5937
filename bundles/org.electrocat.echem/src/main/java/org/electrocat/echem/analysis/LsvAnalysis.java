package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.echem.numeric.ScanSegmenter;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.lsv}: linear-sweep and cyclic voltammograms. Converts potentials to a target scale
 * and optionally corrects iR ({@link PotentialAxis}), splits the scan into sweeps and cycles
 * ({@link ScanSegmenter}), and on one sweep finds the onset potential by a current-density
 * threshold and by the tangent method ({@link org.electrocat.echem.numeric.OnsetFinder}; optionally
 * inside a potential window, {@code onsetWindow}, so that a second wave such as the hydrogen
 * evolution after a nitrate reduction wave does not take the tangent), reduction (or oxidation) peaks with a
 * linear baseline ({@link org.electrocat.echem.numeric.BaselinePeaks}) and the Tafel slope
 * b = |dE/dlog₁₀|j|| by least squares over a potential window (J. Tafel, Z. Phys. Chem. 50 (1905)
 * 641; fit of E against log|j|, reported with its standard error and R²).
 *
 * <p>Direction: {@code cathodic} (default) looks at negative (reduction) currents on sweeps to
 * more negative potentials; {@code anodic} at positive currents on sweeps to positive potentials.
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.lsv", "electrocat.technique=echem"})
public final class LsvAnalysis extends EchemAnalysis {

    @Override
    public String id() {
        return "echem.lsv";
    }

    @Override
    public String label() {
        return "LSV/CV: onset, peaks, Tafel slope";
    }

    @Override
    public String description() {
        return "Potential-scale conversion (RHE with pH and temperature) and optional iR correction; scan"
                + " segmentation into sweeps and cycles; onset potential where |j| exceeds a threshold and by tangent"
                + " intersection; peaks with a linear baseline (position, height, area); Tafel slope over a window.";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.VOLTAMMOGRAM, DatasetKind.TIME_SERIES);
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> s = new ArrayList<>();
        s.add(AREA);
        s.addAll(PotentialAxis.specs());
        s.add(ParameterSpec.choice("direction", "Direction", "cathodic", List.of("cathodic", "anodic"),
                "cathodic: reduction currents (j < 0) on sweeps towards negative potentials; anodic: the reverse."));
        s.add(ParameterSpec.integer("segment", "Sweep", 0, "Sweep to analyse, 1-based in recording order (see the"
                + " segments table); 0 (default) = the first sweep in the chosen direction.").range(0, 1e6));
        s.add(ParameterSpec.number("onsetThreshold", "Onset threshold", "mA/cm2", 1.0,
                "|j| that defines the onset potential.").range(0, 1e6));
        s.add(ParameterSpec.choice("onsetRule", "Onset rule", "sustained", List.of("sustained", "first"),
                "sustained: the crossing after which |j| stays above the threshold to the end of the sweep (ignores"
                        + " charging spikes); first: the first crossing."));
        s.add(ParameterSpec.number("baselineFraction", "Background fraction", "1", 0.1,
                "Fraction of the sweep (or of the onset window), from its start, fitted as background for the"
                        + " tangent method.").range(0.02, 0.5));
        s.add(ParameterSpec.text("onsetWindow", "Tangent-onset window", "", "Potential range 'E1, E2 V' (target"
                + " scale, after iR correction) in which the tangent method works, e.g. '-0.2, -0.6 V' to take the"
                + " tangent on the nitrate wave and not on the HER that follows; empty (default) = the whole sweep."));
        s.add(ParameterSpec.integer("tangentPoints", "Tangent points", 0,
                "Samples in the local fit that finds the steepest slope for the tangent; 0 (default) = 2 % of the"
                        + " sweep's (or the onset window's) samples, at least 5 (more points resist noise).").range(0, 100001));
        s.add(ParameterSpec.number("peakProminence", "Peak prominence", "mA/cm2", 0.0,
                "Minimum prominence of a peak; 0 (default) = 5 % of the sweep's current range.").range(0, 1e6));
        s.add(ParameterSpec.text("peakWindow", "Peak baseline window", "", "Two potentials 'E1, E2 V' (target"
                + " scale) for a hand-set baseline through j(E1) and j(E2); empty = automatic peaks."));
        s.add(ParameterSpec.text("tafelWindow", "Tafel window", "", "Potential range 'E1, E2 V' (target scale,"
                + " after iR correction) for the Tafel fit; empty = no Tafel fit."));
        s.add(ParameterSpec.number("segmentTolerance", "Turning-point tolerance", "mV", 5.0,
                "A turn of the sweep is accepted once the potential moved back by more than this.").range(1e-3, 1e4));
        return s;
    }

    @Override
    public Result run(AnalysisContext context) {
        Dataset d = inputs(context).get(0);
        Parameters p = context.parameters();
        Result.Builder r = Result.builder(this, context);
        Column eCol = EchemInputs.potential(d);
        double[] eRaw = eCol.valuesIn(Units.VOLT);
        double[] iA = EchemInputs.currentAmperes(d);
        double[] t = d.column("time").map(c -> c.valuesIn(Units.SECOND)).orElse(null);
        int bad = EchemInputs.countNonFinite(eRaw) + EchemInputs.countNonFinite(iA);
        if (bad > 0) {
            r.warning("dataset '" + d.id() + "': " + bad + " NaN/infinite potential or current values are ignored");
        }
        PotentialAxis axis = PotentialAxis.prepare(eRaw, EchemInputs.scaleOf(eCol), iA, context);
        if (!axis.note().isEmpty()) {
            r.warning("potentials " + axis.note());
        }
        if (!axis.scale().isConvertible()) {
            r.warning("potentials are vs an unspecified reference (" + d.meta("reference.note").orElse("no note")
                    + ")");
        }
        double area = p.number("area");
        double[] j = new double[iA.length];
        for (int i = 0; i < j.length; i++) {
            j[i] = iA[i] * 1e3 / area;
        }
        List<ScanSegmenter.Segment> segments = ScanSegmenter.segment(eRaw, p.number("segmentTolerance") / 1000);
        boolean cathodic = p.choice("direction").equals("cathodic");
        ScanSegmenter.Segment seg = choose(segments, p.integer("segment"), cathodic ? -1 : 1, d);
        double sign = cathodic ? -1 : 1;
        double[] y = new double[j.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = sign * j[i];
        }
        double scanRate = EchemInputs.scanRateFromFile(d);
        double estimated = EchemInputs.scanRateFromData(eRaw, t, seg.from(), seg.to());
        String rateSource = "file";
        if (Double.isNaN(scanRate)) {
            scanRate = estimated;
            rateSource = "estimated from E(t)";
        } else if (estimated > 0 && Math.abs(estimated / scanRate - 1) > 0.1) {
            r.warning(String.format(Locale.ROOT, "the file states %.4g mV/s but E(t) gives %.4g mV/s", scanRate * 1e3,
                    estimated * 1e3));
        }
        r.value("segment", "Sweep analysed", Quantity.of(seg.index() + 1, Units.ONE), (cathodic ? "cathodic" : "anodic")
                + " sweep of cycle " + seg.cycle());
        if (scanRate > 0) {
            r.value("scanRate", "Scan rate", Quantity.of(scanRate * 1e3, Units.parse("mV/s")), rateSource);
        }
        LsvFeatures.onsets(r, axis, y, seg, p, sign);
        context.monitor().checkCancelled();
        LsvFeatures.peaks(r, axis, y, seg, p, sign, scanRate);
        LsvFeatures.tafel(r, axis, y, seg, p);
        r.table(LsvFeatures.segmentTable(segments, eRaw, eCol.scale()));
        r.curve(LsvFeatures.processed(d, axis, j, segments, area));
        return r.build();
    }

    private static ScanSegmenter.Segment choose(List<ScanSegmenter.Segment> segments, int wanted, int direction,
            Dataset d) {
        if (wanted > 0) {
            if (wanted > segments.size()) {
                throw new IllegalArgumentException("dataset '" + d.id() + "' has " + segments.size()
                        + " sweeps; parameter 'segment' = " + wanted);
            }
            return segments.get(wanted - 1);
        }
        for (ScanSegmenter.Segment s : segments) {
            if (s.direction() == direction && s.size() >= 5) {
                return s;
            }
        }
        throw new IllegalArgumentException("dataset '" + d.id() + "' has no " + (direction < 0 ? "cathodic" : "anodic")
                + " sweep (" + segments.size() + " sweeps found); choose 'direction' or 'segment'");
    }
}
