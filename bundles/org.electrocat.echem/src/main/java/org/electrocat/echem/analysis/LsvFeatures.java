package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;
import org.electrocat.echem.numeric.OnsetFinder;
import org.electrocat.echem.numeric.BaselinePeaks;
import org.electrocat.echem.numeric.ScanSegmenter;

/** The features {@link LsvAnalysis} extracts from one sweep, written into the result. */
final class LsvFeatures {

    static final Unit MV_PER_DEC = Units.parse("mV").withSymbol("mV/dec");
    private static final int MAX_PEAKS = 5;

    private LsvFeatures() {
    }

    static void onsets(Result.Builder r, PotentialAxis axis, double[] y, ScanSegmenter.Segment seg, Parameters p,
            double sign) {
        double thr = p.number("onsetThreshold");
        boolean sustained = p.choice("onsetRule").equals("sustained");
        double e = OnsetFinder.threshold(axis.values(), y, seg.from(), seg.to(), thr, sustained);
        String scale = axis.scale().toString();
        if (Double.isNaN(e)) {
            r.warning(String.format(Locale.ROOT, "|j| never reaches the onset threshold %.3g mA/cm2 on sweep %d", thr,
                    seg.index() + 1));
        } else {
            r.value("onset.threshold", "Onset potential (|j| = " + thr + " mA/cm²)", Quantity.of(e, Units.VOLT),
                    scale + ", " + p.choice("onsetRule") + " crossing");
        }
        int[] range = onsetRange(axis.values(), seg, p.text("onsetWindow"));
        try {
            int points = p.integer("tangentPoints");
            if (points == 0) {
                points = Math.max(5, (int) Math.round(0.02 * (range[1] - range[0])) | 1);
            }
            OnsetFinder.Tangent tg = OnsetFinder.tangent(axis.values(), y, range[0], range[1],
                    p.number("baselineFraction"), points);
            if (Double.isNaN(tg.potential())) {
                r.warning("tangent method: no rising current on sweep " + (seg.index() + 1));
            } else {
                String in = range[0] == seg.from() && range[1] == seg.to() ? "" : String.format(Locale.ROOT,
                        "; window %.4f .. %.4f V", axis.values()[range[0]], axis.values()[range[1] - 1]);
                r.value("onset.tangent", "Onset potential (tangent method)", Quantity.of(tg.potential(), Units.VOLT),
                        String.format(Locale.ROOT, "%s; tangent at %.4f V, slope %.4g mA cm-2 V-1%s", scale,
                                tg.tangentAt(), sign * tg.tangentSlope(), in));
                r.value("tangent.at", "Tangent taken at", Quantity.of(tg.tangentAt(), Units.VOLT), scale);
                r.value("sweep.start", "Sweep start", Quantity.of(axis.values()[seg.from()], Units.VOLT), scale);
                r.value("tangent.slope", "Tangent slope dj/dE", Quantity.of(sign * tg.tangentSlope(),
                        Units.parse("mA cm-2 V-1")));
                r.value("tangent.intercept", "Tangent j at E = 0", Quantity.of(sign * tg.tangentIntercept(),
                        EchemAnalysis.MA_PER_CM2));
                r.value("background.slope", "Background slope dj/dE", Quantity.of(sign * tg.baseSlope(),
                        Units.parse("mA cm-2 V-1")));
                r.value("background.intercept", "Background j at E = 0", Quantity.of(sign * tg.baseIntercept(),
                        EchemAnalysis.MA_PER_CM2));
            }
        } catch (IllegalArgumentException ex) {
            r.warning("tangent method not applied: " + ex.getMessage());
        }
    }

