package org.electrocat.xps.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.osgi.service.component.annotations.Component;

/**
 * Reads two-column XY exports of XPS spectra: SpecsLab Prodigy's XY-Serializer ({@code #}-prefixed
 * {@code Key: value} metadata, one block of {@code energy intensity} rows per region and scan) and
 * plain headerless energy/intensity pairs. The energy axis is binding or kinetic energy as the
 * header's {@code Energy Axis} says, or as the {@code energyAxis} option sets it; scans of one region
 * with the same energies are averaged; plain counts are turned into counts per second with the
 * header's dwell time and number of scans.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=xps.xy", "electrocat.technique=xps"})
public final class XyReader extends XpsReader {

    /** The reader (registered as a Declarative Services component). */
    public XyReader() {
        super("xps.xy", "XPS two-column XY (SpecsLab Prodigy XY, BE or KE axis)", "xy");
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(
                ParameterSpec.choice("energyAxis", "Energy axis", "auto", List.of("auto", "binding", "kinetic"),
                        "What the first column is; 'auto' takes the header's 'Energy Axis' and binding energy "
                                + "for files without one."),
                ParameterSpec.number("photonEnergy", "Photon energy", "eV", 0.0,
                        "Excitation energy hν; 0 takes the header's 'Excitation Energy' (else the other energy "
                                + "scale is not computed).").range(0, 1e6),
                ParameterSpec.number("workFunction", "Work function", "eV", 0.0,
                        "φ in BE = hν − KE − φ; 0 for Fermi-referenced kinetic energies.").range(-20, 20));
    }

    @Override
    public double detect(Path file, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (s.contains("XY-Serializer") || (s.startsWith("#") && s.contains("SpecsLab"))) {
            return 0.95;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xy") && XyParser.looksNumeric(s) ? 0.4 : 0.0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        monitor.begin("Reading " + file.getFileName(), -1);
        String axis = options.asText().containsKey("energyAxis") ? options.choice("energyAxis") : "auto";
        double hv = options.asText().containsKey("photonEnergy") ? options.number("photonEnergy") : 0;
        double phi = options.asText().containsKey("workFunction") ? options.number("workFunction") : 0;
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<XyParser.Region> regions = XyParser.parse(file.toString(), lines);
        Provenance provenance = Provenance.ofFile(file, id(), version());
        List<Dataset> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (XyParser.Region r : regions) {
            boolean binding = switch (axis) {
                case "binding" -> true;
                case "kinetic" -> false;
                default -> !r.meta().getOrDefault("Energy Axis", "Binding Energy").toLowerCase(Locale.ROOT)
                        .contains("kinetic");
            };
            double photon = hv > 0 ? hv : parse(r.meta().get("Excitation Energy"));
            String name = r.name();
            int k = seen.merge(name, 1, Integer::sum);
            String dsId = k == 1 ? name : name + " #" + k;
            java.util.Map<String, String> meta = new java.util.LinkedHashMap<>();
            r.meta().forEach((key, v) -> meta.put("xy." + key, v));
            meta.put("xy.first-line", String.valueOf(r.firstLine()));
            meta.put("xps.scans-averaged", String.valueOf(r.scans()));
            if (r.meta().containsKey("Pass Energy")) {
                meta.put("xps.pass-energy", r.meta().get("Pass Energy"));
            }
            out.add(XpsSpectra.spectrum(dsId, name, r.energy(), binding, photon, phi, r.rate(), meta, provenance));
        }
        if (out.isEmpty()) {
            throw new FormatException(file, -1, null, "no energy/intensity rows found");
        }
        monitor.done();
        return out;
    }

    private static double parse(String s) {
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
