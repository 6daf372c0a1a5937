package org.electrocat.fuzz.jazzer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.electrocat.api.FormatException;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.p2.Artifact;
import org.electrocat.plugins.p2.FeatureGroup;
import org.electrocat.plugins.p2.P2Repository;

/**
 * The plugin repository reader ({@code org.electrocat.plugins.p2}) as a fuzz target. The first
 * input byte picks what the rest of the input is, inside an otherwise valid p2 repository folder
 * {@code p2-repo} (one feature, one bundle, as Tycho lays them out):
 * <ul>
 * <li>{@link #checkIndex}: 0 {@code artifacts.xml}, 1 {@code content.xml}, 2 {@code artifacts.jar},
 * 3 {@code content.jar} (the ZIP wrapper Tycho writes); the repository is opened and every
 * feature it lists is read;</li>
 * <li>{@link #checkArtifact}: even: the bundle jar, odd: the feature jar, listed in artifacts.xml
 * with its true size and SHA-256 so that the checksum passes and the archive, manifest and
 * {@code feature.xml} parsing is what gets fuzzed.</li>
 * </ul>
 * Documented refusals: {@link PluginException}, and {@link FormatException} where the API declares
 * {@code IOException} (feature jar entries); the message must name the repository folder.
 */
final class PluginRepositoryTarget {

    static final String BUNDLE = "org.example.uvvis";
    static final String FEATURE = "org.example.uvvis.feature";
    static final String VERSION = "1.0.0";
    private static final String REPO = "p2-repo";

    private PluginRepositoryTarget() {
    }

    /** Reads the repository holding the fuzzed index file (one instance: see {@link Contract}'s warm-up). */
    private static final Contract.Parser INDEX_READER = f -> readAll(f.getParent());

    /** Reads the fuzzed jar ({@code <repo>/plugins/} or {@code <repo>/features/}) through the repository. */
    private static final Contract.Parser ARTIFACT_READER = f -> {
        boolean isFeature = f.getParent().getFileName().toString().equals("features");
        P2Repository repo = P2Repository.open(f.getParent().getParent());
        Artifact a = repo.artifact(isFeature ? Artifact.FEATURE : Artifact.BUNDLE, isFeature ? FEATURE : BUNDLE,
                org.osgi.framework.Version.parseVersion(VERSION)).orElseThrow();
        if (isFeature) {
            repo.feature(a);
        } else {
            repo.bundle(a);
        }
    };

    /** One input laid out in the repository folder: which file is fuzzed and how to read it. */
    record Prepared(Path dir, Path fuzzed, int size, Contract.Parser reader) {
    }

    /** Fuzzed index file (artifacts/content, xml/jar) in a repository with valid jars. */
    static void checkIndex(byte[] input) throws IOException {
        Prepared p = prepareIndex(input);
        Contract.check(p.fuzzed(), REPO, p.size(), p.reader(), PluginException.class);
    }

    /** Fuzzed bundle or feature jar, listed with its true checksum. */
    static void checkArtifact(byte[] input) throws IOException {
        Prepared p = prepareArtifact(input);
        Contract.check(p.fuzzed(), REPO, p.size(), p.reader(), PluginException.class, FormatException.class);
    }

    static Prepared prepareIndex(byte[] input) throws IOException {
        int mode = input.length == 0 ? 0 : input[0] & 3;
        byte[] body = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        Path dir = freshRepository();
        byte[] bundle = bundleJar();
        byte[] feature = featureJar();
        Files.write(dir.resolve("plugins/" + BUNDLE + "_" + VERSION + ".jar"), bundle);
        Files.write(dir.resolve("features/" + FEATURE + "_" + VERSION + ".jar"), feature);
        String artifacts = artifactsXml(bundle, feature);
        String content = contentXml();
        Path fuzzed = switch (mode) {
            case 0 -> write(dir.resolve("artifacts.xml"), body, dir.resolve("content.xml"), content);
            case 1 -> write(dir.resolve("content.xml"), body, dir.resolve("artifacts.xml"), artifacts);
            case 2 -> write(dir.resolve("artifacts.jar"), body, dir.resolve("content.xml"), content);
            default -> write(dir.resolve("content.jar"), body, dir.resolve("artifacts.xml"), artifacts);
        };
        return new Prepared(dir, fuzzed, body.length, INDEX_READER);
    }

