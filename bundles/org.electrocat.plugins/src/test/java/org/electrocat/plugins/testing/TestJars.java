package org.electrocat.plugins.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Writes small bundle jars (a manifest and optional extra entries) for tests. */
public final class TestJars {

    private TestJars() {
    }

    /** Headers of a bundle {@code name} {@code version}, to which tests add Export-/Import-Package etc. */
    public static Map<String, String> bundle(String name, String version) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Bundle-ManifestVersion", "2");
        h.put("Bundle-SymbolicName", name);
        h.put("Bundle-Version", version);
        return h;
    }

    /** Writes a jar with this manifest (and {@code entries}: name → UTF-8 text). */
    public static Path write(Path jar, Map<String, String> headers, Map<String, String> entries) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, mf)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                jos.putNextEntry(new ZipEntry(e.getKey()));
                jos.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jos.closeEntry();
            }
        }
        return jar;
    }

    public static Path write(Path jar, Map<String, String> headers) throws IOException {
        return write(jar, headers, Map.of());
    }
}
