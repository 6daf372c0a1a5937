package org.electrocat.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.electrocat.core.model.Dataset;

/**
 * What an {@link Analysis} run gets: its input datasets, its resolved parameters, the study's
 * shared conditions, results of earlier steps it may build on, and a progress monitor.
 *
 * @param stepId     id of this step in the study (used as the result id)
 * @param inputs     input datasets in the order the step lists them
 * @param parameters resolved parameters
 * @param conditions shared experimental conditions of the study ({@code pH}, {@code temperature} ...), as text
 * @param earlier    results of earlier steps, by step id
 * @param monitor    progress and cancellation
 */
public record AnalysisContext(String stepId, List<Dataset> inputs, Parameters parameters,
        Map<String, String> conditions, Map<String, Result> earlier, ProgressMonitor monitor) {

    public AnalysisContext {
        inputs = List.copyOf(inputs);
        conditions = Map.copyOf(conditions);
        earlier = Map.copyOf(earlier);
    }

    /** A context for library use: one step, no study conditions, no earlier results. */
    public static AnalysisContext of(String stepId, List<Dataset> inputs, Parameters parameters) {
        return new AnalysisContext(stepId, inputs, parameters, Map.of(), Map.of(), ProgressMonitor.NONE);
    }

    /** The only input; fails with a clear message when there is not exactly one. */
    public Dataset single() {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException("step '" + stepId + "' needs exactly one input dataset, got "
                    + inputs.size());
        }
        return inputs.get(0);
    }

    /** A study condition, if set. */
    public Optional<String> condition(String key) {
        return Optional.ofNullable(conditions.get(key));
    }
}
