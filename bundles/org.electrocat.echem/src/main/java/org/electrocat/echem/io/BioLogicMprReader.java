package org.electrocat.echem.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.osgi.service.component.annotations.Component;

/**
 * Reads BioLogic EC-Lab binary files (.mpr) written by EC-Lab 11.x with data modules of version 2
 * or 3. Detection is by the magic {@code BIO-LOGIC MODULAR FILE}. Layout (see {@link MprFile}):
 * the "VMP data" module holds the point count (uint32), the column count (uint8), the column ids
 * (uint16 each) and, after a fixed header (405 bytes in version 2, 406 in version 3), one record
 * per point; the ids are decoded with {@link MprColumns}. "VMP Set" gives the technique id and the
 * reference electrode (name and potential vs SHE), "VMP LOG" the acquisition start and software
 * version. The header arithmetic is verified ({@code points × record + header = module length}), so
 * a file with an id of unexpected width fails instead of being misread.
 *
 * <p>Limits: the technique parameters (scan rate ...) are not decoded from the settings module;
 * unknown column ids, other data-module versions and files over 2 GiB are refused with a message
 * that points to the .mpt export.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=echem.biologic-mpr",
        "electrocat.technique=echem"})
public final class BioLogicMprReader extends EchemReader {

    public BioLogicMprReader() {
        super("echem.biologic-mpr", "BioLogic EC-Lab binary file (.mpr)", "mpr");
    }

    /** Technique ids of the settings module, from the paired sample runs. */
    private static final Map<Integer, String> TECHNIQUES = Map.of(6, "Cyclic Voltammetry", 108,
            "Linear Sweep Voltammetry");
    private static final int SET_REFERENCE_NAME = 0x215;
    private static final int SET_REFERENCE_POTENTIAL = 0x248;
    private static final int LOG_ACQUISITION_DATE = 0x249;
    private static final int LOG_SOURCE_FILE = 0x250;
    private static final int LOG_SOFTWARE_VERSION = 0x3b7;

    @Override
    public double detect(Path file, byte[] head) {
        return MprFile.hasMagic(head) ? 1.0 : 0.0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        monitor.begin("Reading " + file.getFileName(), -1);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new FormatException(file, -1, null, "files over 2 GiB are not supported; export the run as .mpt");
            }
            ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
            List<MprFile.Module> modules = MprFile.modules(file, buf);
            MprFile.Module data = MprFile.find(modules, "VMP data");
            if (data == null) {
                throw new FormatException(file, -1, "VMP data", "the file has no data module (modules: "
                        + names(modules) + ")");
            }
            Map<String, String> meta = new LinkedHashMap<>();
            for (MprFile.Module m : modules) {
                meta.put("biologic.module." + m.shortName(), "version " + m.version() + ", " + m.length()
                        + " bytes, dated " + m.date());
            }
            String technique = settings(buf, MprFile.find(modules, "VMP Set"), meta);
            ReferenceElectrodes.Resolved ref = reference(buf, MprFile.find(modules, "VMP Set"), meta);
            log(buf, MprFile.find(modules, "VMP LOG"), meta);
            PotentialScale scale = EchemDatasets.chooseScale(options, ref, meta);
            MprDataModule table = MprDataModule.decode(file, buf, data, monitor);
            Provenance prov = Provenance.ofFile(file, id(), version());
            return List.of(EchemDatasets.build(EchemDatasets.idFor(file), file.getFileName().toString(), technique,
                    table.headers(), null, table.columns(), scale, meta, prov));
        } finally {
            monitor.done();
        }
    }

    private static String settings(ByteBuffer buf, MprFile.Module set, Map<String, String> meta) {
        if (set == null || set.length() < 1) {
            meta.put(EchemDatasets.META_TECHNIQUE, "");
            return "";
        }
        int id = buf.get((int) set.payloadAt()) & 0xff;
        String name = TECHNIQUES.getOrDefault(id, "EC-Lab technique id " + id);
        meta.put(EchemDatasets.META_TECHNIQUE, name);
        meta.put("biologic.technique.id", String.valueOf(id));
        return name;
    }

    private static ReferenceElectrodes.Resolved reference(ByteBuffer buf, MprFile.Module set,
            Map<String, String> meta) {
        if (set == null) {
            return ReferenceElectrodes.resolve(null);
        }
        String name = MprFile.pascal(buf, set, SET_REFERENCE_NAME, SET_REFERENCE_POTENTIAL - SET_REFERENCE_NAME - 1);
        if (name == null) {
            return ReferenceElectrodes.resolve(null);
        }
        String text = name;
        if (SET_REFERENCE_POTENTIAL + 4 <= set.length()) {
            float v = buf.getFloat((int) (set.payloadAt() + SET_REFERENCE_POTENTIAL));
            if (Float.isFinite(v) && v != 0 && Math.abs(v) < 2) {
                text = name + String.format(Locale.ROOT, " (%.3f V)", v);
            }
        }
        meta.put(EchemDatasets.META_REFERENCE, text);
        return ReferenceElectrodes.resolve(text);
    }

    private static void log(ByteBuffer buf, MprFile.Module log, Map<String, String> meta) {
        if (log == null) {
            return;
        }
        LocalDateTime start = MprFile.oleDate(buf, log, LOG_ACQUISITION_DATE);
        if (start != null) {
            meta.put(EchemDatasets.META_ACQUIRED, start.toString());
        }
        String source = MprFile.pascal(buf, log, LOG_SOURCE_FILE, 255);
        if (source != null) {
            meta.put("biologic.source.file", source);
        }
        String software = MprFile.pascal(buf, log, LOG_SOFTWARE_VERSION, 16);
        if (software != null) {
            meta.put("biologic.software.version", software);
        }
    }

    private static String names(List<MprFile.Module> modules) {
        List<String> n = new ArrayList<>();
        for (MprFile.Module m : modules) {
            n.add(m.shortName());
        }
        return String.join(", ", n);
    }
}
