package org.electrocat.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;

/**
 * The unit of data that flows through ElectroCat: named columns of equal length (each a primitive
 * array with one unit), free-form metadata from the file header, and the provenance that says
 * where it came from. A file may hold several datasets (e.g. an OCV curve and an impedance
 * spectrum); readers return each as its own dataset.
 *
 * <p>Immutable once built; derive changed copies with {@link #toBuilder()}.
 */
public final class Dataset {

    private final String id;
    private final String name;
    private final String kind;
    private final List<Column> columns;
    private final Map<String, String> metadata;
    private final Provenance provenance;

    private Dataset(Builder b) {
        this.id = Objects.requireNonNull(b.id, "dataset id");
        this.name = b.name == null ? b.id : b.name;
        this.kind = Objects.requireNonNull(b.kind, "dataset kind");
        this.columns = List.copyOf(b.columns);
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.provenance = b.provenance;
        int n = -1;
        for (Column c : columns) {
            if (n >= 0 && c.size() != n) {
                throw new IllegalArgumentException("dataset '" + id + "': column '" + c.name() + "' has " + c.size()
                        + " values but the first column has " + n);
            }
            n = c.size();
        }
    }

    public static Builder builder(String id, String kind) {
        return new Builder(id, kind);
    }

    /** Short identifier, unique within a study (e.g. {@code ca_m1.6V}). */
    public String id() {
        return id;
    }

    /** Human-readable name (defaults to the id). */
    public String name() {
        return name;
    }

    /** One of {@link DatasetKind} or a plugin-defined kind. */
    public String kind() {
        return kind;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Number of rows (0 for a dataset without columns). */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    /** Header fields from the file and values set by readers ({@code technique}, {@code scan.rate} ...). */
    public Map<String, String> metadata() {
        return metadata;
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The column called {@code columnName}, if present. */
    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The column called {@code columnName}.
     *
     * @throws IllegalArgumentException naming the dataset and the columns it has
     */
    public Column require(String columnName) {
        return column(columnName).orElseThrow(() -> new IllegalArgumentException("dataset '" + id
                + "' has no column '" + columnName + "' (it has " + columnNames() + ")"));
    }

    /** The first column whose unit has the dimension of {@code like} (e.g. the first current column). */
    public Optional<Column> firstCompatible(Unit like) {
        for (Column c : columns) {
            if (c.unit().isCompatible(like)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first potential column (one with a reference scale). */
    public Optional<Column> potential() {
        for (Column c : columns) {
            if (c.isPotential()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (Column c : columns) {
            names.add(c.name());
        }
        return names;
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, kind).name(name).provenance(provenance);
        b.columns.addAll(columns);
        b.metadata.putAll(metadata);
        return b;
    }

    @Override
    public String toString() {
        return "Dataset[" + id + ", " + kind + ", " + rows() + " rows, " + columnNames() + "]";
    }

    /** Builds a {@link Dataset}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String name;
        private final String kind;
        private final List<Column> columns = new ArrayList<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private Provenance provenance = Provenance.NONE;

        private Builder(String id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder id(String newId) {
            this.id = newId;
            return this;
        }

        public Builder name(String n) {
            this.name = n;
            return this;
        }

        public Builder column(Column c) {
            columns.removeIf(existing -> existing.name().equals(c.name()));
            columns.add(c);
            return this;
        }

        public Builder column(String columnName, Unit unit, double[] values) {
            return column(new Column(columnName, unit, values));
        }

        public Builder potentialColumn(String columnName, Unit unit, double[] values, PotentialScale scale) {
            return column(new Column(columnName, unit, values, Objects.requireNonNull(scale, "reference scale")));
        }

        public Builder meta(String key, String value) {
            if (value != null) {
                metadata.put(key, value);
            }
            return this;
        }

        public Builder metadata(Map<String, String> m) {
            metadata.putAll(m);
            return this;
        }

        public Builder provenance(Provenance p) {
            this.provenance = Objects.requireNonNull(p, "provenance");
            return this;
        }

        public Dataset build() {
            return new Dataset(this);
        }
    }
}
