package org.electrocat.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per minimized crashing input found by fuzzing: {@code regressions/<reader>/<bug>.<ext>}
 * must now be read or refused with a FormatException/IOException naming the file, within the time
 * limit. {@code regressions/open/<reader>/} holds bugs still open in bundles this work may not change;
 * they run only with {@code -Dfuzz.strict=true} (and fail until fixed).
 */
class RegressionCorpusTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> fixedBugsStayFixed() throws IOException {
        return corpus(root(), false);
    }

    @TestFactory
    Stream<DynamicTest> openBugsInOtherBundles() throws IOException {
        return corpus(root().resolve("open"), true);
    }

    private Stream<DynamicTest> corpus(Path dir, boolean open) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> open || !f.startsWith(dir.resolve("open"))).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> {
            if (open) {
                Assumptions.assumeTrue(Boolean.getBoolean("fuzz.strict"),
                        "open bug in a bundle owned elsewhere (run with -Dfuzz.strict=true): " + f.getFileName());
            }
            FuzzTarget target = FuzzTarget.byName(f.getParent().getFileName().toString());
            try (ReadHarness h = new ReadHarness(tmp)) {
                ReadHarness.Outcome o = h.run(target, Files.readAllBytes(f));
                assertFalse(o.isBug(), () -> f + ": " + o.bug() + ": " + o.error());
            }
        }));
    }

    private static Path root() {
        return Paths.get(System.getProperty("fuzz.testClasses", "target/test-classes")).resolve("regressions");
    }
}
