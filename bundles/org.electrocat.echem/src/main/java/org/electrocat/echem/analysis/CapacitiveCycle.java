package org.electrocat.echem.analysis;

import java.util.List;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;
import org.electrocat.math.calculus.Interpolation;
import org.electrocat.echem.numeric.ScanSegmenter;

/** One cycle (an anodic and a cathodic sweep) of one CV, as {@link DoubleLayerCapacitanceAnalysis} uses it. */
final class CapacitiveCycle {

    private final Dataset dataset;
    private final double[] e;
    private final double[] j;
    private final double[] t;
    private final PotentialScale scale;
    private final ScanSegmenter.Segment anodic;
    private final ScanSegmenter.Segment cathodic;
    private String rateSource = "";
    private double rate = Double.NaN;

    private CapacitiveCycle(Dataset dataset, double[] e, double[] j, double[] t, PotentialScale scale,
            ScanSegmenter.Segment anodic, ScanSegmenter.Segment cathodic) {
        this.dataset = dataset;
        this.e = e;
        this.j = j;
        this.t = t;
        this.scale = scale;
        this.anodic = anodic;
        this.cathodic = cathodic;
    }

    /**
     * @param cycleWanted 1-based cycle, 0 = the last cycle with both sweeps
     * @param tolerance   turning-point tolerance in V
     * @param area        geometric area in cm²
     */
    static CapacitiveCycle of(Dataset d, int cycleWanted, double tolerance, double area) {
        Column ec = EchemInputs.potential(d);
        double[] e = ec.valuesIn(Units.VOLT);
        double[] i = EchemInputs.currentAmperes(d);
        double[] j = new double[i.length];
        for (int k = 0; k < j.length; k++) {
            j[k] = i[k] * 1e3 / area;
        }
        double[] t = d.column("time").map(c -> c.valuesIn(Units.SECOND)).orElse(null);
        List<ScanSegmenter.Segment> segs = ScanSegmenter.segment(e, tolerance);
        int last = segs.get(segs.size() - 1).cycle();
        for (int c = cycleWanted > 0 ? cycleWanted : last; c >= 1; c--) {
            ScanSegmenter.Segment an = null;
            ScanSegmenter.Segment ca = null;
            for (ScanSegmenter.Segment s : segs) {
                if (s.cycle() == c && s.direction() > 0 && s.size() >= 3) {
                    an = s;
                }
                if (s.cycle() == c && s.direction() < 0 && s.size() >= 3) {
                    ca = s;
                }
            }
            if (an != null && ca != null) {
                return new CapacitiveCycle(d, e, j, t, EchemInputs.scaleOf(ec), an, ca);
            }
            if (cycleWanted > 0) {
                break;
            }
        }
        throw new IllegalArgumentException("dataset '" + d.id() + "': " + (cycleWanted > 0 ? "cycle " + cycleWanted
                + " does not have" : "no cycle has") + " both an anodic and a cathodic sweep (" + segs.size()
                + " sweeps found)");
    }

    Dataset dataset() {
        return dataset;
    }

    PotentialScale scale() {
        return scale;
    }

    String rateSource() {
        return rateSource;
    }

    /** Records the scan rate used (V/s) and where it came from. */
    void rate(double voltsPerSecond, String source) {
        rate = voltsPerSecond;
        rateSource = source;
    }

    double minE() {
        return Math.max(min(anodic), min(cathodic));
    }

    double maxE() {
        return Math.min(max(anodic), max(cathodic));
    }

    private double min(ScanSegmenter.Segment s) {
        double m = Double.POSITIVE_INFINITY;
        for (int k = s.from(); k < s.to(); k++) {
            m = Math.min(m, e[k]);
        }
        return m;
    }

    private double max(ScanSegmenter.Segment s) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = s.from(); k < s.to(); k++) {
            m = Math.max(m, e[k]);
        }
        return m;
    }

    /** {j on the anodic sweep, j on the cathodic sweep} at {@code potential}, mA/cm². */
    double[] anodicAndCathodic(double potential, double halfWindow) {
        return new double[] {meanNear(anodic, potential, halfWindow), meanNear(cathodic, potential, halfWindow)};
    }

    /**
     * Mean j over the sweep's samples with |E − potential| ≤ halfWindow (averages the noise of a
     * fast CV); with fewer than two such samples, j interpolated where the sweep first crosses the
     * potential.
     */
    private double meanNear(ScanSegmenter.Segment s, double potential, double halfWindow) {
        double sum = 0;
        int n = 0;
        if (halfWindow > 0) {
            for (int i = s.from(); i < s.to(); i++) {
                if (Math.abs(e[i] - potential) <= halfWindow && Double.isFinite(j[i])) {
                    sum += j[i];
                    n++;
                }
            }
        }
        return n >= 2 ? sum / n : Interpolation.atFirstCrossing(e, j, s.from(), s.to(), potential);
    }

    /** Median |dE/dt| over the cycle in V/s; NaN without a time column. */
    double estimatedRate() {
        int from = Math.min(anodic.from(), cathodic.from());
        int to = Math.max(anodic.to(), cathodic.to());
        return EchemInputs.scanRateFromData(e, t, from, to);
    }

    /** The cycle's E and j for the overlay chart. */
    Dataset curve() {
        int from = Math.min(anodic.from(), cathodic.from());
        int to = Math.max(anodic.to(), cathodic.to());
        return Dataset.builder(dataset.id() + ".cdl-cycle", DatasetKind.VOLTAMMOGRAM)
                .name(String.format(java.util.Locale.ROOT, "%s, %.4g mV/s", dataset.id(), rate * 1e3))
                .meta("scan.rate", rate * 1e3 + " mV/s").meta("scan.rate.source", rateSource)
                .potentialColumn("E", Units.VOLT, java.util.Arrays.copyOfRange(e, from, to), scale)
                .column("j", EchemAnalysis.MA_PER_CM2, java.util.Arrays.copyOfRange(j, from, to)).build();
    }
}
