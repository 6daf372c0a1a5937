package org.electrocat.vibspec.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.VibspecTechnique;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.model.SpectrumSeries;

/**
 * What the vibspec analyses share: the input kinds they accept, and running a per-spectrum step over
 * every spectrum of every input, writing back one processed dataset per input (a series stays a
 * series, in long form with its extra columns concatenated) with the input's provenance plus this
 * step.
 */
public final class SpectrumAnalyses {

    /** Input kinds of every vibspec analysis: spectra, series, and generic two-column text. */
    public static final List<String> KINDS = List.of(DatasetKind.SPECTRUM, SpectrumKeys.SERIES_KIND,
            DatasetKind.GENERIC);

    /** Most warnings listed one by one (a long series could otherwise bury the report in them). */
    static final int MAX_WARNINGS = 20;

    /** A processing step applied to one spectrum; may add warnings. */
    @FunctionalInterface
    public interface Step {
        Processed apply(Spectrum s, List<String> warnings);
    }

    private SpectrumAnalyses() {
    }

    /**
     * Runs {@code step} on every spectrum of every input and returns the result builder with one
     * curve per input dataset and the warnings collected; the caller may add values and tables.
     */
    public static Result.Builder process(Analysis analysis, AnalysisContext ctx, Step step) {
        Result.Builder r = Result.builder(analysis, ctx);
        List<String> warnings = new ArrayList<>();
        int done = 0;
        for (Dataset d : ctx.inputs()) {
            List<Spectrum> in = spectra(d);
            ctx.monitor().begin(analysis.label() + " of " + d.id(), in.size());
            List<Processed> out = new ArrayList<>();
            for (Spectrum s : in) {
                ctx.monitor().checkCancelled();
                List<String> w = new ArrayList<>();
                out.add(step.apply(s, w));
                for (String msg : w) {
                    warnings.add(in.size() > 1 ? s.label() + ": " + msg : d.id() + ": " + msg);
                }
                ctx.monitor().worked(1);
                done++;
            }
            Provenance p = d.provenance().then(analysis.id(), analysis.version(), ctx.parameters().asText());
            r.curve(SpectrumKeys.SERIES_KIND.equals(d.kind()) ? series(out, d.id(), p) : single(out.get(0), d.id(), p));
        }
        List<String> distinct = warnings.stream().distinct().toList();
        distinct.stream().limit(MAX_WARNINGS).forEach(r::warning);
        if (distinct.size() > MAX_WARNINGS) {
            r.warning("... and " + (distinct.size() - MAX_WARNINGS) + " more warnings of the same kind");
        }
        return r;
    }

    /** The spectra of one input, with a clear message when it is not a spectrum. */
    public static List<Spectrum> spectra(Dataset d) {
        List<Spectrum> s = SpectrumSeries.spectra(d);
        for (Spectrum sp : s) {
            if (sp.size() < 3) {
                throw new IllegalArgumentException("dataset '" + d.id() + "' (" + sp.name() + ") has " + sp.size()
                        + " points: too few for a spectrum");
            }
        }
        return s;
    }

    /** Every spectrum of every input of the context. */
    public static List<Spectrum> spectra(AnalysisContext ctx) {
        List<Spectrum> out = new ArrayList<>();
        for (Dataset d : ctx.inputs()) {
            out.addAll(spectra(d));
        }
        return out;
    }

    private static Dataset single(Processed p, String id, Provenance prov) {
        List<Column> extra = new ArrayList<>();
        for (Map.Entry<String, Processed.Extra> e : p.extra().entrySet()) {
            extra.add(new Column(e.getKey(), e.getValue().unit(), e.getValue().values()));
        }
        return p.spectrum().toDataset(id, prov, extra.toArray(new Column[0]));
    }

    private static Dataset series(List<Processed> out, String id, Provenance prov) {
        List<Spectrum> spectra = new ArrayList<>();
        for (Processed p : out) {
            spectra.add(p.spectrum());
        }
        Dataset base = SpectrumSeries.toDataset(spectra, id, prov);
        Dataset.Builder b = base.toBuilder();
        for (String name : out.get(0).extra().keySet()) {
            double[] all = new double[base.rows()];
            int at = 0;
            boolean complete = true;
            for (Processed p : out) {
                Processed.Extra e = p.extra().get(name);
                if (e == null || e.values().length != p.spectrum().size()) {
                    complete = false;
                    break;
                }
                System.arraycopy(e.values(), 0, all, at, e.values().length);
                at += e.values().length;
            }
            if (complete) {
                b.column(new Column(name, out.get(0).extra().get(name).unit(), all));
            }
        }
        return b.build();
    }

    /** A parameter for an optional list of positions in cm-1, given as text ({@code "715, 1096"}). */
    public static ParameterSpec positions(String name, String label, String description) {
        return ParameterSpec.text(name, label, "", description);
    }

    /**
     * Parses a list of numbers ({@code "715, 1096 cm-1"}, separators comma, semicolon or blank); empty
     * text gives an empty array.
     *
     * @throws IllegalArgumentException naming the parameter and the item that is not a number
     */
    public static double[] numbers(String text, String parameter) {
        String t = text.replace("cm-1", " ").replace("cm⁻¹", " ").strip();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("[,;\\s]+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter '" + parameter + "': '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException("parameter '" + parameter + "': " + parts[i] + " is not finite");
            }
        }
        return out;
    }

    /** The provenance of a result of {@code analysis} on the context's inputs (as Result.builder records it). */
    public static Provenance provenance(Analysis analysis, AnalysisContext ctx) {
        List<Provenance> parts = new ArrayList<>();
        for (Dataset d : ctx.inputs()) {
            parts.add(d.provenance());
        }
        return Provenance.merge(parts).then(analysis.id(), analysis.version(), ctx.parameters().asText());
    }

    /** The technique's version, recorded by every analysis. */
    static String version() {
        return VibspecTechnique.VERSION;
    }

    /** Dimensionless unit, for counts in values. */
    static org.electrocat.core.units.Unit one() {
        return Units.ONE;
    }
}
