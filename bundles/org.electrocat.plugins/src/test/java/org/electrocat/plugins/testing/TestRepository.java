package org.electrocat.plugins.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.electrocat.plugins.p2.Checksums;

/**
 * Writes a small p2 simple repository the way Tycho lays it out (artifacts.jar and content.jar
 * holding artifacts.xml/content.xml, features/ and plugins/), for tests. Checksums and sizes are
 * computed from the files written, like p2's publisher does.
 */
public final class TestRepository {

    private final Path dir;
    private final List<String[]> artifacts = new ArrayList<>(); // classifier, id, version, file
    private final Map<String, String> features = new LinkedHashMap<>(); // id_version -> label
    private final Map<String, List<String>> categories = new LinkedHashMap<>();
    private boolean withSha256 = true;

    public TestRepository(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Leaves SHA-256 out of artifacts.xml (as very old p2 did). */
    public TestRepository withoutSha256() {
        withSha256 = false;
        return this;
    }

    /** Adds a bundle jar with these manifest headers; returns its file. */
    public Path bundle(Map<String, String> headers) throws IOException {
        String id = headers.get("Bundle-SymbolicName").split(";")[0].trim();
        String version = headers.get("Bundle-Version");
        Path jar = TestJars.write(dir.resolve("plugins/" + id + "_" + version + ".jar"), headers);
        artifacts.add(new String[] {"osgi.bundle", id, version, jar.toString()});
        return jar;
    }

    /**
     * Adds a feature whose feature.xml lists {@code plugins} ("id version" each) and has
     * {@code extraXml} (e.g. a {@code <requires>} block) inside {@code <feature>}.
     */
    public Path feature(String id, String version, String label, String extraXml, String... plugins) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feature id=\"" + id
                + "\" label=\"" + label + "\" version=\"" + version + "\">\n<description>" + label + " for tests</description>\n");
        xml.append(extraXml).append('\n');
        for (String p : plugins) {
            String[] iv = p.split(" ");
            xml.append("<plugin id=\"").append(iv[0]).append("\" version=\"").append(iv[1]).append("\" unpack=\"false\"/>\n");
        }
        xml.append("</feature>\n");
        Path jar = dir.resolve("features/" + id + "_" + version + ".jar");
        TestJars.write(jar, Map.of(), Map.of("feature.xml", xml.toString()));
        artifacts.add(new String[] {"org.eclipse.update.feature", id, version, jar.toString()});
        features.put(id + "_" + version, label);
        return jar;
    }

    /** Lists features (by id) in a category. */
    public TestRepository category(String label, String... featureIds) {
        categories.put(label, List.of(featureIds));
        return this;
    }

    /** Writes artifacts.jar and content.jar. */
    public TestRepository publish() throws IOException {
        StringBuilder a = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n"
                + "<repository name='test' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
                + "<mappings size='2'>\n"
                + "<rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>\n"
                + "<rule filter='(&amp; (classifier=org.eclipse.update.feature))' output='${repoUrl}/features/${id}_${version}.jar'/>\n"
                + "</mappings>\n<artifacts size='" + artifacts.size() + "'>\n");
        for (String[] art : artifacts) {
            Path f = Path.of(art[3]);
            a.append("<artifact classifier='").append(art[0]).append("' id='").append(art[1]).append("' version='")
                    .append(art[2]).append("'>\n<properties>\n<property name='download.size' value='")
                    .append(Files.size(f)).append("'/>\n");
            if (withSha256) {
                a.append("<property name='download.checksum.sha-256' value='").append(Checksums.sha256(f)).append("'/>\n");
            }
            a.append("</properties>\n</artifact>\n");
        }
        a.append("</artifacts>\n</repository>\n");
        zip(dir.resolve("artifacts.jar"), "artifacts.xml", a.toString());
        StringBuilder c = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
                + "<repository name='test' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository'"
                + " version='1'>\n<units>\n");
        for (Map.Entry<String, String> f : features.entrySet()) {
            int us = f.getKey().lastIndexOf('_');
            c.append("<unit id='").append(f.getKey(), 0, us).append(".feature.group' version='")
                    .append(f.getKey().substring(us + 1)).append("'>\n<properties>\n")
                    .append("<property name='org.eclipse.equinox.p2.name' value='").append(f.getValue()).append("'/>\n")
                    .append("<property name='org.eclipse.equinox.p2.description' value='").append(f.getValue())
                    .append(" for tests'/>\n<property name='org.eclipse.equinox.p2.type.group' value='true'/>\n")
                    .append("</properties>\n</unit>\n");
        }
        for (Map.Entry<String, List<String>> cat : categories.entrySet()) {
            c.append("<unit id='test.").append(cat.getKey().replace(' ', '_')).append("' version='1.0.0'>\n<properties>\n")
                    .append("<property name='org.eclipse.equinox.p2.name' value='").append(cat.getKey()).append("'/>\n")
                    .append("<property name='org.eclipse.equinox.p2.type.category' value='true'/>\n</properties>\n<requires>\n");
            for (String id : cat.getValue()) {
                c.append("<required namespace='org.eclipse.equinox.p2.iu' name='").append(id)
                        .append(".feature.group' range='0.0.0'/>\n");
            }
            c.append("</requires>\n</unit>\n");
        }
        c.append("</units>\n</repository>\n");
        zip(dir.resolve("content.jar"), "content.xml", c.toString());
        return this;
    }

    static void zip(Path file, String entry, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }
}
