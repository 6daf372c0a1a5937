package org.electrocat.xas.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.osgi.service.component.annotations.Component;

/**
 * Reads XDI 1.0 files ({@link XdiParser}) into one µ(E) dataset. The energy is the column named
 * {@code energy} (eV or keV) or, failing that, {@code angle} in degrees converted with
 * {@code Mono.d_spacing} (E = hc/(2d sin θ), hc = 12398.419843 eV·Å). µ comes from {@code mutrans},
 * {@code mufluor}, or the intensities (see {@link MuChannels}). Every header field is kept in the
 * metadata as {@code xdi.Namespace.tag}; {@code Element.symbol} and {@code Element.edge} also as
 * {@link XasSpectra#ELEMENT} and {@link XasSpectra#EDGE}.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=xas.xdi", "electrocat.technique=xas"})
public final class XdiReader extends XasReader {

    /** The reader (registered as a Declarative Services component). */
    public XdiReader() {
        super("xas.xdi", "XAS Data Interchange XDI 1.0 (.xdi)", "xdi");
    }

    /** hc in eV·Å (CODATA 2018), for energies from monochromator angles. */
    public static final double HC_EV_ANGSTROM = 12398.419843320026;

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.text("mu", "µ(E) from", "auto",
                "'auto' (a stored mutrans/mufluor column, else ln(I0/It), else If/I0), 'transmission', "
                        + "'fluorescence', or the name of the column to use."));
    }

    @Override
    public double detect(Path file, byte[] head) {
        return XdiParser.isXdi(new String(head, StandardCharsets.ISO_8859_1)) ? 1.0 : 0.0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        String mode = options.asText().containsKey("mu") ? options.text("mu") : "auto";
        XdiFile xdi = XdiParser.parse(file.toString(), Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        double[] energy = energy(file, xdi);
        int bad = XasSpectra.firstNonIncreasing(energy);
        if (bad >= 0) {
            throw new FormatException(file.toString(), xdi.rowLines()[bad], "energy", "energy " + energy[bad]
                    + (Double.isFinite(energy[bad]) ? " does not increase (previous row: " + energy[bad - 1] + " eV); "
                            + "energies must be strictly increasing" : " is not finite"), null);
        }
        Map<String, double[]> channels = new LinkedHashMap<>();
        for (int c = 0; c < xdi.names().size(); c++) {
            String n = xdi.names().get(c);
            if (!n.equals("energy") && !n.equals("angle")) {
                channels.put(n, xdi.columns()[c]);
            }
        }
        MuChannels.Mu mu;
        try {
            mu = MuChannels.compute(channels, mode);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file.toString(), xdi.rowLines()[0], "mu", e.getMessage(), e);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        xdi.fields().forEach((k, v) -> meta.put("xdi." + k, v));
        if (!xdi.comments().isEmpty()) {
            meta.put("xdi.comments", xdi.comments());
        }
        meta.put("xdi.version", xdi.version());
        putIf(meta, XasSpectra.ELEMENT, xdi.field("Element.symbol"));
        putIf(meta, XasSpectra.EDGE, xdi.field("Element.edge"));
        String name = xdi.field("Sample.name") != null ? xdi.field("Sample.name") : file.getFileName().toString();
        return List.of(XasSpectra.spectrum(file.getFileName().toString(), name, energy, mu.values(), mu.from(),
                channels, meta, Provenance.ofFile(file, id(), version())));
    }

    private static void putIf(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v.trim());
        }
    }

    /** The energy in eV from an {@code energy} column (eV/keV) or an {@code angle} column (degrees). */
    private static double[] energy(Path file, XdiFile xdi) throws FormatException {
        int e = xdi.names().indexOf("energy");
        if (e >= 0) {
            String unit = xdi.units().get(e).toLowerCase(Locale.ROOT);
            double scale = switch (unit) {
                case "", "ev" -> 1.0;
                case "kev" -> 1000.0;
                default -> throw new FormatException(file.toString(), xdi.rowLines()[0], "Column energy",
                        "energy unit '" + xdi.units().get(e) + "' is not supported (eV or keV)", null);
            };
            double[] out = xdi.columns()[e].clone();
            for (int i = 0; i < out.length; i++) {
                out[i] *= scale;
            }
            return out;
        }
        int a = xdi.names().indexOf("angle");
        if (a >= 0) {
            String d = xdi.field("Mono.d_spacing");
            double dSpacing;
            try {
                dSpacing = Double.parseDouble(d == null ? "" : d.trim().split("\\s+")[0]);
            } catch (NumberFormatException ex) {
                throw new FormatException(file.toString(), 1, "Mono.d_spacing",
                        "an angle column needs Mono.d_spacing (Å) to compute energies", null);
            }
            if (!xdi.units().get(a).toLowerCase(Locale.ROOT).startsWith("deg")) {
                throw new FormatException(file.toString(), xdi.rowLines()[0], "Column angle",
                        "angle unit '" + xdi.units().get(a) + "' is not supported (degrees)", null);
            }
            double[] th = xdi.columns()[a];
            double[] out = new double[th.length];
            for (int i = 0; i < th.length; i++) {
                out[i] = HC_EV_ANGSTROM / (2 * dSpacing * Math.sin(Math.toRadians(th[i])));
            }
            return out;
        }
        throw new FormatException(file.toString(), xdi.rowLines()[0], "Column.1",
                "no 'energy' or 'angle' column; columns are " + xdi.names(), null);
    }
}
