package org.electrocat.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.report.DatasetSummary;
import org.electrocat.report.ReportInput;
import org.electrocat.report.ReportOutputs;
import org.electrocat.report.ReportWriter;
import org.electrocat.report.ResultEntry;

/**
 * Writes the outputs of a study run (report.html, results.json, tables, charts). A failed step
 * appears in the report in its place, as a result without values carrying the failure as a
 * warning, so a reader sees what is missing and why.
 */
public final class StudyReport {

    private StudyReport() {
    }

    /**
     * The software record reports carry in their provenance appendix: ElectroCat (the version of the
     * calling bundle), the OSGi framework, Java and the OS. The command line and the workbench both
     * use it, so their reports of one study match.
     */
    public static Map<String, String> software(org.osgi.framework.BundleContext context) {
        Map<String, String> software = new LinkedHashMap<>();
        org.osgi.framework.Bundle system = context.getBundle(0);
        software.put("ElectroCat", context.getBundle().getVersion().toString());
        software.put("OSGi framework", system.getSymbolicName() + " " + system.getVersion());
        software.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        software.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return software;
    }

    /**
     * Writes the outputs.
     *
     * @param software component → version, recorded in the provenance appendix
     * @throws IOException when an output cannot be written (earlier outputs stay intact: writes are atomic)
     */
    public static ReportOutputs write(StudyOutcome outcome, Path outDir, Set<String> formats,
            Map<String, String> software) throws IOException {
        List<DatasetSummary> datasets = new ArrayList<>();
        for (List<Dataset> ds : outcome.datasets().values()) {
            for (Dataset d : ds) {
                datasets.add(DatasetSummary.of(d));
            }
        }
        Map<String, ResultEntry> byStep = new LinkedHashMap<>();
        for (StudyOutcome.StepResult s : outcome.results()) {
            byStep.put(s.result().id(), new ResultEntry(s.result(), s.charts(), s.sections()));
        }
        for (StudyOutcome.Failure f : outcome.failures()) {
            var step = outcome.study().analyses().stream().filter(a -> a.id().equals(f.stepId())).findFirst();
            String analysis = step.map(a -> a.analysis()).orElse("?");
            Result failed = Result.builder(f.stepId(), analysis, "-", step.map(a -> a.techniqueOrPrefix()).orElse("?"))
                    .title(f.stepId() + " (failed)").warning("This step failed and produced no result: " + f.message())
                    .parameters(step.map(a -> a.parameters()).orElse(Map.of())).build();
            byStep.put(f.stepId(), new ResultEntry(failed, List.of(), List.of()));
        }
        // study order, whatever the order of success and failure
        List<ResultEntry> ordered = new ArrayList<>();
        for (var step : outcome.study().analyses()) {
            ResultEntry e = byStep.get(step.id());
            if (e != null) {
                ordered.add(e);
            }
        }
        ReportInput in = new ReportInput(outcome.study().name(), outcome.study().description(),
                outcome.study().conditions(), datasets, ordered, software, Instant.now());
        return ReportWriter.write(in, outDir, formats);
    }
}
