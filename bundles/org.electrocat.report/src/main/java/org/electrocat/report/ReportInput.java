package org.electrocat.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows about one study run. Maps keep the order they are given in (conditions
 * read best in the order the study lists them).
 *
 * @param title       study title (the report's heading)
 * @param description free text; blank lines separate paragraphs; may be empty
 * @param conditions  experimental conditions as text with units, e.g. {@code electrolyte → 0.1 M KHCO3},
 *                    {@code T → 298 K}
 * @param datasets    the datasets the study read
 * @param results     one entry per analysis step, in study order
 * @param software    component → version, e.g. {@code org.electrocat.echem → 0.1.0}, {@code Java → 17.0.15}
 * @param created     when the run finished (shown in the report and the provenance appendix)
 * @throws IllegalArgumentException when the title or the creation time is missing
 */
public record ReportInput(String title, String description, Map<String, String> conditions,
        List<DatasetSummary> datasets, List<ResultEntry> results, Map<String, String> software, Instant created) {

    public ReportInput {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("report title is missing");
        }
        if (created == null) {
            throw new IllegalArgumentException("report '" + title + "': creation time is missing");
        }
        description = description == null ? "" : description;
        conditions = ordered(conditions);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        results = results == null ? List.of() : List.copyOf(results);
        software = ordered(software);
    }

    static Map<String, String> ordered(Map<String, String> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
