package org.electrocat.echem.io;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;

/**
 * Shared assembly of echem datasets from a vendor table: standard column names
 * ({@link StandardColumns}), units from the headers, the reference scale on every potential
 * column, the dataset kind from the technique, and the metadata keys all echem readers use.
 */
public final class EchemDatasets {

    /** Metadata key: technique as the instrument names it (e.g. {@code Linear Sweep Voltammetry}). */
    public static final String META_TECHNIQUE = "technique";
    /** Metadata key: scan rate with unit, e.g. {@code 20 mV/s}. */
    public static final String META_SCAN_RATE = "scan.rate";
    /** Metadata key: reference electrode text as written in the file. */
    public static final String META_REFERENCE = "reference.electrode";
    /** Metadata key: how the reference scale was decided. */
    public static final String META_REFERENCE_NOTE = "reference.note";
    /** Metadata key: acquisition start, ISO-8601 local date-time. */
    public static final String META_ACQUIRED = "acquisition.start";
    /** Metadata key: instrument model. */
    public static final String META_INSTRUMENT = "instrument";
    /** Metadata key: electrode area with unit as given in the file. */
    public static final String META_AREA = "electrode.area";

    /** The version of this plugin's readers, recorded in provenance. */
    public static final String READER_VERSION = "0.1.0";

    /** The reader option every echem reader has. */
    public static final ParameterSpec REFERENCE_OPTION = ParameterSpec.referenceScale("reference",
            "Reference electrode", "unknown",
            "Reference electrode of the potentials, e.g. 'Ag/AgCl (sat. KCl)', 'SCE', 'RHE' or a potential in V vs"
                    + " SHE. 'unknown' (default) takes it from the file where the file says; a value given here"
                    + " overrides the file and the override is noted in the metadata.");

    private EchemDatasets() {
    }

    /** The scale to use: the option when given, else what the file said; notes go into {@code meta}. */
    public static PotentialScale chooseScale(Parameters options, ReferenceElectrodes.Resolved fromFile,
            Map<String, String> meta) {
        PotentialScale option = options.scale("reference");
        if (option.isConvertible()) {
            meta.put(META_REFERENCE_NOTE, "reference set by the reader option to " + option.name()
                    + (fromFile.scale().isConvertible() ? " (the file said " + fromFile.scale().name() + ")" : ""));
            return option;
        }
        meta.put(META_REFERENCE_NOTE, fromFile.note());
        return fromFile.scale();
    }

    /**
     * Builds a dataset from vendor headers and arrays; arrays are taken over (and may be scaled in place).
     *
     * @param headers vendor headers with units, e.g. {@code <I>/mA}; or names with units given separately
     * @param units   units per column, or {@code null} to read them from the headers
     */
    public static Dataset build(String id, String name, String technique, List<String> headers, List<Unit> units,
            double[][] columns, PotentialScale scale, Map<String, String> meta, Provenance provenance) {
        Set<String> used = new HashSet<>();
        Column[] built = new Column[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            String vendorName;
            Unit unit;
            if (units == null) {
                String[] split = StandardColumns.splitHeader(headers.get(c));
                vendorName = split[0];
                unit = StandardColumns.parseUnit(split[1]);
            } else {
                vendorName = headers.get(c);
                unit = units.get(c);
            }
            StandardColumns.Mapping m = StandardColumns.map(vendorName, unit);
            String colName = used.contains(m.name()) ? vendorName : m.name();
            if (used.contains(colName)) {
                colName = headers.get(c) + " #" + (c + 1);
            }
            used.add(colName);
            double[] v = columns[c];
            if (m.factor() != 1 && colName.equals(m.name())) {
                for (int i = 0; i < v.length; i++) {
                    v[i] *= m.factor();
                }
            }
            boolean potential = m.potential() && colName.equals(m.name());
            built[c] = new Column(colName, unit, v, potential ? scale : null);
        }
        Dataset.Builder real = Dataset.builder(id, kindFor(technique, used)).name(name).provenance(provenance)
                .metadata(meta);
        for (Column col : built) {
            real.column(col);
        }
        return real.build();
    }

    /** The dataset kind that fits the technique and the columns present. */
    public static String kindFor(String technique, Set<String> names) {
        String t = technique == null ? "" : technique.toLowerCase(Locale.ROOT);
        if (names.contains(StandardColumns.FREQUENCY) && names.contains(StandardColumns.Z_REAL)
                && names.contains(StandardColumns.Z_IMAG)) {
            return DatasetKind.IMPEDANCE;
        }
        boolean ei = names.contains(StandardColumns.E) && names.contains(StandardColumns.I);
        if (ei && (t.contains("voltammetry") || t.contains("sweep") || t.equals("cv") || t.equals("lsv")
                || t.contains("polari") || t.contains("tafel"))) {
            return DatasetKind.VOLTAMMOGRAM;
        }
        if (names.contains(StandardColumns.TIME)
                && (names.contains(StandardColumns.I) || names.contains(StandardColumns.E))) {
            return DatasetKind.TIME_SERIES;
        }
        return ei ? DatasetKind.VOLTAMMOGRAM : DatasetKind.GENERIC;
    }

    /** A dataset id from a file name: the stem, with characters other than letters, digits, '.', '_', '-' replaced. */
    public static String idFor(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String stem = dot > 0 ? n.substring(0, dot) : n;
        return stem.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
