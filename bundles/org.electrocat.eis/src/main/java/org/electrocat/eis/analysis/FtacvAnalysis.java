package org.electrocat.eis.analysis;

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
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.eis.ftacv.BandWindow;
import org.electrocat.eis.ftacv.Ftacv;
import org.electrocat.eis.ftacv.HarmonicExtractor;
import org.osgi.service.component.annotations.Component;

/**
 * {@code eis.ftacv}: Fourier-transformed AC voltammetry (Bond et al., Anal. Chem. 77 (2005) 186A).
 * From a time-series dataset with the current and the applied potential: the base frequency
 * (given or detected), the AC amplitude ΔE, the DC current and harmonics 1..N as envelopes against
 * time and against the DC potential, and the power spectrum. The reference study reads the 5th
 * harmonic of a 10 Hz, 0.1 V modulation. Method and exactness: {@link HarmonicExtractor}.
 *
 * <p>Parameters: {@code frequency} (Hz, 0 = detect), {@code harmonics} (N, 6), {@code bandwidth}
 * (Hz, 0 = f/2), {@code window} (rectangular | hann | tukey), {@code envelopePoints} (4096),
 * {@code current}/{@code potential}/{@code time} (column names).
 */
@Component(service = Analysis.class, property = {"electrocat.id=eis.ftacv", "electrocat.technique=eis"})
public final class FtacvAnalysis extends EisAnalysis {

    /** Largest number of spectrum points kept for the chart. */
    static final int SPECTRUM_POINTS = 4000;

    @Override
    public String id() {
        return "eis.ftacv";
    }

    @Override
    public String label() {
        return "FTACV harmonics";
    }

