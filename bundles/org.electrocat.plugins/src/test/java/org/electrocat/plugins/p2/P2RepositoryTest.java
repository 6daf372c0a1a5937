package org.electrocat.plugins.p2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.testing.TestJars;
import org.electrocat.plugins.testing.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/** Reading p2 repositories: indexes, mapping rules, features, checksums and hostile metadata. */
class P2RepositoryTest {

    @TempDir
    Path dir;

    private TestRepository sample() throws Exception {
        TestRepository repo = new TestRepository(dir);
        Map<String, String> h = TestJars.bundle("org.example.a", "1.0.0.v1");
        h.put("Export-Package", "org.example.a;version=1.0.0");
        repo.bundle(h);
        repo.feature("org.example.a.feature", "1.0.0.v1", "Example A",
                "<requires><import feature=\"org.electrocat.platform.feature\" version=\"0.1.0\" match=\"compatible\"/></requires>"
                        + "<includes id=\"org.example.a.ui.feature\" version=\"1.0.0\" optional=\"true\"/>",
                "org.example.a 1.0.0.v1");
        return repo.category("Techniques", "org.example.a.feature").publish();
    }

    @Test
    void readsArtifactsFeaturesAndCategories() throws Exception {
        sample();
        P2Repository repo = P2Repository.open(dir);
        assertEquals(2, repo.artifacts().size());
        Artifact bundle = repo.artifact(Artifact.BUNDLE, "org.example.a", Version.emptyVersion).orElseThrow();
        assertEquals(dir.toAbsolutePath().resolve("plugins/org.example.a_1.0.0.v1.jar"), bundle.file(), "mapping rule applied");
        assertEquals(64, bundle.properties().get(Artifact.SHA_256).length());
        FeatureGroupAssert.single(repo.features(), "org.example.a.feature", "Example A", List.of("Techniques"));
        Feature f = repo.feature(repo.artifacts(Artifact.FEATURE, "org.example.a.feature").get(0));
        assertEquals("Example A", f.label());
        assertEquals(List.of(new Feature.PluginRef("org.example.a", Version.parseVersion("1.0.0.v1"), false)), f.plugins());
        assertEquals(new VersionRange("[0.1.0,1.0.0)"), f.requires().get(0).range(), "compatible = same major");
        assertTrue(f.includes().get(0).optional());
        assertEquals("org.example.a", repo.bundle(bundle).symbolicName());
    }

    @Test
    void importMatchRulesGiveTheEclipseRanges() throws Exception {
        assertEquals(new VersionRange("[1.2.3,1.2.3]"), FeatureXml.range("1.2.3", "perfect", "f", "x"));
        assertEquals(new VersionRange("[1.2.3,1.3.0)"), FeatureXml.range("1.2.3", "equivalent", "f", "x"));
        assertEquals(new VersionRange("[1.2.3,2.0.0)"), FeatureXml.range("1.2.3", "", "f", "x"));
        assertEquals(new VersionRange("1.2.3"), FeatureXml.range("1.2.3", "greaterOrEqual", "f", "x"));
        assertEquals(new VersionRange("0.0.0"), FeatureXml.range("0.0.0", "perfect", "f", "x"));
        assertEquals(new VersionRange("[1.0,2.0)"), FeatureXml.range("[1.0,2.0)", null, "f", "x"));
        assertThrows(org.electrocat.api.FormatException.class, () -> FeatureXml.range("1.0", "sometimes", "f", "x"));
    }

    @Test
    void aTamperedArtifactFailsItsChecksum() throws Exception {
        sample();
        P2Repository repo = P2Repository.open(dir);
        Artifact bundle = repo.artifacts(Artifact.BUNDLE, "org.example.a").get(0);
        String sha = Checksums.verify(bundle, bundle.file());
        assertEquals(bundle.properties().get(Artifact.SHA_256), sha);
        byte[] bytes = Files.readAllBytes(bundle.file());
        bytes[bytes.length / 2] ^= 1; // same size, one bit different
        Files.write(bundle.file(), bytes);
        PluginException e = assertThrows(PluginException.class, () -> Checksums.verify(bundle, bundle.file()));
        assertEquals(PluginException.Reason.CHECKSUM, e.reason());
        assertTrue(e.getMessage().contains("SHA-256") && e.getMessage().contains(sha), e.getMessage());
        Files.write(bundle.file(), new byte[] {1}, StandardOpenOption.APPEND);
        e = assertThrows(PluginException.class, () -> Checksums.verify(bundle, bundle.file()));
        assertTrue(e.getMessage().contains("size"), e.getMessage());
    }

    @Test
    void aFeatureJarIsVerifiedBeforeItIsRead() throws Exception {
        sample();
        P2Repository repo = P2Repository.open(dir);
        Artifact fa = repo.artifacts(Artifact.FEATURE, "org.example.a.feature").get(0);
        TestJars.write(fa.file(), Map.of(), Map.of("feature.xml", "<feature id='evil' version='1.0.0'/>"));
        assertEquals(PluginException.Reason.CHECKSUM, assertThrows(PluginException.class, () -> repo.feature(fa)).reason());
    }

    @Test
    void withoutStrongChecksumsArtifactsAreRefused() throws Exception {
        TestRepository t = new TestRepository(dir).withoutSha256();
        t.bundle(TestJars.bundle("org.example.b", "1.0.0"));
        t.publish();
        Artifact a = P2Repository.open(dir).artifacts().get(0);
        PluginException e = assertThrows(PluginException.class, () -> Checksums.verify(a, a.file()));
        assertTrue(e.getMessage().contains("no SHA-256"), e.getMessage());
    }

    @Test
    void hostileOrBrokenMetadataIsRefused() throws Exception {
        assertRefused("not a folder", dir.resolve("nothing"));
        assertRefused("artifacts.jar and artifacts.xml are missing", dir);
        zip("artifacts.jar", "artifacts.xml", "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<repository>&x;</repository>");
        assertRefused("DOCTYPE", dir);
        zip("artifacts.jar", "artifacts.xml", "<repository><mappings><rule filter='(classifier=osgi.bundle)'"
                + " output='${repoUrl}/../../outside/${id}.jar'/></mappings><artifacts><artifact classifier='osgi.bundle'"
                + " id='x' version='1.0.0'/></artifacts></repository>");
        assertRefused("outside the repository folder", dir);
        zip("artifacts.jar", "artifacts.xml", "<repository><artifacts><artifact classifier='osgi.bundle' id='x'"
                + " version='1.0.0'/></artifacts></repository>");
        assertRefused("no mapping rule", dir);
        zip("artifacts.jar", "other.xml", "<repository/>");
        assertRefused("has no entry artifacts.xml", dir);
        Files.writeString(dir.resolve("compositeArtifacts.xml"), "<repository/>");
        assertRefused("composite", dir);
    }

    private void zip(String name, String entry, String text) throws Exception {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name)); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }

    private static void assertRefused(String part, Path d) {
        PluginException e = assertThrows(PluginException.class, () -> P2Repository.open(d));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    /** Checks one feature group. */
    static final class FeatureGroupAssert {
        static void single(List<FeatureGroup> groups, String id, String name, List<String> categories) {
            assertEquals(1, groups.size(), groups.toString());
            assertEquals(id, groups.get(0).id());
            assertEquals(name, groups.get(0).name());
            assertEquals(categories, groups.get(0).categories());
        }
    }
}
