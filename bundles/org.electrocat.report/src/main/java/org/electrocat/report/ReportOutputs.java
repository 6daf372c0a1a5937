package org.electrocat.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The files {@link ReportWriter#write} wrote.
 *
 * @param html   {@code report.html}, or {@code null} when not asked for
 * @param json   {@code results.json}, or {@code null} when not asked for
 * @param csv    {@code tables/<result-id>-<n>.csv}, one per table
 * @param images {@code charts/<result-id>-<chart-id>.png|svg}
 */
public record ReportOutputs(Path html, Path json, List<Path> csv, List<Path> images) {

    public ReportOutputs {
        csv = csv == null ? List.of() : List.copyOf(csv);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** Every file written, for listing or packaging. */
    public List<Path> all() {
        java.util.ArrayList<Path> all = new java.util.ArrayList<>();
        if (html != null) {
            all.add(html);
        }
        if (json != null) {
            all.add(json);
        }
        all.addAll(csv);
        all.addAll(images);
        return all;
    }
}
