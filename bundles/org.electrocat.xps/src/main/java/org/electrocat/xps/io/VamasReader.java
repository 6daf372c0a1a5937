package org.electrocat.xps.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * Reads VAMAS files (ISO 14976, {@code .vms}; see {@link VamasParser}): one XPS spectrum dataset per
 * block, named by species and transition ({@code Pd 3d}). The count rate is the first ordinate
 * variable divided by the signal collection time and the number of scans (the CasaXPS convention,
 * so a REGULAR file of counts and an IRREGULAR file of counts per second with a 1 s collection time
 * give the same spectrum); further ordinate variables (e.g. the transmission function) are kept as
 * columns named by their label.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=xps.vamas", "electrocat.technique=xps"})
public final class VamasReader extends XpsReader {

    /** The reader (registered as a Declarative Services component). */
    public VamasReader() {
        super("xps.vamas", "VAMAS ISO 14976 (.vms)", "vms", "npl");
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.number("workFunction", "Work function", "eV", 0.0,
                "Analyser work function subtracted in BE = hν − KE − φ. Leave 0 when the kinetic energies are "
                        + "referenced to the Fermi level (CasaXPS, SpecsLab Prodigy).").range(-20, 20));
    }

    @Override
    public double detect(Path file, byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 200), StandardCharsets.ISO_8859_1);
        return s.startsWith(VamasParser.MAGIC) ? 1.0 : 0.0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        monitor.begin("Reading " + file.getFileName(), -1);
        double phi = options.asText().containsKey("workFunction") ? options.number("workFunction") : 0;
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        VamasFile vamas = VamasParser.parse(file.toString(), lines);
        Provenance provenance = Provenance.ofFile(file, id(), version());
        List<Dataset> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (VamasBlock block : vamas.blocks()) {
            monitor.checkCancelled();
            out.add(toDataset(block, vamas, phi, provenance, seen));
        }
        monitor.done();
        return out;
    }

    /** One block as an XPS spectrum; ids stay unique when two blocks share a region name. */
    static Dataset toDataset(VamasBlock block, VamasFile vamas, double phi, Provenance provenance,
            Map<String, Integer> seen) {
        String name = block.regionName();
        int k = seen.merge(name, 1, Integer::sum);
        String id = k == 1 ? name : name + " #" + k;
        double[] y = block.ordinates()[0];
        double scale = countScale(block);
        double[] rate = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            rate[i] = y[i] * scale;
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("vamas.block", block.blockId());
        meta.put("vamas.sample", block.sampleId());
        meta.put("vamas.mode", vamas.experimentMode() + " " + vamas.scanMode());
        meta.put("vamas.first-line", String.valueOf(block.firstLine()));
        meta.put("xps.pass-energy", Double.isNaN(block.passEnergy()) ? "not specified" : String.valueOf(block.passEnergy()));
        meta.put("xps.dwell-time", Double.isNaN(block.collectionTime()) ? "not specified" : block.collectionTime() + " s");
        meta.put("xps.scans", String.valueOf(block.scans()));
        meta.put("xps.intensity-from", block.variableLabels().get(0) + " × " + scale);
        if (!Double.isNaN(block.workFunction())) {
            meta.put("vamas.analyser-work-function", block.workFunction() + " eV");
        }
        meta.putAll(block.metadata());
        Dataset d = XpsSpectra.spectrum(id, name, block.abscissa(), block.bindingEnergyAxis(), block.sourceEnergy(), phi,
                rate, meta, provenance);
        Dataset.Builder b = d.toBuilder();
        for (int v = 1; v < block.variableLabels().size(); v++) {
            String label = block.variableLabels().get(v).toLowerCase(Locale.ROOT);
            if (d.column(label).isEmpty()) {
                b.column(new Column(label, Units.ONE, block.ordinates()[v]));
            }
        }
        return b.build();
    }

    /** 1/(dwell × scans) for counts, 1 for values that are already rates or lack a dwell time. */
    static double countScale(VamasBlock block) {
        String label = (block.variableLabels().get(0) + " " + block.variableUnits().get(0)).toLowerCase(Locale.ROOT);
        if (label.contains("per second") || label.contains("/s") || label.contains("cps")) {
            return 1.0;
        }
        double dwell = block.collectionTime();
        int scans = Math.max(block.scans(), 1);
        return dwell > 0 && Double.isFinite(dwell) ? 1.0 / (dwell * scans) : 1.0;
    }
}
