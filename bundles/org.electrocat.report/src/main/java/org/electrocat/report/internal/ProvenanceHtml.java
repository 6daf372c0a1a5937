package org.electrocat.report.internal;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.core.model.Provenance;
import org.electrocat.report.DatasetSummary;
import org.electrocat.report.ReportInput;

/**
 * The provenance appendix: every input file with its size and SHA-256 and the reader (and version)
 * that read it; every analysis step with its version, parameters and time; the software versions;
 * the creation time. Enough to redo the run and to notice a changed input file.
 */
final class ProvenanceHtml {

    private ProvenanceHtml() {
    }

    static void appendix(Html h, ReportInput in, List<EntryContent> entries) {
        h.raw("\n<section id=\"provenance\">").el("h2", null, "Appendix: provenance");
        h.el("h3", null, "Input files");
        Map<String, Provenance.Source> files = inputFiles(in, entries);
        if (files.isEmpty()) {
            h.el("p", "muted", "No input file was recorded.");
        } else {
            h.raw("<div class=\"scroll\">").open("table", null)
                    .headerRow("File", "#Size / bytes", "SHA-256", "Reader", "Reader version").open("tbody", null);
            for (Provenance.Source s : files.values()) {
                h.open("tr", null).el("td", null, s.file()).el("td", "num", Long.toString(s.size()))
                        .el("td", "hash", s.sha256()).el("td", null, s.reader()).el("td", null, s.readerVersion())
                        .close("tr");
            }
            h.close("tbody").close("table").raw("</div>");
        }
        h.el("h3", null, "Analysis steps");
        boolean any = false;
        for (EntryContent e : entries) {
            any |= !e.result().provenance().steps().isEmpty();
        }
        if (!any) {
            h.el("p", "muted", "No analysis step was recorded.");
        } else {
            h.raw("<div class=\"scroll\">").open("table", null)
                    .headerRow("Result", "Operation", "Version", "Parameters", "Run at").open("tbody", null);
            for (EntryContent e : entries) {
                for (Provenance.Step s : e.result().provenance().steps()) {
                    h.open("tr", null).open("td", null).link(e.anchor(), e.result().id()).close("td")
                            .el("td", null, s.operation()).el("td", null, s.version())
                            .el("td", null, parameters(s.parameters())).el("td", null, s.at() == null ? "—" : s.at().truncatedTo(ChronoUnit.SECONDS).toString())
                            .close("tr");
                }
            }
            h.close("tbody").close("table").raw("</div>");
        }
        h.el("h3", null, "Software").keyValues(in.software(), "No software versions were recorded.");
        h.el("p", "meta", "Report created " + in.created() + ".");
        h.raw("</section>\n");
    }

    /** Input files of datasets and results, each once (same path and checksum). */
    static Map<String, Provenance.Source> inputFiles(ReportInput in, List<EntryContent> entries) {
        Map<String, Provenance.Source> files = new LinkedHashMap<>();
        for (DatasetSummary d : in.datasets()) {
            for (Provenance.Source s : d.provenance().sources()) {
                files.putIfAbsent(s.file() + "\n" + s.sha256(), s);
            }
        }
        for (EntryContent e : entries) {
            for (Provenance.Source s : e.result().provenance().sources()) {
                files.putIfAbsent(s.file() + "\n" + s.sha256(), s);
            }
        }
        return files;
    }

    private static String parameters(Map<String, String> p) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : p.entrySet()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(e.getKey()).append(" = ").append(e.getValue());
        }
        return sb.length() == 0 ? "—" : sb.toString();
    }
}
