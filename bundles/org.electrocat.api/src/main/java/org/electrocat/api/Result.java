package org.electrocat.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;

/**
 * The outcome of one analysis run: named scalar values with units and uncertainties, tables,
 * derived curves (as datasets, e.g. a fitted baseline or a harmonic envelope), warnings the user
 * must see, and the provenance that says how it was produced. Immutable.
 */
public final class Result {

    /**
     * A named scalar result.
     *
     * @param key      machine key, e.g. {@code cdl}
     * @param label    human label, e.g. {@code Double-layer capacitance}
     * @param quantity value, uncertainty and unit
     * @param note     how it was obtained or what it is compared with, may be empty
     */
    public record Value(String key, String label, Quantity quantity, String note) {
        public Value {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(quantity, "quantity of " + key);
            note = note == null ? "" : note;
        }
    }

    private final String id;
    private final String analysisId;
    private final String analysisVersion;
    private final String technique;
    private final String title;
    private final List<Value> values;
    private final List<Table> tables;
    private final List<Dataset> curves;
    private final List<String> warnings;
    private final Map<String, String> parameters;
    private final Provenance provenance;

    private Result(Builder b) {
        this.id = b.id;
        this.analysisId = b.analysisId;
        this.analysisVersion = b.analysisVersion;
        this.technique = b.technique;
        this.title = b.title;
        this.values = List.copyOf(b.values);
        this.tables = List.copyOf(b.tables);
        this.curves = List.copyOf(b.curves);
        this.warnings = List.copyOf(b.warnings);
        // keep declaration order: reports list parameters as the analysis declares them
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.provenance = b.provenance;
    }

    /**
     * Starts a result for {@code analysis} run as step {@code stepId}; the parameters and the merged
     * provenance of the inputs (plus this step) are recorded from the context.
     */
    public static Builder builder(Analysis analysis, AnalysisContext context) {
        List<Provenance> parts = new ArrayList<>();
        for (Dataset d : context.inputs()) {
            parts.add(d.provenance());
        }
        Provenance p = Provenance.merge(parts).then(analysis.id(), analysis.version(), context.parameters().asText());
        return new Builder(context.stepId(), analysis.id(), analysis.version(), analysis.technique())
                .title(analysis.label()).parameters(context.parameters().asText()).provenance(p);
    }

    /** Starts a result without an analysis object (for tests and library code). */
    public static Builder builder(String id, String analysisId, String version, String technique) {
        return new Builder(id, analysisId, version, technique);
    }

    /** The step id this result belongs to. */
    public String id() {
        return id;
    }

    public String analysisId() {
        return analysisId;
    }

    public String analysisVersion() {
        return analysisVersion;
    }

    public String technique() {
        return technique;
    }

    public String title() {
        return title;
    }

    public List<Value> values() {
        return values;
    }

    /** The value with the given key, if present. */
    public Optional<Value> value(String key) {
        return values.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    public List<Table> tables() {
        return tables;
    }

    /** Derived curves (fits, baselines, envelopes), as datasets. */
    public List<Dataset> curves() {
        return curves;
    }

    /** Problems the analysis worked around; the report shows them prominently. */
    public List<String> warnings() {
        return warnings;
    }

    /** Parameter values used, as normalised text with units. */
    public Map<String, String> parameters() {
        return parameters;
    }

    public Provenance provenance() {
        return provenance;
    }

    /**
     * A copy of this result with one more warning (used by the runtime to flag inputs the
     * analysis did not check, e.g. NaN values).
     */
    public Result withWarning(String warning) {
        Builder b = new Builder(id, analysisId, analysisVersion, technique).title(title).parameters(parameters)
                .provenance(provenance);
        values.forEach(b.values::add);
        tables.forEach(b::table);
        curves.forEach(b::curve);
        warnings.forEach(b::warning);
        return b.warning(warning).build();
    }

    @Override
    public String toString() {
        return "Result[" + id + " (" + analysisId + " " + analysisVersion + "): " + values + "]";
    }

    /** Builds a {@link Result}. */
    public static final class Builder {
        private final String id;
        private final String analysisId;
        private final String analysisVersion;
        private final String technique;
        private String title;
        private final List<Value> values = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<Dataset> curves = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private Provenance provenance = Provenance.NONE;

        private Builder(String id, String analysisId, String analysisVersion, String technique) {
            this.id = Objects.requireNonNull(id, "result id");
            this.analysisId = Objects.requireNonNull(analysisId, "analysis id");
            this.analysisVersion = Objects.requireNonNull(analysisVersion, "analysis version");
            this.technique = Objects.requireNonNull(technique, "technique");
            this.title = analysisId;
        }

        public Builder title(String t) {
            this.title = t;
            return this;
        }

        public Builder value(String key, String label, Quantity q) {
            values.add(new Value(key, label, q, ""));
            return this;
        }

        public Builder value(String key, String label, Quantity q, String note) {
            values.add(new Value(key, label, q, note));
            return this;
        }

        public Builder table(Table t) {
            tables.add(t);
            return this;
        }

        public Builder curve(Dataset d) {
            curves.add(d);
            return this;
        }

        public Builder warning(String w) {
            warnings.add(w);
            return this;
        }

        public Builder parameters(Map<String, String> p) {
            parameters.putAll(p);
            return this;
        }

        public Builder provenance(Provenance p) {
            this.provenance = Objects.requireNonNull(p);
            return this;
        }

        public Result build() {
            return new Result(this);
        }
    }
}
