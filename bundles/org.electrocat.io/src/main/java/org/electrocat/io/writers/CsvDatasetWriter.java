package org.electrocat.io.writers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.electrocat.api.DatasetWriter;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.io.AtomicFiles;
import org.electrocat.io.csv.Csv;
import org.osgi.service.component.annotations.Component;

/**
 * Exports a dataset as RFC 4180 CSV (UTF-8, CRLF, decimal point, round-trip precision) with
 * unit-bearing headers such as {@code E / V vs Ag/AgCl (sat. KCl)}; NaN becomes an empty cell.
 * Written atomically through {@link AtomicFiles}; never over the dataset's own raw file.
 */
@Component(service = DatasetWriter.class, property = {"electrocat.id=core.csv", "electrocat.technique=core"})
public final class CsvDatasetWriter implements DatasetWriter {

    @Override
    public String id() {
        return "core.csv";
    }

    @Override
    public String label() {
        return "CSV (comma-separated, units in the header)";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public boolean canWrite(Dataset dataset) {
        return !dataset.columns().isEmpty();
    }

    @Override
    public void write(Dataset dataset, Path target, ProgressMonitor monitor) throws IOException {
        if (!canWrite(dataset)) {
            throw new IllegalArgumentException("dataset '" + dataset.id() + "' has no columns to write as CSV");
        }
        ExportSupport.export(dataset, target, monitor, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            Csv.writeDataset(dataset, w);
            w.flush();
        });
    }
}
