package org.electrocat.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Provenance;
import org.electrocat.report.DatasetSummary;
import org.electrocat.report.ReportInput;

/**
 * The whole report page: heading, warnings, contents, conditions, summary of results, datasets, one
 * section per result (with its parameters) and the provenance appendix. One self-contained file:
 * inline CSS, charts as inline SVG, no scripts and no external resources.
 */
public final class HtmlPage {

    private HtmlPage() {
    }

    /**
     * Renders the page.
     *
     * @param svgOf      inline SVG of a chart, or {@code null} when it could not be drawn
     * @param csvWritten whether the CSV tables were written next to the page
     */
    public static String render(ReportInput in, List<EntryContent> entries, Function<NamedChart, String> svgOf,
            boolean csvWritten) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        Html h = new Html(sb);
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .raw("<meta name=\"generator\" content=\"ElectroCat\"/><title>").text(in.title()).raw("</title><style>")
                .raw(Css.STYLE).raw("</style></head>\n<body><main>\n");
        header(h, in, entries);
        alerts(h, entries);
        contents(h, entries);
        h.raw("\n<section id=\"conditions\">").el("h2", null, "Conditions")
                .keyValues(in.conditions(), "No conditions were recorded.").raw("</section>\n");
        summary(h, entries);
        datasets(h, in.datasets());
        BlockHtml blocks = new BlockHtml(h, svgOf, csvWritten);
        for (int i = 0; i < entries.size(); i++) {
            result(h, blocks, i + 1, entries.get(i));
        }
        ProvenanceHtml.appendix(h, in, entries);
        h.raw("<footer>").text("Written by ElectroCat on " + in.created() + ". Values are given as value ± standard "
                + "uncertainty (one sigma) where the uncertainty was determined.").raw("</footer>\n");
        h.raw("</main></body></html>\n");
        return sb.toString();
    }

    private static void header(Html h, ReportInput in, List<EntryContent> entries) {
        h.raw("<header>").el("h1", null, in.title()).el("p", "meta", "Created " + in.created() + " · "
                + in.datasets().size() + " dataset" + (in.datasets().size() == 1 ? "" : "s") + " · " + entries.size()
                + " result" + (entries.size() == 1 ? "" : "s"));
        for (String para : in.description().split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                h.el("p", null, para.trim());
            }
        }
        h.raw("</header>\n");
    }

    private static void alerts(Html h, List<EntryContent> entries) {
        int n = entries.stream().mapToInt(e -> e.warnings().size()).sum();
        if (n == 0) {
            return;
        }
        h.raw("<section id=\"warnings\" class=\"alerts\" role=\"alert\">").el("h2", null, n == 1 ? "1 warning"
                : n + " warnings").open("ul", null);
        for (EntryContent e : entries) {
            for (String w : e.warnings()) {
                h.open("li", null).link(e.anchor(), title(e.result())).text(": " + w).close("li");
            }
        }
        h.close("ul").raw("</section>\n");
    }

    private static void contents(Html h, List<EntryContent> entries) {
        h.raw("<nav class=\"toc\">").el("h2", null, "Contents").open("ol", null);
        h.open("li", null).link("conditions", "Conditions").close("li");
        h.open("li", null).link("summary", "Summary of results").close("li");
        h.open("li", null).link("datasets", "Datasets").close("li");
        h.open("li", null).text("Results").open("ol", null);
        for (EntryContent e : entries) {
            h.open("li", null).link(e.anchor(), title(e.result()));
            if (!e.warnings().isEmpty()) {
                h.raw(" <span class=\"flag\">").text("⚠ " + e.warnings().size()).raw("</span>");
            }
            h.close("li");
        }
        h.close("ol").close("li");
        h.open("li", null).link("provenance", "Appendix: provenance").close("li");
        h.close("ol").raw("</nav>\n");
    }

    private static void summary(Html h, List<EntryContent> entries) {
        h.raw("<section id=\"summary\">").el("h2", null, "Summary of results");
        if (entries.stream().allMatch(e -> e.result().values().isEmpty())) {
            h.el("p", "muted", "No result has key values.").raw("</section>\n");
            return;
        }
        h.raw("<div class=\"scroll\">").open("table", "summary").headerRow("Result", "Quantity", "#Value", "Unit", "Note")
                .open("tbody", null);
        for (EntryContent e : entries) {
            List<Result.Value> values = e.result().values();
            for (int i = 0; i < values.size(); i++) {
                Result.Value v = values.get(i);
                h.raw(i == 0 ? "<tr class=\"first\">" : "<tr>");
                if (i == 0) {
                    // the result's name once, spanning its values
                    h.raw("<td rowspan=\"" + values.size() + "\">").link(e.anchor(), title(e.result()));
                    if (!e.warnings().isEmpty()) {
                        h.raw(" <span class=\"flag\" title=\"see warnings\">⚠</span>");
                    }
                    h.close("td");
                }
                h.el("td", null, v.label() == null || v.label().isBlank() ? v.key() : v.label())
                        .el("td", "num", Formats.value(v.quantity())).el("td", null, Formats.unit(v.quantity().unit()))
                        .el("td", null, v.note()).close("tr");
            }
        }
        h.close("tbody").close("table").raw("</div></section>\n");
    }

    private static void datasets(Html h, List<DatasetSummary> datasets) {
        h.raw("<section id=\"datasets\">").el("h2", null, "Datasets");
        if (datasets.isEmpty()) {
            h.el("p", "muted", "No datasets were recorded.").raw("</section>\n");
            return;
        }
        h.raw("<div class=\"scroll\">").open("table", null).headerRow("Id", "Name", "Kind", "#Rows", "Columns", "Source")
                .open("tbody", null);
        for (DatasetSummary d : datasets) {
            List<String> files = new ArrayList<>();
            for (Provenance.Source s : d.provenance().sources()) {
                files.add(s.file());
            }
            h.open("tr", null).el("td", null, d.id()).el("td", null, d.name()).el("td", null, d.kind())
                    .el("td", "num", Integer.toString(d.rows())).el("td", null, String.join(", ", d.columns()))
                    .el("td", null, files.isEmpty() ? "—" : String.join(", ", files)).close("tr");
        }
        h.close("tbody").close("table").raw("</div></section>\n");
    }

    private static void result(Html h, BlockHtml blocks, int n, EntryContent e) {
        Result r = e.result();
        h.raw("\n").openWithId("section", e.anchor(), "result").el("h2", null, n + ". " + title(r));
        h.el("p", "meta", "Analysis " + r.analysisId() + " " + r.analysisVersion() + " · technique " + r.technique()
                + " · step " + r.id() + (e.writtenBy().equals("generic") ? "" : " · section by " + e.writtenBy()));
        blocks.render(e);
        h.el("h3", null, "Parameters").keyValues(parameters(r), "This analysis has no parameters.");
        h.raw("</section>\n");
    }

    /**
     * The parameters in declaration order when the result's last provenance step recorded them (the
     * result's own map does not keep order), else sorted by name.
     */
    static Map<String, String> parameters(Result r) {
        List<Provenance.Step> steps = r.provenance().steps();
        if (!steps.isEmpty()) {
            Provenance.Step last = steps.get(steps.size() - 1);
            if (last.operation().equals(r.analysisId()) && last.parameters().equals(r.parameters())) {
                return last.parameters();
            }
        }
        return new TreeMap<>(r.parameters());
    }

    static String title(Result r) {
        return r.title() == null || r.title().isBlank() ? r.id() : r.title();
    }
}
