package com.example.uvvis;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Reads absorbance spectra exported as CSV: a header line naming the wavelength (in nm) and the
 * absorbance, e.g. {@code wavelength_nm,absorbance}, then one {@code wavelength,absorbance} pair
 * per line. Detected by the header, not the extension. Bad lines give a {@link FormatException}
 * with the line number; at most {@value #MAX_POINTS} points are read.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=uvvis.csv", "electrocat.technique=uvvis"})
public final class AbsorbanceCsvReader implements DatasetReader {

    /** Most points read from one file (a UV-vis spectrum has a few thousand). */
    public static final int MAX_POINTS = 1_000_000;

    @Override
    public String id() {
        return "uvvis.csv";
    }

    @Override
    public String label() {
        return "UV-vis absorbance spectrum (CSV: wavelength in nm, absorbance)";
    }

    @Override
    public String technique() {
        return "uvvis";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public double detect(Path file, byte[] head) {
        String first = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return first.contains("wavelength") && first.contains("abs") ? 0.9 : 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        double[] nm = new double[64];
        double[] a = new double[64];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || detect(file, header.getBytes(StandardCharsets.UTF_8)) == 0) {
                throw new FormatException(file, 1, "header", "expected 'wavelength_nm,absorbance', found '" + header + "'");
            }
            int line = 1;
            for (String s; (s = in.readLine()) != null;) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                if (n == MAX_POINTS) {
                    throw new FormatException(file, line, null, "more than " + MAX_POINTS + " points");
                }
                if (n == nm.length) {
                    nm = java.util.Arrays.copyOf(nm, 2 * n);
                    a = java.util.Arrays.copyOf(a, 2 * n);
                }
                String[] p = s.split(",");
                try {
                    nm[n] = Double.parseDouble(p[0].trim());
                    a[n] = Double.parseDouble(p[1].trim());
                } catch (RuntimeException e) {
                    throw new FormatException(file, line, "absorbance", "expected 'wavelength,absorbance', found '" + s + "'");
                }
                n++;
            }
        }
        if (n < 2) {
            throw new FormatException(file, -1, null, "a spectrum needs at least 2 points, found " + n);
        }
        return List.of(Dataset.builder(file.getFileName().toString(), DatasetKind.SPECTRUM)
                .column("wavelength", Units.parse("nm"), java.util.Arrays.copyOf(nm, n))
                .column("A", Units.ONE, java.util.Arrays.copyOf(a, n))
                .provenance(Provenance.ofFile(file, id(), version())).build());
    }
}
