package org.electrocat.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.study.Study;
import org.electrocat.report.ReportOutputs;
import org.electrocat.runtime.StudyOutcome;
import org.electrocat.ui.api.ViewInput;

/**
 * A study file open in the workspace, and its last run.
 *
 * @param file    the study file (absolute)
 * @param sha256  SHA-256 of the study file when it was loaded
 * @param study   the parsed study
 * @param outcome its last run, or {@code null}
 * @param report  the outputs that run wrote, or {@code null}
 */
public record StudyEntry(Path file, String sha256, Study study, StudyOutcome outcome, ReportOutputs report) {

    public StudyEntry {
        Objects.requireNonNull(file, "study file");
        Objects.requireNonNull(study, "study");
    }

    /** The folder the report goes to: the study's {@code output.directory}, relative to the study file, as the CLI does. */
    public Path reportDirectory() {
        return study.baseDir().resolve(study.output().directory()).normalize();
    }

    /** This study after a run. */
    public StudyEntry ran(Study reloaded, StudyOutcome newOutcome, ReportOutputs written) {
        return new StudyEntry(file, sha256, reloaded, newOutcome, written);
    }

    /**
     * True when the input came out of this study's last run: one of its datasets, one of its
     * results or a curve of one (the same object, not an equal one from another study).
     */
    public boolean contains(ViewInput input) {
        if (outcome == null) {
            return false;
        }
        for (StudyOutcome.StepResult sr : outcome.results()) {
            if (sr.result() == input.result()) {
                return true;
            }
            if (input.dataset() != null && sr.result().curves().stream().anyMatch(c -> c == input.dataset())) {
                return true;
            }
        }
        if (input.dataset() != null) {
            for (List<Dataset> ds : outcome.datasets().values()) {
                if (ds.stream().anyMatch(d -> d == input.dataset())) {
                    return true;
                }
            }
        }
        return false;
    }
}
