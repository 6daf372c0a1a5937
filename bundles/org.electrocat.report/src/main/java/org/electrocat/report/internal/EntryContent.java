package org.electrocat.report.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.report.ResultEntry;

/**
 * One result ready to render: the blocks of its section (a plugin's or the generic one), completed
 * with any result warning or contributed chart the plugin left out, and the file names of its
 * tables and charts. Built once, read by the HTML, JSON, CSV and chart writers alike.
 */
public final class EntryContent {

    private final Result result;
    private final String fileId;
    private final String writtenBy;
    private final List<Block> blocks;
    private final Map<Table, String> tableFiles = new IdentityHashMap<>();
    private final Map<NamedChart, String> chartFiles = new IdentityHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<NamedChart> charts = new ArrayList<>();

    /** A table of the section and its CSV name relative to the report folder. */
    public record TableFile(Table table, String file) {
    }

    /** A chart of the section and its file name without extension, relative to the report folder. */
    public record ChartFile(NamedChart chart, String file) {
    }

    private EntryContent(Result result, String fileId, String writtenBy, List<Block> blocks) {
        this.result = result;
        this.fileId = fileId;
        this.writtenBy = writtenBy;
        this.blocks = List.copyOf(blocks);
        int n = 0;
        FileNames chartIds = new FileNames();
        for (Block b : this.blocks) {
            if (b instanceof Block.TableBlock t && !tableFiles.containsKey(t.table())) {
                tableFiles.put(t.table(), "tables/" + fileId + "-" + (++n) + ".csv");
                tables.add(t.table());
            } else if (b instanceof Block.Chart c && !chartFiles.containsKey(c.chart())) {
                chartFiles.put(c.chart(), "charts/" + fileId + "-" + chartIds.unique(c.chart().id()));
                charts.add(c.chart());
            }
        }
    }

    /** Builds the content of every entry, with result file ids unique across the report. */
    public static List<EntryContent> of(List<ResultEntry> entries) {
        FileNames ids = new FileNames();
        List<EntryContent> out = new ArrayList<>();
        for (ResultEntry e : entries) {
            out.add(of(e, ids.unique(e.result().id())));
        }
        return out;
    }

    private static EntryContent of(ResultEntry entry, String fileId) {
        Result r = entry.result();
        List<String> problems = new ArrayList<>();
        ReportSection section = null;
        for (ReportSection s : entry.sections()) {
            try {
                if (s != null && s.supports(r)) {
                    section = s;
                    break;
                }
            } catch (RuntimeException | LinkageError | StackOverflowError ex) {
                problems.add("Report section " + s.getClass().getName() + " could not decide whether it shows this result: "
                        + ex);
            }
        }
        HtmlReportBuilder builder = null;
        String by = "generic";
        if (section != null) {
            builder = new HtmlReportBuilder(section.getClass().getName());
            try {
                section.write(r, builder);
                by = section.getClass().getName();
            } catch (RuntimeException | LinkageError | StackOverflowError ex) {
                problems.add("Report section " + section.getClass().getName() + " failed (" + ex
                        + "); the generic section is shown instead.");
                builder = null;
            }
        }
        if (builder == null) {
            builder = new HtmlReportBuilder("generic section");
            GenericSection.write(r, entry.charts(), builder);
        }
        return new EntryContent(r, fileId, by, complete(builder.blocks(), r, entry.charts(), problems));
    }

    /** Puts missing warnings first and appends contributed charts the section did not show. */
    private static List<Block> complete(List<Block> written, Result r, List<NamedChart> charts, List<String> problems) {
        List<String> shownWarnings = new ArrayList<>();
        Map<String, NamedChart> shownCharts = new LinkedHashMap<>();
        for (Block b : written) {
            if (b instanceof Block.Warning w) {
                shownWarnings.add(w.text());
            } else if (b instanceof Block.Chart c) {
                shownCharts.put(c.chart().id(), c.chart());
            }
        }
        List<Block> out = new ArrayList<>();
        for (String p : problems) {
            out.add(new Block.Warning(p));
        }
        for (String w : r.warnings()) {
            if (!shownWarnings.contains(w)) {
                out.add(new Block.Warning(w));
            }
        }
        out.addAll(written);
        for (NamedChart c : charts) {
            if (!shownCharts.containsKey(c.id())) {
                out.add(new Block.Chart(c));
            }
        }
        return out;
    }

    public Result result() {
        return result;
    }

    /** The result id made safe for file names and unique in the report. */
    public String fileId() {
        return fileId;
    }

    /** The page anchor of this result's section. */
    public String anchor() {
        return "result-" + fileId;
    }

    /** Class name of the section that wrote the blocks, or {@code generic}. */
    public String writtenBy() {
        return writtenBy;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Every warning shown in the section, in order. */
    public List<String> warnings() {
        return blocks.stream().filter(b -> b instanceof Block.Warning).map(b -> ((Block.Warning) b).text()).toList();
    }

    /** The section's tables in order with their CSV names. */
    public List<TableFile> tableFiles() {
        return tables.stream().map(t -> new TableFile(t, tableFiles.get(t))).toList();
    }

    /** The section's charts in order with their file names (without extension). */
    public List<ChartFile> chartFiles() {
        return charts.stream().map(c -> new ChartFile(c, chartFiles.get(c))).toList();
    }

    /** The CSV name of a table of this section. */
    public String fileOf(Table t) {
        return tableFiles.get(t);
    }

    /** The file name (without extension) of a chart of this section. */
    public String fileOf(NamedChart c) {
        return chartFiles.get(c);
    }
}
