package org.electrocat.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample study's full report to {@code <java.io.tmpdir>/electrocat-sample-report} so a
 * person can open report.html and the chart files and judge how they look.
 */
class SampleReportTest {

    @Test
    void rendersTheSampleReport() throws Exception {
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "electrocat-sample-report");
        Path inputs = Files.createDirectories(out.resolve("inputs"));
        SampleStudy s = new SampleStudy(inputs);
        ReportOutputs o = ReportWriter.write(s.input, out, Set.of("html", "json", "csv", "png", "svg"));
        assertTrue(Files.size(o.html()) > 10_000);
        System.out.println("sample report: " + o.html().toAbsolutePath());
    }
}
