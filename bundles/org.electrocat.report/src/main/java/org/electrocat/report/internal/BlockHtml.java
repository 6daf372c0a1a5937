package org.electrocat.report.internal;

import java.util.List;
import java.util.function.Function;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;

/**
 * Renders the blocks of one result's section: headings, paragraphs, value lists, tables (at most
 * {@value #MAX_ROWS} rows on the page; the CSV has them all), charts as inline SVG figures, warnings.
 */
final class BlockHtml {

    static final int MAX_ROWS = 200;

    private final Html h;
    private final Function<NamedChart, String> svgOf;
    private final boolean csvWritten;
    private int figures;
    private int tables;

    /**
     * @param svgOf      the chart's inline SVG, or {@code null} when it could not be drawn
     * @param csvWritten whether CSV files exist to point a truncated table to
     */
    BlockHtml(Html h, Function<NamedChart, String> svgOf, boolean csvWritten) {
        this.h = h;
        this.svgOf = svgOf;
        this.csvWritten = csvWritten;
    }

    void render(EntryContent entry) {
        for (Block b : entry.blocks()) {
            if (b instanceof Block.Heading x) {
                h.el("h3", null, x.text());
            } else if (b instanceof Block.Paragraph x) {
                h.el("p", null, x.text());
            } else if (b instanceof Block.Values x) {
                values(x.values());
            } else if (b instanceof Block.TableBlock x) {
                table(x.table(), entry.fileOf(x.table()));
            } else if (b instanceof Block.Chart x) {
                chart(x.chart());
            } else if (b instanceof Block.Warning x) {
                warning(x.text());
            }
        }
    }

    void warning(String text) {
        h.raw("<div class=\"warning\" role=\"alert\"><strong>Warning: </strong>").text(text).raw("</div>");
    }

    void values(List<Result.Value> values) {
        h.open("table", "values").headerRow("Quantity", "#Value", "Unit", "Note").open("tbody", null);
        for (Result.Value v : values) {
            h.open("tr", null).open("td", null).text(v.label() == null || v.label().isBlank() ? v.key() : v.label());
            h.raw(" <span class=\"muted\">").text(v.key()).raw("</span>").close("td");
            h.el("td", "num", Formats.value(v.quantity())).el("td", null, Formats.unit(v.quantity().unit()))
                    .el("td", null, v.note()).close("tr");
        }
        h.close("tbody").close("table");
    }

    void table(Table t, String file) {
        tables++;
        int cols = t.headers().size();
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            for (List<Object> row : t.rows()) {
                Object cell = row.get(c);
                if (cell != null) {
                    numeric[c] = cell instanceof Number || cell instanceof Quantity;
                    break;
                }
            }
        }
        h.el("p", "caption", "Table " + tables + ". " + t.title());
        h.open("div", "scroll").open("table", null).open("thead", null).open("tr", null);
        for (int c = 0; c < cols; c++) {
            String unit = Formats.unit(t.units().get(c));
            h.el("th", numeric[c] ? "num" : null, t.headers().get(c) + (unit.isEmpty() ? "" : " / " + unit));
        }
        h.close("tr").close("thead").open("tbody", null);
        int shown = Math.min(MAX_ROWS, t.rows().size());
        for (int r = 0; r < shown; r++) {
            h.open("tr", null);
            List<Object> row = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                h.el("td", numeric[c] ? "num" : null, cell(row.get(c), t.units().get(c)));
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
        if (shown < t.rows().size()) {
            h.el("p", "muted", "Showing the first " + shown + " of " + t.rows().size() + " rows"
                    + (csvWritten && file != null ? "; all rows are in " + file + "." : "."));
        }
    }

    /** A cell as text; a quantity in the column's unit when the two are compatible. */
    static String cell(Object cell, Unit columnUnit) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Quantity q) {
            if (columnUnit != null && q.unit().isCompatible(columnUnit)) {
                return Formats.value(q.to(columnUnit));
            }
            String u = Formats.unit(q.unit());
            return Formats.value(q) + (u.isEmpty() ? "" : " " + u);
        }
        if (cell instanceof Number n) {
            return Formats.number(n.doubleValue());
        }
        return cell.toString();
    }

    void chart(NamedChart chart) {
        figures++;
        String svg = svgOf.apply(chart);
        if (svg == null) {
            warning("Chart '" + chart.id() + "' could not be drawn.");
            return;
        }
        h.raw("<figure id=\"figure-").raw(Integer.toString(figures)).raw("\">").raw(svg).open("figcaption", null)
                .text("Figure " + figures + ". " + chart.caption()).close("figcaption").close("figure");
    }
}
