package org.electrocat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.electrocat.report.internal.Block;
import org.electrocat.report.internal.HtmlReportBuilder;
import org.junit.jupiter.api.Test;

class HtmlReportBuilderTest {

    @Test
    void recordsBlocksInOrderAndRejectsNullNamingTheSection() {
        HtmlReportBuilder b = new HtmlReportBuilder("com.example.XpsSection");
        b.heading("Peaks");
        b.paragraph("Shirley background.");
        b.values(List.of());
        b.warning("C 1s reference missing");
        assertEquals(List.of(new Block.Heading("Peaks"), new Block.Paragraph("Shirley background."),
                new Block.Warning("C 1s reference missing")), b.blocks(), "empty value lists are dropped");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.table(null));
        assertTrue(e.getMessage().contains("com.example.XpsSection") && e.getMessage().contains("table"));
    }
}
