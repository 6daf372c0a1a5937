package org.electrocat.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What produced a dataset or result: the raw files it came from (with SHA-256, so a changed file is
 * noticed), the reader that read them, and every analysis step applied since, with its version and
 * parameters. Immutable; each step returns a new instance.
 *
 * @param sources raw inputs
 * @param steps   processing steps in order
 */
public record Provenance(List<Source> sources, List<Step> steps) {

    /**
     * A raw input file.
     *
     * @param file          path as given by the user or study
     * @param sha256        hex SHA-256 of the file's bytes
     * @param size          size in bytes
     * @param reader        id of the reader that read it
     * @param readerVersion version of the reader's bundle
     */
    public record Source(String file, String sha256, long size, String reader, String readerVersion) {
    }

    /**
     * One processing step.
     *
     * @param operation  analysis or processing id (e.g. {@code echem.cdl})
     * @param version    version of the code that ran it
     * @param parameters parameter values as text, in declaration order
     * @param at         when it ran
     */
    public record Step(String operation, String version, Map<String, String> parameters, Instant at) {
        public Step {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    public Provenance {
        sources = List.copyOf(sources);
        steps = List.copyOf(steps);
    }

    /** No recorded origin (data built in code). */
    public static final Provenance NONE = new Provenance(List.of(), List.of());

    /**
     * Provenance of a dataset read from {@code file}: computes the file's SHA-256.
     *
     * @throws IOException when the file cannot be read
     */
    public static Provenance ofFile(Path file, String readerId, String readerVersion) throws IOException {
        return new Provenance(List.of(new Source(file.toString(), sha256(file), Files.size(file), readerId,
                readerVersion)), List.of());
    }

    /** Adds a processing step. */
    public Provenance then(String operation, String version, Map<String, String> parameters) {
        List<Step> s = new ArrayList<>(steps);
        s.add(new Step(operation, version, parameters, Instant.now()));
        return new Provenance(sources, s);
    }

    /** Joins the provenance of several inputs (sources and steps in order, duplicates removed). */
    public static Provenance merge(List<Provenance> parts) {
        List<Source> src = new ArrayList<>();
        List<Step> st = new ArrayList<>();
        for (Provenance p : parts) {
            for (Source s : p.sources) {
                if (!src.contains(s)) {
                    src.add(s);
                }
            }
            for (Step s : p.steps) {
                if (!st.contains(s)) {
                    st.add(s);
                }
            }
        }
        return new Provenance(src, st);
    }

    /** Hex SHA-256 of a file, streamed. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
