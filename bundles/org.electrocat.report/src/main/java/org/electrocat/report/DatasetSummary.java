package org.electrocat.report;

import java.util.List;
import java.util.Map;
import org.electrocat.core.model.Provenance;

/**
 * What the report says about one input dataset: identity, size, columns (with units, e.g.
 * {@code E / V vs RHE}), provenance (source files with SHA-256, reader and version) and header
 * metadata.
 *
 * @param id         dataset id, unique in the study
 * @param name       human-readable name
 * @param kind       dataset kind ({@link org.electrocat.core.model.DatasetKind})
 * @param rows       number of rows
 * @param columns    column labels with units
 * @param provenance where it came from; {@code null} means none recorded
 * @param metadata   header fields worth showing; may be empty
 * @throws IllegalArgumentException when the id is missing or rows is negative
 */
public record DatasetSummary(String id, String name, String kind, int rows, List<String> columns,
        Provenance provenance, Map<String, String> metadata) {

    public DatasetSummary {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("dataset summary without id");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("dataset '" + id + "': rows = " + rows + " is negative");
        }
        name = name == null || name.isBlank() ? id : name;
        kind = kind == null ? "" : kind;
        columns = columns == null ? List.of() : List.copyOf(columns);
        provenance = provenance == null ? Provenance.NONE : provenance;
        metadata = ReportInput.ordered(metadata);
    }

    /** The summary of a dataset: its columns' labels, metadata and provenance. */
    public static DatasetSummary of(org.electrocat.core.model.Dataset d) {
        return new DatasetSummary(d.id(), d.name(), d.kind(), d.rows(),
                d.columns().stream().map(org.electrocat.core.model.Column::label).toList(), d.provenance(), d.metadata());
    }
}
