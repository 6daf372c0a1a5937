package org.electrocat.fuzz.jazzer;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Regression mode for the seed corpus: every sample file a target is fuzzed from (instrument
 * samples in {@code ../shared/data}, the oxime example study, the mutation fuzzer's small seeds)
 * must satisfy the {@link Contract} unchanged, within the time and allocation limits. The
 * {@code @FuzzTest}s replay only the committed inputs; the samples are not copied into the
 * repository, so they are replayed here.
 */
class SeedCorpusTest {

    @TestFactory
    Stream<DynamicContainer> everySeedSatisfiesTheContract() {
        return Arrays.stream(ReaderTarget.values()).map(t -> DynamicContainer.dynamicContainer(t.name,
                seedTests(t)));
    }

    private static Stream<DynamicTest> seedTests(ReaderTarget t) {
        List<Path> seeds = Seeds.of(t);
        DynamicTest any = DynamicTest.dynamicTest("has seeds", () -> {
            boolean onlyShared = t.seeds.stream().noneMatch(s -> s.startsWith("repo:"));
            Assumptions.assumeFalse(onlyShared && Seeds.shared() == null,
                    "../shared/data absent: skipping the sample seeds of " + t.name);
            assertFalse(seeds.isEmpty(), "no seed file found for " + t.name + " in " + t.seeds);
        });
        return Stream.concat(Stream.of(any), seeds.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> t.check(Files.readAllBytes(p)))));
    }
}
