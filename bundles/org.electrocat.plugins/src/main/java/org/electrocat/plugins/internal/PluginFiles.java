package org.electrocat.plugins.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.p2.Artifact;
import org.electrocat.plugins.p2.Checksums;

/**
 * The plugin folder's jars. A jar is copied to a temporary file in the folder first, the copy is
 * verified against the repository's checksum (so what is checked is exactly what will be
 * loaded), and only then renamed to {@code <name>_<version>.jar}.
 */
final class PluginFiles {

    private final Path folder;

    PluginFiles(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The file name a bundle gets in the plugin folder. */
    static String fileName(String symbolicName, Object version) {
        return symbolicName + "_" + version + ".jar";
    }

    Path path(String fileName) {
        return folder.resolve(fileName);
    }

    /**
     * Copies and verifies every artifact; returns file → SHA-256 in order. On a mismatch the copies
     * made so far are deleted and the {@link PluginException} is rethrown.
     */
    Map<Path, String> copyVerified(List<Artifact> artifacts) throws IOException, PluginException {
        Files.createDirectories(folder);
        Map<Path, String> done = new LinkedHashMap<>();
        try {
            for (Artifact a : artifacts) {
                Path target = folder.resolve(fileName(a.id(), a.version()));
                Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
                try {
                    Files.copy(a.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
                    String sha = Checksums.verify(a, tmp);
                    move(tmp, target);
                    done.put(target, sha);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return done;
        } catch (IOException | PluginException | RuntimeException e) {
            delete(new ArrayList<>(done.keySet()));
            throw e;
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes files; returns the ones that could not be deleted. */
    static List<Path> delete(List<Path> files) {
        List<Path> left = new ArrayList<>();
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                left.add(f);
            }
        }
        return left;
    }
}
