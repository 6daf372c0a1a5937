package org.electrocat.fuzz.jazzer;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Regression mode for the plugin repository seeds: the valid repository each fuzz input varies
 * (every index form, both jars) must be read without any refusal (a seed the reader refused would
 * leave the fuzzer exploring error paths only), and then satisfy the {@link Contract}.
 */
class PluginSeedTest {

    @TestFactory
    Stream<DynamicTest> validRepositoryIsRead() throws Exception {
        return PluginRepositoryTarget.seeds().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            boolean index = e.getKey().startsWith("index/");
            PluginRepositoryTarget.Prepared p = index ? PluginRepositoryTarget.prepareIndex(e.getValue())
                    : PluginRepositoryTarget.prepareArtifact(e.getValue());
            p.reader().parse(p.fuzzed());
            if (index) {
                PluginRepositoryTarget.checkIndex(e.getValue());
            } else {
                PluginRepositoryTarget.checkArtifact(e.getValue());
            }
        }));
    }
}