    @Override
    public String description() {
        return "Real FFT of the current of an AC voltammogram (any record length), band-pass around k·f for k = 1..N,"
                + " inverse transform of the positive-frequency band to the analytic signal, whose modulus is the k-th"
                + " harmonic envelope; the band around 0 gives the DC current and, from the applied potential, the DC"
                + " potential. Envelopes are evaluated exactly on a decimated time grid (L-point inverse FFT per band).";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.TIME_SERIES, DatasetKind.VOLTAMMOGRAM, DatasetKind.GENERIC);
    }

    @Override
    public int maxInputs() {
        return 1;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("frequency", "AC frequency", "Hz", 0.0,
                        "Frequency f of the sine modulation; 0 detects it as the strongest line of the applied potential.")
                        .range(0, 1e9),
                ParameterSpec.integer("harmonics", "Harmonics", 6, "Highest harmonic N extracted.").range(1, 1000),
                ParameterSpec.number("bandwidth", "Band width", "Hz", 0.0,
                        "Full width of the band kept around each k·f (and around 0 for DC); 0 means f/2.")
                        .range(0, 1e9),
                ParameterSpec.choice("window", "Band shape", "rectangular", List.of("rectangular", "hann", "tukey"),
                        "Flat band, or raised-cosine edges (less ringing near sharp features)."),
                ParameterSpec.integer("envelopePoints", "Envelope points", 4096,
                        "Time points of the envelopes (rounded up to a power of two; at least twice the band's bins).")
                        .range(16, 1 << 24),
                ParameterSpec.text("current", "Current column", "I", "Column of the current."),
                ParameterSpec.text("potential", "Potential column", "E",
                        "Column of the applied potential (empty or missing: harmonics against time only)."),
                ParameterSpec.text("time", "Time column", "time", "Column of the time."));
    }

    @Override
    public Result run(AnalysisContext context) {
        Dataset d = inputs(context).get(0);
        Parameters p = context.parameters();
        Result.Builder r = Result.builder(this, context);
        Column time = column(d, p.text("time"), Units.SECOND, "time");
        Column current = column(d, p.text("current"), Units.AMPERE, "current");
        Column potential = p.text("potential").isBlank() ? null
                : d.column(p.text("potential")).orElse(d.potential().orElse(null));
        if (potential == null) {
            r.warning("no potential column: harmonics are given against time only, and f must be given or is"
                    + " detected from the current");
        }
        double[] t = time.unit().isDimensionless() ? time.array() : time.valuesIn(Units.SECOND);
        double dt = Sampling.interval(d.id(), t, r);
        double[] i = finite(d, current);
        double[] e = potential == null ? null : finite(d, potential);
        context.monitor().checkCancelled();
        Ftacv.Harmonics h = Ftacv.analyse(i, e, dt, t[0], new Ftacv.Settings(p.number("frequency"),
                p.integer("harmonics"), p.number("bandwidth"), BandWindow.parse(p.choice("window")),
                p.integer("envelopePoints")));
        Unit iu = current.unit();
        r.value("frequency", "AC frequency f", Quantity.of(h.frequency(), Units.HERTZ),
                h.detected() ? "detected from the " + (potential != null ? "potential" : "current") : "as given");
        if (potential != null) {
            r.value("amplitude", "AC amplitude ΔE", Quantity.of(h.acAmplitude(), potential.unit()),
                    "median first-harmonic envelope of the potential");
        }
        r.value("bandwidth", "Band width", Quantity.of(h.bandwidth(), Units.HERTZ));
        r.value("samples", "Samples", Quantity.of(i.length, Units.ONE),
                String.format(Locale.ROOT, "dt = %.6g s, resolution %.4g Hz", dt, h.extractor().resolution()));
        Table.Builder tab = Table.builder("Harmonic envelopes").column("Harmonic", null).column("k·f", Units.HERTZ)
                .column("Maximum", iu).column("Median", iu).column("t at maximum", Units.SECOND);
        if (potential != null) {
            tab.column("E_dc at maximum", potential.unit());
        }
        for (int k = 1; k <= h.count(); k++) {
            double[] env = h.envelopes()[k - 1];
            int at = argmax(env);
            double[] sorted = env.clone();
            java.util.Arrays.sort(sorted);
            if (potential != null) {
                tab.row(k, k * h.frequency(), env[at], sorted[env.length / 2], h.time()[at], h.dcPotential()[at]);
            } else {
                tab.row(k, k * h.frequency(), env[at], sorted[env.length / 2], h.time()[at]);
            }
            r.value("h" + k + "max", "Harmonic " + k + " maximum", Quantity.of(env[at], iu),
                    potential == null ? "" : String.format(Locale.ROOT, "at E_dc = %.4g %s", h.dcPotential()[at],
                            potential.unit().symbol()));
        }
        r.table(tab.build());
        r.curve(harmonics(d, h, iu, potential));
        r.curve(spectrum(d, h, iu));
        return r.build();
    }

    private static Dataset harmonics(Dataset d, Ftacv.Harmonics h, Unit iu, Column potential) {
        Dataset.Builder b = Dataset.builder(d.id() + ".harmonics", DatasetKind.TIME_SERIES)
                .name("FTACV harmonics of " + d.name()).provenance(d.provenance()).meta(Curves.ROLE, "harmonics")
                .meta("eis.frequency", String.valueOf(h.frequency()))
                .column("time", Units.SECOND, h.time());
        if (potential != null) {
            b.column(new Column("E_dc", potential.unit(), h.dcPotential(), potential.scale()));
        }
        b.column("I_dc", iu, h.dcCurrent());
        for (int k = 1; k <= h.count(); k++) {
            b.column("|I_" + k + "|", iu, h.envelopes()[k - 1]);
        }
        return b.build();
    }

    /** Amplitude spectrum up to (N + 1)·f, max-decimated to at most SPECTRUM_POINTS points. */
    private static Dataset spectrum(Dataset d, Ftacv.Harmonics h, Unit iu) {
        HarmonicExtractor x = h.extractor();
        double df = x.resolution();
        int last = (int) Math.min(x.length() / 2, Math.ceil((h.count() + 1) * h.frequency() / df));
        int bins = last + 1;
        int per = Math.max(1, (int) Math.ceil(bins / (double) SPECTRUM_POINTS));
        int m = (bins + per - 1) / per;
        double[] f = new double[m];
        double[] a = new double[m];
        for (int k = 0; k < m; k++) {
            int best = k * per;
            for (int j = k * per; j < Math.min(bins, (k + 1) * per); j++) {
                if (x.amplitude(j) > x.amplitude(best)) {
                    best = j;
                }
            }
            f[k] = best * df;
            a[k] = x.amplitude(best);
        }
        return Dataset.builder(d.id() + ".spectrum", DatasetKind.SPECTRUM).name("amplitude spectrum of " + d.name())
                .provenance(d.provenance()).meta(Curves.ROLE, "spectrum")
                .meta("decimated", per > 1 ? bins + " bins shown as " + m + " (maximum per group)" : null)
                .column("f", Units.HERTZ, f).column("|I(f)|", iu, a).build();
    }

    private Column column(Dataset d, String name, Unit like, String what) {
        Column c = d.column(name).orElse(null);
        if (c == null) {
            c = d.firstCompatible(like).orElseThrow(() -> new IllegalArgumentException(id() + ": dataset '" + d.id()
                    + "' has no " + what + " column '" + name + "' and none in " + like.symbol() + " (it has "
                    + d.columnNames() + ")"));
        }
        if (!c.unit().isCompatible(like) && !c.unit().isDimensionless()) {
            throw new IllegalArgumentException(id() + ": column '" + c.name() + "' of '" + d.id() + "' is in "
                    + c.unit().symbol() + ", not a " + what + " unit");
        }
        return c;
    }

    private double[] finite(Dataset d, Column c) {
        int bad = c.firstNonFinite();
        if (bad >= 0) {
            throw new IllegalArgumentException(id() + ": column '" + c.name() + "' of '" + d.id() + "' has "
                    + c.get(bad) + " at row " + (bad + 1) + "; FTACV needs a complete record");
        }
        return c.array();
    }

    private static int argmax(double[] a) {
        int k = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] > a[k]) {
                k = i;
            }
        }
        return k;
    }
}
