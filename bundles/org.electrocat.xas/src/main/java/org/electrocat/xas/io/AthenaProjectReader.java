package org.electrocat.xas.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.electrocat.io.safe.SafeGzip;
import org.osgi.service.component.annotations.Component;

/**
 * Reads Athena project files ({@code .prj}, Demeter/Athena, B. Ravel and M. Newville, J. Synchrotron
 * Rad. 12 (2005) 537): gzip-compressed (or plain) Perl assignments, one record per data group
 * ({@code $old_group}, {@code @args} key/value list, {@code @x}, {@code @y}, optional {@code @i0},
 * {@code @signal}). Parsed by {@link PerlAssignments} (never evaluated); decompression is bounded by
 * {@link SafeGzip} (option {@code maxMegabytes}).
 *
 * <p>µ(E) records become µ(E) datasets (energy = x + {@code bkg_eshift}, as Athena plots them); χ(k)
 * records become datasets with columns {@code k} (Å⁻¹) and {@code chi}. Every {@code @args} entry is
 * kept as metadata {@code athena.<key>}, and Athena's processing parameters are also stored under
 * Larch's names ({@code xas.param.e0}, {@code pre1}, {@code pre2}, {@code norm1}, {@code norm2},
 * {@code nnorm} = bkg_nnorm − 1, {@code rbkg}, {@code kmin}, {@code kmax}, {@code dk}, {@code kweight},
 * {@code window}, {@code edge_step}) so that analyses can reproduce Athena's processing instead of
 * silently using other defaults (the cause of Larch issue #263).
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=xas.athena", "electrocat.technique=xas"})
public final class AthenaProjectReader extends XasReader {

    /** The reader (registered as a Declarative Services component). */
    public AthenaProjectReader() {
        super("xas.athena", "Athena project (.prj)", "prj");
    }

    /** Prefix of the Larch-named Athena parameters in dataset metadata. */
    public static final String PARAM = "xas.param.";

    private static final String[][] LARCH_NAMES = {{"bkg_e0", "e0"}, {"bkg_pre1", "pre1"}, {"bkg_pre2", "pre2"},
        {"bkg_nor1", "norm1"}, {"bkg_nor2", "norm2"}, {"bkg_rbkg", "rbkg"}, {"bkg_step", "edge_step"},
        {"fft_kmin", "kmin"}, {"fft_kmax", "kmax"}, {"fft_dk", "dk"}, {"bkg_kw", "kweight"},
        {"fft_kwindow", "window"}, {"bft_rmin", "rmin"}, {"bft_rmax", "rmax"}};

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.integer("maxMegabytes", "Size limit", 256,
                "Largest decompressed size accepted, in MiB; protects against decompression bombs.").range(1, 8192));
    }

    @Override
    public double detect(Path file, byte[] head) {
        if (new String(head, StandardCharsets.ISO_8859_1).startsWith("# Athena project file")) {
            return 1.0;
        }
        return SafeGzip.isGzip(head) && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".prj")
                ? 0.9 : 0.0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        long limit = (options.asText().containsKey("maxMegabytes") ? options.integer("maxMegabytes") : 256) * (1L << 20);
        byte[] head = new byte[2];
        try (var in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, 2);
        }
        byte[] raw;
        if (SafeGzip.isGzip(head)) {
            raw = SafeGzip.readAll(file, limit);
        } else {
            if (Files.size(file) > limit) {
                throw new FormatException(file, -1, null, "file is larger than the limit of " + limit + " bytes");
            }
            raw = Files.readAllBytes(file);
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("# Athena project file")) {
            throw new FormatException(file, 1, null, "not an Athena project: the first line must be '# Athena project file'");
        }
        List<PerlAssignments.Assignment> all = PerlAssignments.parse(file.toString(), text);
        Provenance provenance = Provenance.ofFile(file, id(), version());
        List<Dataset> out = new ArrayList<>();
        List<PerlAssignments.Assignment> record = new ArrayList<>();
        for (PerlAssignments.Assignment a : all) {
            if (a.sigil() == '$' && a.name().equals("old_group") && !record.isEmpty()) {
                addRecord(file, record, out, provenance);
                record = new ArrayList<>();
            }
            record.add(a);
        }
        addRecord(file, record, out, provenance);
        if (out.isEmpty()) {
            throw new FormatException(file, -1, "@x/@y", "the project holds no data record");
        }
        return out;
    }

    private void addRecord(Path file, List<PerlAssignments.Assignment> record, List<Dataset> out, Provenance provenance)
            throws FormatException {
        Map<String, PerlAssignments.Assignment> byName = new LinkedHashMap<>();
        for (PerlAssignments.Assignment a : record) {
            byName.put(a.sigil() + a.name(), a);
        }
        if (!byName.containsKey("@x") && !byName.containsKey("@args")) {
            return;
        }
        PerlAssignments.Assignment argsA = byName.get("@args");
        int line = argsA != null ? argsA.line() : record.get(0).line();
        Map<String, String> args = new LinkedHashMap<>();
        if (argsA != null) {
            if (!(argsA.value() instanceof List<?> list) || list.size() % 2 != 0) {
                throw new FormatException(file.toString(), argsA.line(), "@args", "expected a list of key, value pairs", null);
            }
            for (int i = 0; i < list.size(); i += 2) {
                args.put(String.valueOf(list.get(i)), text(list.get(i + 1)));
            }
        }
        double[] x = numbers(file, byName.get("@x"), "@x", line);
        double[] y = numbers(file, byName.get("@y"), "@y", line);
        if (x.length != y.length) {
            throw new FormatException(file.toString(), byName.get("@y").line(), "@y", "@y has " + y.length
                    + " values but @x has " + x.length, null);
        }
        String label = args.getOrDefault("label", args.getOrDefault("tag", "record " + (out.size() + 1)));
        Map<String, String> meta = new LinkedHashMap<>();
        args.forEach((k, v) -> meta.put("athena." + k, v));
        meta.put("athena.record", String.valueOf(out.size() + 1));
        for (String[] m : LARCH_NAMES) {
            String v = args.get(m[0]);
            if (v != null && !v.isBlank()) {
                meta.put(PARAM + m[1], v);
            }
        }
        if (args.containsKey("bkg_nnorm")) {
            try {
                meta.put(PARAM + "nnorm", String.valueOf(Integer.parseInt(args.get("bkg_nnorm").trim()) - 1));
            } catch (NumberFormatException e) {
                // a damaged bkg_nnorm is kept verbatim as athena.bkg_nnorm only
            }
        }
        if (args.containsKey("bkg_z")) {
            meta.put(XasSpectra.ELEMENT, args.get("bkg_z"));
        }
        if (args.containsKey("fft_edge")) {
            meta.put(XasSpectra.EDGE, args.get("fft_edge").toUpperCase(java.util.Locale.ROOT));
        }
        String id = label;
        for (Dataset d : out) {
            if (d.id().equals(id)) {
                id = label + " #" + (out.size() + 1);
            }
        }
        boolean chi = "1".equals(args.get("is_chi")) || "chi".equals(args.get("datatype"))
                || "chi(k)".equals(args.get("recordtype"));
        if (chi) {
            out.add(Dataset.builder(id, DatasetKind.SPECTRUM).name(label).provenance(provenance)
                    .column("k", Units.INVERSE_ANGSTROM, x).column("chi", Units.ONE, y).meta("technique", "xas")
                    .metadata(meta).build());
            return;
        }
        double shift = parse(args.get("bkg_eshift"));
        double[] energy = x.clone();
        if (Double.isFinite(shift) && shift != 0) {
            for (int i = 0; i < energy.length; i++) {
                energy[i] += shift;
            }
            meta.put("xas.energy-shift-applied", shift + " eV (Athena bkg_eshift)");
        }
        int bad = XasSpectra.firstNonIncreasing(energy);
        if (bad >= 0) {
            throw new FormatException(file.toString(), byName.get("@x").line(), "@x", "record '" + label + "': energy "
                    + energy[bad] + " at position " + (bad + 1) + " does not increase; energies must be strictly increasing",
                    null);
        }
        Map<String, double[]> channels = new LinkedHashMap<>();
        for (String ch : new String[] {"i0", "signal", "stddev"}) {
            if (byName.containsKey("@" + ch)) {
                double[] v = numbers(file, byName.get("@" + ch), "@" + ch, line);
                if (v.length == x.length) {
                    channels.put(ch, v);
                }
            }
        }
        String from = "1".equals(args.get("is_nor")) ? "Athena @y (normalised mu(E))" : "Athena @y (mu(E))";
        out.add(XasSpectra.spectrum(id, label, energy, y, from, channels, meta, provenance));
    }

    private static double[] numbers(Path file, PerlAssignments.Assignment a, String what, int line)
            throws FormatException {
        if (a == null) {
            throw new FormatException(file.toString(), line, what, "record has no " + what + " array", null);
        }
        if (!(a.value() instanceof List<?> list)) {
            throw new FormatException(file.toString(), a.line(), what, what + " is not a list", null);
        }
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            Object o = list.get(i);
            double d = o instanceof String s ? parse(s) : Double.NaN;
            if (!Double.isFinite(d)) {
                throw new FormatException(file.toString(), a.line(), what, "value " + (i + 1) + " of " + what + " ('" + o
                        + "') is not a finite number", null);
            }
            v[i] = d;
        }
        return v;
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

    /** Nested values as compact text. */
    private static String text(Object o) {
        if (o instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(e -> parts.add(text(e)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (o instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + " => " + text(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(o);
    }
}
