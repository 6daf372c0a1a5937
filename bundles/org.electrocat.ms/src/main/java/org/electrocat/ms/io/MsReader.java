package org.electrocat.ms.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.ParameterSpec;

/**
 * What the MS readers share: technique {@code ms}, version, extensions, detection of XML formats by
 * their root element, and the spectrum selection options.
 */
abstract class MsReader implements DatasetReader {

    /** Version recorded in provenance (keep equal to Bundle-Version). */
    static final String VERSION = "0.1.0";

    private final String id;
    private final String label;
    private final String extension;

    MsReader(String id, String label, String extension) {
        this.id = id;
        this.label = label;
        this.extension = extension;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final String technique() {
        return "ms";
    }

    @Override
    public final String version() {
        return VERSION;
    }

    @Override
    public List<String> extensions() {
        return List.of(extension);
    }

    /** 0.95 when the head holds one of the root elements, 0.5 for the extension alone, else 0; never throws. */
    static double detectXml(Path file, byte[] head, String extension, String... roots) {
        try {
            String s = new String(head, StandardCharsets.ISO_8859_1);
            for (String root : roots) {
                if (s.contains("<" + root)) {
                    return 0.95;
                }
            }
            String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith("." + extension) ? 0.5 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The {@code spectra} and {@code msLevel} options of {@link SpectrumSelection}. */
    static List<ParameterSpec> selectionOptions() {
        return List.of(
                ParameterSpec.text("spectra", "Spectra", "all",
                        "Which spectra (scans) to read: all, or 1-based positions in file order and ranges such as 1,3-5"),
                ParameterSpec.integer("msLevel", "MS level", 0, "Read only spectra of this MS level; 0 reads all")
                        .range(0, 100));
    }
}