    /**
     * The samples of the sweep the tangent method uses: all of it without a window, else the span from
     * the first to the last sample whose potential lies inside the window (a sweep is monotonic, so
     * this is the window's part of the sweep; noise at the edges cannot split it).
     */
    static int[] onsetRange(double[] e, ScanSegmenter.Segment seg, String window) {
        if (window.isBlank()) {
            return new int[] {seg.from(), seg.to()};
        }
        double[] w = QuantityText.values(QuantityText.parseList(window, Units.VOLT), Units.VOLT);
        if (w.length != 2) {
            throw new IllegalArgumentException("echem.lsv: 'onsetWindow' needs two potentials, got '" + window + "'");
        }
        double lo = Math.min(w[0], w[1]);
        double hi = Math.max(w[0], w[1]);
        int first = -1;
        int last = -1;
        for (int i = seg.from(); i < seg.to(); i++) {
            if (e[i] >= lo && e[i] <= hi) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "onsetWindow %.4f .. %.4f V does not overlap"
                    + " sweep %d (%.4f .. %.4f V)", lo, hi, seg.index() + 1, e[seg.from()], e[seg.to() - 1]));
        }
        return new int[] {first, last + 1};
    }

    static void peaks(Result.Builder r, PotentialAxis axis, double[] y, ScanSegmenter.Segment seg, Parameters p,
            double sign, double scanRate) {
        List<BaselinePeaks.Peak> found = new ArrayList<>();
        String window = p.text("peakWindow");
        if (!window.isBlank()) {
            double[] w = QuantityText.values(QuantityText.parseList(window, Units.VOLT), Units.VOLT);
            if (w.length != 2) {
                throw new IllegalArgumentException("echem.lsv: 'peakWindow' needs two potentials, got '" + window + "'");
            }
            BaselinePeaks.Peak pk = BaselinePeaks.inWindow(axis.values(), y, seg.from(), seg.to(), w[0], w[1]);
            if (pk == null) {
                r.warning("no peak between " + w[0] + " and " + w[1] + " V on sweep " + (seg.index() + 1));
            } else {
                found.add(pk);
            }
        } else {
            double prom = p.number("peakProminence");
            if (prom == 0) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = seg.from(); i < seg.to(); i++) {
                    if (Double.isFinite(y[i])) {
                        lo = Math.min(lo, y[i]);
                        hi = Math.max(hi, y[i]);
                    }
                }
                prom = 0.05 * (hi - lo);
            }
            found.addAll(BaselinePeaks.find(axis.values(), y, seg.from(), seg.to(), prom));
        }
        Table.Builder t = Table.builder("Peaks (" + (sign < 0 ? "reduction" : "oxidation") + ", sweep " + (seg.index() + 1)
                + ")").column("E", Units.VOLT).column("height |j|", EchemAnalysis.MA_PER_CM2)
                .column("area", Units.parse("mA cm-2 V")).column("charge density", Units.parse("mC/cm2"))
                .column("scale", null);
        int k = 0;
        for (BaselinePeaks.Peak pk : found) {
            if (++k > MAX_PEAKS) {
                r.warning(found.size() + " peaks found; the " + MAX_PEAKS + " most prominent are reported");
                break;
            }
            double charge = scanRate > 0 ? pk.area() / scanRate : Double.NaN;
            r.value("peak" + k + ".E", "Peak " + k + " potential", Quantity.of(pk.position(), Units.VOLT),
                    axis.scale().toString());
            r.value("peak" + k + ".height", "Peak " + k + " height above baseline", Quantity.of(pk.height(),
                    EchemAnalysis.MA_PER_CM2));
            r.value("peak" + k + ".area", "Peak " + k + " area", Quantity.of(pk.area(), Units.parse("mA cm-2 V")),
                    scanRate > 0 ? String.format(Locale.ROOT, "%.4g mC/cm² at the scan rate", charge) : "");
            t.row(pk.position(), pk.height(), pk.area(), charge, axis.scale().name());
        }
        r.table(t.build());
    }

    static void tafel(Result.Builder r, PotentialAxis axis, double[] y, ScanSegmenter.Segment seg, Parameters p) {
        String window = p.text("tafelWindow");
        if (window.isBlank()) {
            return;
        }
        double[] w = QuantityText.values(QuantityText.parseList(window, Units.VOLT), Units.VOLT);
        if (w.length != 2) {
            throw new IllegalArgumentException("echem.lsv: 'tafelWindow' needs two potentials, got '" + window + "'");
        }
        double lo = Math.min(w[0], w[1]);
        double hi = Math.max(w[0], w[1]);
        List<double[]> pts = new ArrayList<>();
        for (int i = seg.from(); i < seg.to(); i++) {
            double e = axis.values()[i];
            if (e >= lo && e <= hi && y[i] > 0 && Double.isFinite(e)) {
                pts.add(new double[] {Math.log10(y[i]), e});
            }
        }
        if (pts.size() < 3) {
            r.warning("Tafel window " + lo + " .. " + hi + " V holds " + pts.size() + " points with current in the"
                    + " analysed direction: no Tafel fit");
            return;
        }
        double[] x = new double[pts.size()];
        double[] e = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            e[i] = pts.get(i)[1];
        }
        LinearFitResult fit = LinearFit.fit(x, e);
        r.value("tafel.slope", "Tafel slope |dE/dlog|j||", Quantity.of(Math.abs(fit.slope()) * 1e3, fit.slopeStandardError() * 1e3,
                MV_PER_DEC), String.format(Locale.ROOT, "%d points, %.4f .. %.4f V %s", x.length, lo,
                        hi, axis.scale()));
        r.value("tafel.r2", "Tafel fit R²", Quantity.of(fit.rSquared(), Units.ONE));
        r.value("tafel.intercept", "Tafel E at |j| = 1 mA/cm²", Quantity.of(fit.intercept(), fit.interceptStandardError(),
                Units.VOLT), axis.scale().toString());
        double[] line = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            line[i] = fit.predict(x[i]);
        }
        r.curve(Dataset.builder("lsv.tafel", DatasetKind.GENERIC).name("Tafel points and fit")
                .column("log|j|", Units.ONE, x).potentialColumn("E", Units.VOLT, e, axis.scale())
                .potentialColumn("E fit", Units.VOLT, line, axis.scale()).build());
    }

    static Table segmentTable(List<ScanSegmenter.Segment> segments, double[] e, PotentialScale scale) {
        Table.Builder t = Table.builder("Sweeps (" + (scale == null ? "" : scale) + ", as recorded)")
                .column("sweep", Units.ONE).column("cycle", Units.ONE).column("direction", null)
                .column("E start", Units.VOLT).column("E end", Units.VOLT).column("points", Units.ONE);
        for (ScanSegmenter.Segment s : segments) {
            t.row(s.index() + 1, s.cycle(), s.direction() > 0 ? "anodic" : s.direction() < 0 ? "cathodic" : "flat",
                    e[s.from()], e[s.to() - 1], s.size());
        }
        return t.build();
    }

    /** The processed voltammogram: E on the target scale (iR-corrected), j, sweep and cycle numbers. */
    static Dataset processed(Dataset d, PotentialAxis axis, double[] j, List<ScanSegmenter.Segment> segments,
            double area) {
        double[] sweep = new double[j.length];
        double[] cycle = new double[j.length];
        for (ScanSegmenter.Segment s : segments) {
            for (int i = s.from(); i < s.to(); i++) {
                sweep[i] = s.index() + 1;
                cycle[i] = s.cycle();
            }
        }
        return Dataset.builder(d.id() + ".lsv", DatasetKind.VOLTAMMOGRAM).name(d.name() + " (processed)")
                .provenance(d.provenance()).meta("processing", axis.note()).meta("area", area + " cm2")
                .potentialColumn("E", Units.VOLT, axis.values(), axis.scale())
                .column("j", EchemAnalysis.MA_PER_CM2, j).column("sweep", Units.ONE, sweep)
                .column("cycle", Units.ONE, cycle).build();
    }
}
