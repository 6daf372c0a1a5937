package org.electrocat.plugins.p2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.electrocat.plugins.PluginException;

/**
 * Checks an artifact file against the checksums p2 recorded when it published the repository
 * ({@code download.checksum.sha-256}, written by Equinox p2 since 4.17 and by Tycho; SHA-512 if a
 * repository has no SHA-256) and the recorded {@code download.size}. An artifact without a SHA-256
 * or SHA-512 checksum is refused: MD5 and SHA-1 are broken for this purpose.
 */
public final class Checksums {

    private Checksums() {
    }

    /** The SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        return digest(file, "SHA-256");
    }

    static String digest(Path file, String algorithm) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Verifies {@code file} (the artifact's own file, or a copy of it) against the artifact's
     * recorded size and checksum; returns its SHA-256.
     *
     * @throws PluginException ({@link PluginException.Reason#CHECKSUM}) naming the file, the expected
     *                         and the actual value, on any mismatch or when no strong checksum is recorded
     */
    public static String verify(Artifact artifact, Path file) throws IOException, PluginException {
        String size = artifact.properties().get("download.size");
        long actualSize = Files.size(file);
        if (size != null && !size.equals(Long.toString(actualSize))) {
            throw mismatch(artifact, "size", size + " bytes", actualSize + " bytes");
        }
        String sha256 = sha256(file);
        String expected = artifact.properties().get(Artifact.SHA_256);
        if (expected != null) {
            if (!expected.equalsIgnoreCase(sha256)) {
                throw mismatch(artifact, "SHA-256", expected, sha256);
            }
            return sha256;
        }
        String expected512 = artifact.properties().get(Artifact.SHA_512);
        if (expected512 == null) {
            throw new PluginException(PluginException.Reason.CHECKSUM, artifact.file().getFileName()
                    + ": the repository records no SHA-256 or SHA-512 checksum for " + artifact
                    + ", so it cannot be verified: refused (republish the repository with a current Tycho or p2)");
        }
        String actual512 = digest(file, "SHA-512");
        if (!expected512.equalsIgnoreCase(actual512)) {
            throw mismatch(artifact, "SHA-512", expected512, actual512);
        }
        return sha256;
    }

    private static PluginException mismatch(Artifact a, String what, String expected, String actual) {
        return new PluginException(PluginException.Reason.CHECKSUM, a.file().getFileName() + ": " + what
                + " does not match the repository's artifacts.xml (expected " + expected + ", found " + actual
                + "): the file was altered or damaged after publication, refused");
    }
}
