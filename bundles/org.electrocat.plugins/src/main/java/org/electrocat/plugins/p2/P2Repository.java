package org.electrocat.plugins.p2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Manifest;
import org.electrocat.api.FormatException;
import org.electrocat.io.safe.SafeXml;
import org.electrocat.io.safe.SafeZip;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.resource.BundleResource;
import org.electrocat.plugins.resource.ManifestResources;
import org.osgi.framework.Version;
import org.w3c.dom.Document;

/**
 * A local p2 repository as Tycho's {@code eclipse-repository} packaging writes it (Equinox p2
 * "simple" repository): {@code artifacts.jar} (or {@code artifacts.xml}) lists every file with
 * its checksums, {@code content.jar} (or {@code content.xml}) lists the features and categories,
 * {@code features/*.jar} hold {@code feature.xml}, {@code plugins/*.jar} the bundles. The
 * indexes are ZIP archives holding one XML file; both are read through {@link SafeZip} and
 * {@link SafeXml} (size and entry limits, no DOCTYPE), since a repository may come from anywhere.
 * Feature jars are verified against their checksum before their {@code feature.xml} is trusted.
 */
public final class P2Repository {

    /** Limits for the index archives and for reading one entry of a jar. */
    static final SafeZip.Limits INDEX_LIMITS = new SafeZip.Limits(16, 256L << 20, 256L << 20, 1000);
    static final SafeZip.Limits JAR_LIMITS = new SafeZip.Limits(200_000, 64L << 20, 1L << 30, 1000);
    /** Largest manifest or feature.xml read, bytes. */
    static final int MAX_DESCRIPTOR_BYTES = 4 << 20;

    private final Path location;
    private final List<Artifact> artifacts;
    private final List<FeatureGroup> features;
    private final Map<Artifact, BundleResource> resources = new HashMap<>();

    private P2Repository(Path location, List<Artifact> artifacts, List<FeatureGroup> features) {
        this.location = location;
        this.artifacts = List.copyOf(artifacts);
        this.features = List.copyOf(features);
    }

