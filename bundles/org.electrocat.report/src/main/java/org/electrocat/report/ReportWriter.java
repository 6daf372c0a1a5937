package org.electrocat.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.NamedChart;
import org.electrocat.chart.ChartExport;
import org.electrocat.io.AtomicFiles;
import org.electrocat.io.csv.Csv;
import org.electrocat.report.internal.EntryContent;
import org.electrocat.report.internal.HtmlPage;
import org.electrocat.report.internal.JsonResults;

/**
 * Turns a study run into its outputs in one folder:
 * <ul>
 * <li>{@code report.html} ({@code html}): one self-contained page (inline CSS, charts as inline SVG,
 * no scripts, nothing fetched) with title, description, warnings, contents, conditions, a summary of
 * every result's key values (value ± uncertainty with unit), one section per result (written by the
 * first {@link org.electrocat.api.ReportSection} that supports it, else a generic section), the
 * parameters of each result and a provenance appendix;</li>
 * <li>{@code results.json} ({@code json}): the same content for programs;</li>
 * <li>{@code tables/<result-id>-<n>.csv} ({@code csv}): every table, RFC 4180;</li>
 * <li>{@code charts/<result-id>-<chart-id>.png} and {@code .svg} ({@code png}, {@code svg}): every
 * chart, PNG at {@value #CHART_WIDTH} × {@value #CHART_HEIGHT} layout, rendered at 2× for print.</li>
 * </ul>
 * Every file is written atomically; the folder is created when missing; files already in it that
 * the report does not write are left alone (nothing is ever deleted). A section or chart that fails
 * does not stop the report: it is replaced by the generic section or a warning in place.
 */
public final class ReportWriter {

    /** The output formats {@link #write} understands. */
    public static final Set<String> FORMATS = Set.of("html", "json", "csv", "png", "svg");
    /** Chart layout size in pixels (CSS pixels in the HTML page). */
    public static final int CHART_WIDTH = 760;
    public static final int CHART_HEIGHT = 480;
    private static final double PNG_SCALE = 2;

    private ReportWriter() {
    }

    /**
     * Writes the requested outputs into {@code outDir}.
     *
     * @param formats a subset of {@link #FORMATS} (case-insensitive)
     * @return the files written; {@code html} / {@code json} are {@code null} when not requested
     * @throws IllegalArgumentException naming an unknown format, or when an argument is missing
     * @throws IOException              when the folder or a file cannot be written
     */
    public static ReportOutputs write(ReportInput in, Path outDir, Set<String> formats) throws IOException {
        if (in == null || outDir == null || formats == null) {
            throw new IllegalArgumentException("report input, output folder and formats are all required");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : formats) {
            String n = f == null ? "null" : f.trim().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(n)) {
                throw new IllegalArgumentException("unknown report format '" + f + "'; known: html, json, csv, png, svg");
            }
            wanted.add(n);
        }
        Files.createDirectories(outDir);
        List<EntryContent> entries = EntryContent.of(in.results());
        List<Path> csv = new ArrayList<>();
        List<Path> images = new ArrayList<>();
        Set<String> chartFormats = new LinkedHashSet<>();
        if (wanted.contains("csv")) {
            for (EntryContent e : entries) {
                for (EntryContent.TableFile t : e.tableFiles()) {
                    Path p = outDir.resolve(t.file());
                    AtomicFiles.write(p, out -> {
                        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        Csv.writeTable(t.table(), w);
                        w.flush();
                    });
                    csv.add(p);
                }
            }
        }
        Map<NamedChart, String> failed = new IdentityHashMap<>();
        for (String ext : List.of("png", "svg")) {
            if (!wanted.contains(ext)) {
                continue;
            }
            chartFormats.add(ext);
            for (EntryContent e : entries) {
                for (EntryContent.ChartFile c : e.chartFiles()) {
                    Path p = outDir.resolve(c.file() + "." + ext);
                    try {
                        if (ext.equals("png")) {
                            ChartExport.png(c.chart().chart(), p, CHART_WIDTH, CHART_HEIGHT, PNG_SCALE);
                        } else {
                            ChartExport.svg(c.chart().chart(), CHART_WIDTH, CHART_HEIGHT, p);
                        }
                        images.add(p);
                    } catch (RuntimeException | LinkageError | StackOverflowError ex) {
                        // a plugin's chart that cannot be drawn must not cost the user the whole report
                        failed.put(c.chart(), ex.toString());
                    }
                }
            }
        }
        Path json = null;
        if (wanted.contains("json")) {
            json = outDir.resolve("results.json");
            boolean withCsv = wanted.contains("csv");
            AtomicFiles.write(json, out -> JsonResults.write(in, entries, chartFormats, withCsv, out));
        }
        Path html = null;
        if (wanted.contains("html")) {
            html = outDir.resolve("report.html");
            String page = HtmlPage.render(in, entries, chart -> inlineSvg(chart, failed), wanted.contains("csv"));
            AtomicFiles.writeString(html, page);
        }
        return new ReportOutputs(html, json, csv, images);
    }

    private static String inlineSvg(NamedChart chart, Map<NamedChart, String> failed) {
        if (failed.containsKey(chart)) {
            return null;
        }
        try {
            return ChartExport.svg(chart.chart(), CHART_WIDTH, CHART_HEIGHT);
        } catch (RuntimeException | LinkageError | StackOverflowError ex) {
            return null;
        }
    }
}
