package org.electrocat.fuzz.jazzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * In fuzzing mode, puts the seed files into the corpus Jazzer generates and reads at start
 * ({@code .cifuzz-corpus/<test class>/<method>/} under the module folder, git-ignored), so the
 * fuzzer starts from real instrument files without copying them into the repository. Seeds larger
 * than {@link #MAX_SEED_BYTES} are left out: they slow every mutation and the smaller samples
 * of the same format reach the same code. Does nothing in regression mode.
 */
final class CorpusSeeder {

    /** Largest seed file given to the fuzzer: 256 KiB. */
    static final long MAX_SEED_BYTES = 256 << 10;

    private CorpusSeeder() {
    }

    static void seed(Class<?> fuzzTests) throws IOException {
        if (!Contract.FUZZING) {
            return;
        }
        Path base = Paths.get(System.getProperty("jazzer.internal.basedir", "")).toAbsolutePath()
                .resolve(".cifuzz-corpus").resolve(fuzzTests.getName());
        int n = 0;
        if (fuzzTests == ReaderFuzzTests.class) {
            for (ReaderTarget t : ReaderTarget.values()) {
                Path dir = Files.createDirectories(base.resolve("fuzz" + t.name));
                for (Path seed : Seeds.of(t)) {
                    Path to = dir.resolve("seed-" + seed.getFileName());
                    if (Files.size(seed) <= MAX_SEED_BYTES && !Files.exists(to)) {
                        Files.copy(seed, to);
                        n++;
                    }
                }
            }
        } else {
            for (Map.Entry<String, byte[]> e : PluginRepositoryTarget.seeds().entrySet()) {
                String[] kindName = e.getKey().split("/");
                Path dir = Files.createDirectories(base.resolve(kindName[0].equals("index") ? "fuzzP2Index" : "fuzzP2Artifact"));
                Path to = dir.resolve("seed-" + kindName[1]);
                if (!Files.exists(to)) {
                    Files.write(to, e.getValue());
                    n++;
                }
            }
        }
        System.out.println("fuzz: " + n + " seed files added to " + base);
    }
}