    static Prepared prepareArtifact(byte[] input) throws IOException {
        boolean isFeature = input.length > 0 && (input[0] & 1) == 1;
        byte[] body = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        Path dir = freshRepository();
        byte[] bundle = isFeature ? bundleJar() : body;
        byte[] feature = isFeature ? body : featureJar();
        Path jar = isFeature ? dir.resolve("features/" + FEATURE + "_" + VERSION + ".jar")
                : dir.resolve("plugins/" + BUNDLE + "_" + VERSION + ".jar");
        Files.write(dir.resolve("plugins/" + BUNDLE + "_" + VERSION + ".jar"), bundle);
        Files.write(dir.resolve("features/" + FEATURE + "_" + VERSION + ".jar"), feature);
        Files.writeString(dir.resolve("artifacts.xml"), artifactsXml(bundle, feature));
        Files.writeString(dir.resolve("content.xml"), contentXml());
        return new Prepared(dir, jar, body.length, ARTIFACT_READER);
    }

    /** Opens the repository and reads what the plugin manager reads before installing. */
    private static void readAll(Path dir) throws Exception {
        P2Repository repo = P2Repository.open(dir);
        for (FeatureGroup g : repo.features()) {
            for (Artifact a : repo.artifacts(Artifact.FEATURE, g.id())) {
                repo.feature(a);
            }
        }
        for (Artifact a : repo.artifacts()) {
            if (a.classifier().equals(Artifact.BUNDLE)) {
                repo.bundle(a);
            }
        }
    }

    private static Path freshRepository() throws IOException {
        Path dir = Contract.scratchDir().resolve(REPO);
        for (String f : new String[] {"artifacts.xml", "artifacts.jar", "content.xml", "content.jar"}) {
            Files.deleteIfExists(dir.resolve(f));
        }
        Files.createDirectories(dir.resolve("plugins"));
        Files.createDirectories(dir.resolve("features"));
        return dir;
    }

    private static Path write(Path fuzzed, byte[] body, Path other, String otherText) throws IOException {
        Files.write(fuzzed, body);
        Files.writeString(other, otherText);
        return fuzzed;
    }

