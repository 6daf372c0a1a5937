package org.electrocat.xas.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.electrocat.io.text.TextColumn;
import org.electrocat.io.text.TextReader;
import org.electrocat.io.text.TextTable;
import org.osgi.service.component.annotations.Component;

/**
 * Reads plain column files of absorption data (beamline exports, Athena/Larch {@code .xmu} column
 * files) through {@link TextReader}: an energy column ({@code energy}, {@code E}, {@code ev}; eV or
 * keV by its unit) and either µ ({@code mu}, {@code xmu}) or intensities {@code I0} with {@code It}
 * (transmission, µ = ln(I0/It)) or {@code If} (fluorescence, µ = If/I0), see {@link MuChannels}.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=xas.columns", "electrocat.technique=xas"})
public final class XasColumnsReader extends XasReader {

    /** The reader (registered as a Declarative Services component). */
    public XasColumnsReader() {
        super("xas.columns", "XAS columns (energy with mu, or I0 with It/If)", "xmu", "dat", "txt", "csv", "nor");
    }

    private static final Pattern XAS_HEADER = Pattern.compile(
            "(?i)(^|[\\s,;#])(energy|e|ev)\\b.*(\\bmu\\b|\\bxmu\\b|\\bi0\\b|\\bio\\b)");
    private static final List<String> ENERGY = List.of("energy", "e", "ev", "enc", "energy_ev");

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.text("mu", "µ(E) from", "auto",
                "'auto' (a mu/xmu column, else ln(I0/It), else If/I0), 'transmission', 'fluorescence', or a column name."));
    }

    @Override
    public double detect(Path file, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int nl = s.indexOf('\n', Math.min(s.length(), 4000));
        String top = s.substring(0, nl < 0 ? Math.min(s.length(), 4000) : nl);
        if (!TextReader.looksDelimitedNumeric(head, head.length >= HEAD_BYTES)) {
            return 0;
        }
        for (String line : top.split("\n")) {
            if (XAS_HEADER.matcher(line).find()) {
                return 0.7;
            }
        }
        return 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        String mode = options.asText().containsKey("mu") ? options.text("mu") : "auto";
        TextTable table = TextReader.read(file);
        TextColumn energyColumn = null;
        Map<String, double[]> channels = new LinkedHashMap<>();
        for (TextColumn c : table.columns()) {
            String n = c.name().trim().toLowerCase(Locale.ROOT).replace("#", "").trim();
            if (energyColumn == null && ENERGY.contains(n)) {
                energyColumn = c;
            } else {
                channels.put(n, c.values());
            }
        }
        if (energyColumn == null) {
            throw new FormatException(file, table.headerRowLine(), "energy", "no energy column (looked for "
                    + ENERGY + "); columns are " + table.names());
        }
        double[] energy = energyColumn.values();
        if (energyColumn.unit().isCompatible(Units.ELECTRONVOLT) && !energyColumn.unit().sameAs(Units.ELECTRONVOLT)) {
            energy = energyColumn.unit().convert(energy, Units.ELECTRONVOLT);
        }
        int bad = XasSpectra.firstNonIncreasing(energy);
        if (bad >= 0) {
            throw new FormatException(file, table.dataStartLine() + bad, "energy", "energy " + energy[bad]
                    + " does not increase (row " + (bad + 1) + "); energies must be strictly increasing");
        }
        MuChannels.Mu mu;
        try {
            mu = MuChannels.compute(channels, mode);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file.toString(), table.dataStartLine(), "mu", e.getMessage(), e);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        if (!table.notes().isEmpty()) {
            meta.put("xas.reader-notes", String.join("; ", table.notes()));
        }
        String name = file.getFileName().toString();
        return List.of(XasSpectra.spectrum(name, name, energy, mu.values(), mu.from(), channels, meta,
                Provenance.ofFile(file, id(), version())));
    }
}
