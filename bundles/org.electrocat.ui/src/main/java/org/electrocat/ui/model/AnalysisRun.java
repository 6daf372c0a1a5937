package org.electrocat.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.electrocat.api.Result;

/**
 * One analysis the user ran in the workspace: the step id (which names the result and can be an
 * input of later runs), the analysis, its input dataset ids, its parameters as text, and what came
 * of it. Immutable; a re-run gives a new instance.
 *
 * @param id         step id, unique in the workspace
 * @param analysisId analysis id, e.g. {@code echem.cdl}
 * @param inputs     dataset ids ({@code file}, {@code file/2}) or earlier run ids ({@code run}, {@code run/curve})
 * @param parameters parameter values as text, in declaration order
 * @param result     the result, or {@code null} when not (yet) computed in this session
 * @param failure    why the run failed, or {@code null}
 * @param saved      the summary read from a session, or {@code null}
 */
public record AnalysisRun(String id, String analysisId, List<String> inputs, Map<String, String> parameters,
        Result result, String failure, ResultSummary saved) {

    /** Where a run stands. */
    public enum Status {
        /** Not run yet. */
        PENDING,
        /** Computed in this session. */
        DONE,
        /** Failed; {@link AnalysisRun#failure()} says why. */
        FAILED,
        /** Only the summary saved in a session is known (its inputs could not be read). */
        SAVED
    }

    public AnalysisRun {
        Objects.requireNonNull(id, "run id");
        Objects.requireNonNull(analysisId, "analysis of run " + id);
        inputs = List.copyOf(inputs);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A run not yet computed. */
    public static AnalysisRun pending(String id, String analysisId, List<String> inputs, Map<String, String> parameters) {
        return new AnalysisRun(id, analysisId, inputs, parameters, null, null, null);
    }

    public Status status() {
        if (result != null) {
            return Status.DONE;
        }
        if (failure != null) {
            return Status.FAILED;
        }
        return saved != null ? Status.SAVED : Status.PENDING;
    }

    /** This run with its new result. */
    public AnalysisRun done(Result r) {
        return new AnalysisRun(id, analysisId, inputs, parameters, r, null, saved);
    }

    /** This run failed. */
    public AnalysisRun failed(String why) {
        return new AnalysisRun(id, analysisId, inputs, parameters, null, why, saved);
    }

    /** The summary to save: of the result when computed, else the one read from a session. */
    public ResultSummary summary() {
        return result != null ? ResultSummary.of(result) : saved;
    }
}