    /** A bundle jar with a manifest importing the API, entries STORED so the bytes are reproducible. */
    static byte[] bundleJar() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\n"
                + "Bundle-SymbolicName: " + BUNDLE + ";singleton:=true\r\nBundle-Version: " + VERSION + "\r\n"
                + "Import-Package: org.electrocat.api;version=\"[1.0,2)\"\r\n"
                + "Export-Package: org.example.uvvis;version=\"1.0.0\";uses:=\"org.electrocat.api\"\r\n"
                + "Require-Capability: osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\"\r\n\r\n");
        entries.put("org/example/uvvis/README.txt", "a UV-vis technique plugin for tests\n");
        return zip(entries);
    }

    /** A feature jar whose feature.xml lists the bundle and imports the platform feature. */
    static byte[] featureJar() throws IOException {
        return zip(Map.of("feature.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feature id=\"" + FEATURE
                + "\" label=\"UV-vis\" version=\"" + VERSION + "\">\n<description>UV-vis for tests</description>\n"
                + "<requires><import feature=\"org.electrocat.platform.feature\" version=\"0.1.0\" match=\"equivalent\"/>"
                + "<import plugin=\"org.electrocat.api\" version=\"[0.1,1)\"/></requires>\n"
                + "<includes id=\"org.example.lib.feature\" version=\"1.0.0\" optional=\"true\"/>\n"
                + "<plugin id=\"" + BUNDLE + "\" version=\"" + VERSION + "\" unpack=\"false\"/>\n</feature>\n"));
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] b = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry ze = new ZipEntry(e.getKey());
                ze.setMethod(ZipEntry.STORED);
                ze.setSize(b.length);
                CRC32 crc = new CRC32();
                crc.update(b);
                ze.setCrc(crc.getValue());
                ze.setTime(946684800000L); // fixed timestamp: reproducible bytes and checksums
                z.putNextEntry(ze);
                z.write(b);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** artifacts.xml with Tycho's mapping rules and the jars' true sizes and SHA-256. */
    static String artifactsXml(byte[] bundle, byte[] feature) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n"
                + "<repository name='fuzz' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
                + "<mappings size='2'>\n"
                + "<rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>\n"
                + "<rule filter='(&amp; (classifier=org.eclipse.update.feature))' output='${repoUrl}/features/${id}_${version}.jar'/>\n"
                + "</mappings>\n<artifacts size='2'>\n"
                + artifact("osgi.bundle", BUNDLE, bundle) + artifact("org.eclipse.update.feature", FEATURE, feature)
                + "</artifacts>\n</repository>\n";
    }

    private static String artifact(String classifier, String id, byte[] file) {
        String sha;
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            sha = java.util.HexFormat.of().formatHex(md.digest(file));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return "<artifact classifier='" + classifier + "' id='" + id + "' version='" + VERSION + "'>\n<properties size='2'>\n"
                + "<property name='download.size' value='" + file.length + "'/>\n"
                + "<property name='download.checksum.sha-256' value='" + sha + "'/>\n</properties>\n</artifact>\n";
    }

    /** content.xml with the feature group and a category listing it. */
    static String contentXml() {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
                + "<repository name='fuzz' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository'"
                + " version='1'>\n<units size='2'>\n"
                + "<unit id='" + FEATURE + ".group' version='" + VERSION + "'>\n<properties size='3'>\n"
                + "<property name='org.eclipse.equinox.p2.name' value='UV-vis'/>\n"
                + "<property name='org.eclipse.equinox.p2.description' value='UV-vis for tests'/>\n"
                + "<property name='org.eclipse.equinox.p2.type.group' value='true'/>\n</properties>\n</unit>\n"
                + "<unit id='fuzz.techniques' version='1.0.0'>\n<properties size='2'>\n"
                + "<property name='org.eclipse.equinox.p2.name' value='Techniques'/>\n"
                + "<property name='org.eclipse.equinox.p2.type.category' value='true'/>\n</properties>\n<requires size='1'>\n"
                + "<required namespace='org.eclipse.equinox.p2.iu' name='" + FEATURE + ".group' range='0.0.0'/>\n"
                + "</requires>\n</unit>\n</units>\n</repository>\n";
    }

    /** The seed inputs: every index mode and both jars with their valid content. */
    static Map<String, byte[]> seeds() throws IOException {
        Map<String, byte[]> s = new LinkedHashMap<>();
        byte[] a = artifactsXml(bundleJar(), featureJar()).getBytes(StandardCharsets.UTF_8);
        byte[] c = contentXml().getBytes(StandardCharsets.UTF_8);
        s.put("index/artifacts-xml", prefixed(0, a));
        s.put("index/content-xml", prefixed(1, c));
        s.put("index/artifacts-jar", prefixed(2, zip(Map.of("artifacts.xml", new String(a, StandardCharsets.UTF_8)))));
        s.put("index/content-jar", prefixed(3, zip(Map.of("content.xml", new String(c, StandardCharsets.UTF_8)))));
        s.put("artifact/bundle-jar", prefixed(0, bundleJar()));
        s.put("artifact/feature-jar", prefixed(1, featureJar()));
        return s;
    }

    private static byte[] prefixed(int mode, byte[] body) {
        byte[] b = new byte[body.length + 1];
        b[0] = (byte) mode;
        System.arraycopy(body, 0, b, 1, body.length);
        return b;
    }
}
