package org.electrocat.fuzz.jazzer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz tests of the plugin repository reader (see {@link PluginRepositoryTarget}):
 * the p2 indexes ({@code artifacts.xml}/{@code content.xml}, plain or in their jar) and the
 * artifact jars (bundle manifest, {@code feature.xml}). Regression inputs live in
 * {@code src/test/resources/org/electrocat/fuzz/jazzer/PluginRepositoryFuzzTestsInputs/<method>/}.
 */
class PluginRepositoryFuzzTests {

    @BeforeAll
    static void seedTheGeneratedCorpus() throws IOException {
        CorpusSeeder.seed(PluginRepositoryFuzzTests.class);
    }

    /** artifacts.xml, content.xml, artifacts.jar, content.jar (first byte picks). */
    @FuzzTest
    void fuzzP2Index(byte[] input) throws IOException {
        PluginRepositoryTarget.checkIndex(input);
    }

    /** Bundle jar (first byte even) or feature jar (odd), with a matching checksum. */
    @FuzzTest
    void fuzzP2Artifact(byte[] input) throws IOException {
        PluginRepositoryTarget.checkArtifact(input);
    }
}
