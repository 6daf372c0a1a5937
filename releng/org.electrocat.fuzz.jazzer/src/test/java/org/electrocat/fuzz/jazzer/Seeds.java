package org.electrocat.fuzz.jazzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds seed files: the instrument samples in {@code ../shared/data} (system property
 * {@code electrocat.shared}, set by the build; absent in some checkouts, then those seeds are
 * skipped visibly) and files in this repository ({@code repo:} prefix; property
 * {@code electrocat.repo}, else the folder above the working directory that holds
 * {@code examples/}). The files are read in place, never copied into the repository.
 */
final class Seeds {

    /** Small hand-written seeds of the mutation fuzzer bundle. */
    static final String FUZZ_BUNDLE = "repo:bundles/org.electrocat.fuzz/src/test/resources/seeds/";

    private Seeds() {
    }

    /** {@code ../shared/data}, or {@code null} when it is absent. */
    static Path shared() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("electrocat.shared");
        if (prop != null) {
            candidates.add(Paths.get(prop, "data"));
        }
        // in a git worktree ../shared is not beside the repository: look in the parent folders
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("shared/data"));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    /** The repository root. */
    static Path repo() {
        String prop = System.getProperty("electrocat.repo");
        if (prop != null && Files.isDirectory(Paths.get(prop, "examples"))) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/oxime-study")) && Files.isDirectory(p.resolve("bundles"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found above " + Paths.get("").toAbsolutePath());
    }

    /** The existing seed files of a target (a folder gives its files with the target's extension). */
    static List<Path> of(ReaderTarget t) {
        List<Path> out = new ArrayList<>();
        Path shared = shared();
        for (String s : t.seeds) {
            Path p = s.startsWith("repo:") ? repo().resolve(s.substring(5)) : shared == null ? null : shared.resolve(s);
            if (p == null) {
                continue;
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + t.extension.toLowerCase(Locale.ROOT)))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
