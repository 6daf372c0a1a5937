package org.electrocat.plugins.p2;

import java.nio.file.Path;
import java.util.Map;
import org.osgi.framework.Version;

/**
 * One artifact of a p2 artifact repository ({@code artifacts.xml}): a bundle jar
 * ({@code osgi.bundle}) or a feature jar ({@code org.eclipse.update.feature}), with the properties
 * p2 recorded when it published it, among them the download size and checksums.
 *
 * @param classifier {@code osgi.bundle} or {@code org.eclipse.update.feature} (others are kept but not used)
 * @param id         bundle symbolic name or feature id
 * @param version    OSGi version
 * @param properties p2 properties ({@code download.size}, {@code download.checksum.sha-256}, ...)
 * @param file       where the artifact lies, from the repository's mapping rules
 */
public record Artifact(String classifier, String id, Version version, Map<String, String> properties, Path file) {

    /** Classifier of bundle jars. */
    public static final String BUNDLE = "osgi.bundle";
    /** Classifier of feature jars. */
    public static final String FEATURE = "org.eclipse.update.feature";
    /** The property in which p2 (Equinox 4.17+, Tycho 2+) records the SHA-256 of the file, hex. */
    public static final String SHA_256 = "download.checksum.sha-256";
    /** The SHA-512 property, used only if a repository has no SHA-256. */
    public static final String SHA_512 = "download.checksum.sha-512";

    public Artifact {
        properties = Map.copyOf(properties);
    }

    /** {@code id_version}, the usual file stem. */
    public String key() {
        return id + "_" + version;
    }

    @Override
    public String toString() {
        return classifier + " " + id + " " + version;
    }
}
