package org.electrocat.report.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;

/**
 * The {@link ReportBuilder} handed to report sections. It records the blocks in order, rejecting
 * null content with a message that names the section, and {@link HtmlPage} renders them (escaped)
 * into the self-contained HTML report; {@link JsonResults} and the CSV/chart writers read the same
 * blocks. Plugins never write HTML themselves.
 */
public final class HtmlReportBuilder implements ReportBuilder {

    private final String owner;
    private final List<Block> blocks = new ArrayList<>();

    /** @param owner who writes through this builder, for error messages (e.g. the section's class) */
    public HtmlReportBuilder(String owner) {
        this.owner = owner;
    }

    @Override
    public void heading(String text) {
        blocks.add(new Block.Heading(require(text, "heading")));
    }

    @Override
    public void paragraph(String text) {
        blocks.add(new Block.Paragraph(require(text, "paragraph")));
    }

    @Override
    public void values(List<Result.Value> values) {
        require(values, "values");
        if (!values.isEmpty()) {
            blocks.add(new Block.Values(values));
        }
    }

    @Override
    public void table(Table table) {
        blocks.add(new Block.TableBlock(require(table, "table")));
    }

    @Override
    public void chart(NamedChart chart) {
        blocks.add(new Block.Chart(require(chart, "chart")));
    }

    @Override
    public void warning(String text) {
        blocks.add(new Block.Warning(require(text, "warning")));
    }

    /** The blocks added so far, in order. */
    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** Appends a block (used to complete a plugin's section with what it left out). */
    void add(Block b) {
        blocks.add(b);
    }

    private <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(owner + " added a null " + what + " to the report");
        }
        return value;
    }
}
