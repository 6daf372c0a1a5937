package org.electrocat.io.writers;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.electrocat.api.DatasetWriter;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.osgi.service.component.annotations.Component;

/**
 * Exports a dataset as JSON: {@code format}, {@code formatVersion}, {@code id}, {@code name},
 * {@code kind}, {@code rows}, {@code metadata}, {@code provenance} (sources with SHA-256, steps with
 * parameters) and {@code columns} (name, unit symbol, reference scale or null, values with NaN as
 * null); see {@link Json#dataset}. Streamed with jackson-core, written atomically, never over the
 * dataset's own raw file.
 */
@Component(service = DatasetWriter.class, property = {"electrocat.id=core.json", "electrocat.technique=core"})
public final class JsonDatasetWriter implements DatasetWriter {

    @Override
    public String id() {
        return "core.json";
    }

    @Override
    public String label() {
        return "JSON (columns, units, scales, metadata, provenance)";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public boolean canWrite(Dataset dataset) {
        return true;
    }

    @Override
    public void write(Dataset dataset, Path target, ProgressMonitor monitor) throws IOException {
        ExportSupport.export(dataset, target, monitor, out -> {
            try (JsonGenerator g = Json.generator(out, false)) {
                Json.dataset(g, dataset);
            }
        });
    }
}
