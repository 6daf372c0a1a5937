package org.electrocat.runtime;

import java.util.List;
import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.study.Study;

/**
 * What a study run produced: the datasets read (by study dataset id), the results of the steps
 * that succeeded with their charts and matching report sections, and the steps that failed.
 *
 * @param study    the study that ran
 * @param datasets datasets by study dataset id (a file may give several)
 * @param results  successful steps in study order
 * @param failures steps that failed, with the reason
 */
public record StudyOutcome(Study study, Map<String, List<Dataset>> datasets, List<StepResult> results,
        List<Failure> failures) {

    /**
     * One successful step.
     *
     * @param result   the analysis result
     * @param charts   charts from every contributor that supports the result
     * @param sections report sections that support the result
     */
    public record StepResult(Result result, List<NamedChart> charts, List<ReportSection> sections) {
    }

    /**
     * A step that did not produce a result.
     *
     * @param stepId  the step
     * @param message why, in the user's words
     */
    public record Failure(String stepId, String message) {
    }

    public StudyOutcome {
        datasets = Map.copyOf(datasets);
        results = List.copyOf(results);
        failures = List.copyOf(failures);
    }

    /** True when every step produced a result. */
    public boolean complete() {
        return failures.isEmpty();
    }
}