    /**
     * Opens the repository in {@code dir}.
     *
     * @throws PluginException ({@link PluginException.Reason#REPOSITORY}) when the folder is not a
     *                         readable simple p2 repository
     */
    public static P2Repository open(Path dir) throws IOException, PluginException {
        if (!Files.isDirectory(dir)) {
            throw new PluginException(PluginException.Reason.REPOSITORY, "no p2 repository at " + dir + ": not a folder");
        }
        if (Files.exists(dir.resolve("compositeArtifacts.jar")) || Files.exists(dir.resolve("compositeArtifacts.xml"))) {
            throw new PluginException(PluginException.Reason.REPOSITORY, dir + " is a composite p2 repository;"
                    + " give one of its child repositories instead");
        }
        try {
            Document artifactsXml = index(dir, "artifacts");
            List<Artifact> artifacts = ArtifactsXml.read(artifactsXml, dir, dir.resolve("artifacts.xml").toString());
            Document contentXml = index(dir, "content");
            List<FeatureGroup> features = ContentXml.read(contentXml, dir.resolve("content.xml").toString());
            return new P2Repository(dir.toAbsolutePath().normalize(), artifacts, features);
        } catch (FormatException e) {
            throw new PluginException(PluginException.Reason.REPOSITORY, "cannot read the p2 repository " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reads {@code name.jar} (a ZIP with {@code name.xml}) or else {@code name.xml}. */
    private static Document index(Path dir, String name) throws IOException, PluginException {
        Path jar = dir.resolve(name + ".jar");
        if (Files.isRegularFile(jar)) {
            byte[] xml = entry(jar, name + ".xml", INDEX_LIMITS, (int) INDEX_LIMITS.maxEntryBytes());
            if (xml == null) {
                throw new FormatException(jar.toString(), -1, null, "has no entry " + name + ".xml", null);
            }
            return SafeXml.parse(new ByteArrayInputStream(xml), jar + "!/" + name + ".xml");
        }
        Path xml = dir.resolve(name + ".xml");
        if (Files.isRegularFile(xml)) {
            return SafeXml.parse(xml);
        }
        String hint = Files.exists(dir.resolve(name + ".xml.xz")) ? " (only " + name + ".xml.xz is there; publish with"
                + " the uncompressed or jar index too, as Tycho does by default)" : "";
        throw new PluginException(PluginException.Reason.REPOSITORY, "no p2 repository at " + dir + ": " + name
                + ".jar and " + name + ".xml are missing" + hint);
    }

    /** The bytes of one entry of a ZIP/jar, or {@code null} if it has none; read through {@link SafeZip}. */
    static byte[] entry(Path zip, String entryName, SafeZip.Limits limits, int maxBytes) throws IOException {
        byte[][] found = {null};
        SafeZip.forEach(zip, limits, (name, e, in) -> {
            if (found[0] == null && name.equals(entryName)) {
                byte[] b = in.readNBytes(maxBytes + 1);
                if (b.length > maxBytes) {
                    throw new FormatException(zip.toString(), -1, entryName, "larger than " + maxBytes + " bytes", null);
                }
                found[0] = b;
            }
        });
        return found[0];
    }

    public Path location() {
        return location;
    }

    public List<Artifact> artifacts() {
        return artifacts;
    }

    /** The features listed in {@code content.xml}. */
    public List<FeatureGroup> features() {
        return features;
    }

    /** Artifacts of this classifier and id, newest version first. */
    public List<Artifact> artifacts(String classifier, String id) {
        List<Artifact> out = new ArrayList<>();
        for (Artifact a : artifacts) {
            if (a.classifier().equals(classifier) && a.id().equals(id)) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(Artifact::version).reversed());
        return out;
    }

    /** The artifact with exactly this version, or the newest one when {@code version} is 0.0.0. */
    public Optional<Artifact> artifact(String classifier, String id, Version version) {
        List<Artifact> all = artifacts(classifier, id);
        if (version == null || version.equals(Version.emptyVersion)) {
            return all.stream().findFirst();
        }
        return all.stream().filter(a -> a.version().equals(version)).findFirst();
    }

    /**
     * Verifies a feature jar against its checksum and reads its {@code feature.xml}.
     *
     * @throws PluginException on a checksum mismatch or a missing file
     */
    public Feature feature(Artifact featureJar) throws IOException, PluginException {
        requireFile(featureJar);
        Checksums.verify(featureJar, featureJar.file());
        try {
            byte[] xml = entry(featureJar.file(), "feature.xml", JAR_LIMITS, MAX_DESCRIPTOR_BYTES);
            if (xml == null) {
                throw new PluginException(PluginException.Reason.REPOSITORY, featureJar.file() + " has no feature.xml");
            }
            return FeatureXml.read(SafeXml.parse(new ByteArrayInputStream(xml), featureJar.file() + "!/feature.xml"),
                    featureJar.file() + "!/feature.xml");
        } catch (FormatException e) {
            // a damaged or hostile jar whose checksum matches (the repository itself was built so):
            // a repository problem, like a damaged bundle jar, not an I/O failure here
            throw new PluginException(PluginException.Reason.REPOSITORY, "feature jar " + featureJar.file().getFileName()
                    + " is damaged: " + e.getMessage(), e);
        }
    }

    /**
     * The bundle as an OSGi resource built from its manifest (cached). The jar is not verified
     * here: only what gets installed is, when it is copied.
     *
     * @throws PluginException when the jar is missing or its manifest is not a valid bundle manifest
     */
    public BundleResource bundle(Artifact bundleJar) throws IOException, PluginException {
        BundleResource r = resources.get(bundleJar);
        if (r != null) {
            return r;
        }
        requireFile(bundleJar);
        try {
            byte[] mf = entry(bundleJar.file(), "META-INF/MANIFEST.MF", JAR_LIMITS, MAX_DESCRIPTOR_BYTES);
            if (mf == null) {
                throw new FormatException(bundleJar.file().toString(), -1, null, "has no META-INF/MANIFEST.MF", null);
            }
            r = ManifestResources.fromManifest(new Manifest(new ByteArrayInputStream(mf)).getMainAttributes(), bundleJar.file());
        } catch (IllegalArgumentException | IOException e) {
            // a damaged jar is most often an altered one: say so if the checksum disagrees
            Checksums.verify(bundleJar, bundleJar.file());
            throw new PluginException(PluginException.Reason.REPOSITORY, bundleJar.file() + "!/META-INF/MANIFEST.MF: "
                    + e.getMessage(), e);
        }
        if (!r.symbolicName().equals(bundleJar.id()) || !r.version().equals(bundleJar.version())) {
            throw new PluginException(PluginException.Reason.REPOSITORY, bundleJar.file() + " is " + r
                    + " but the repository lists it as " + bundleJar.id() + " " + bundleJar.version());
        }
        resources.put(bundleJar, r);
        return r;
    }

    private static void requireFile(Artifact a) throws PluginException {
        if (!Files.isRegularFile(a.file())) {
            throw new PluginException(PluginException.Reason.REPOSITORY, "the repository lists " + a + " but "
                    + a.file() + " is missing");
        }
    }

    @Override
    public String toString() {
        return "p2 repository " + location;
    }
}
