package org.electrocat.api;

import java.util.List;

/**
 * One analysis: a deterministic computation from input datasets and typed parameters to a
 * {@link Result}. The same analysis serves the study runner, the command line and the workbench.
 * Register as an OSGi service with {@link ServiceProperties#ID} and {@link ServiceProperties#TECHNIQUE}.
 *
 * <p>Contract: {@link #run} does not modify its inputs, checks its inputs (NaN, units,
 * monotonic axes) and reports problems it can work around as {@link Result#warnings()} and
 * problems it cannot as {@link IllegalArgumentException} with a message naming the dataset and
 * column; it polls {@link ProgressMonitor#checkCancelled()} during long work.
 */
public interface Analysis {

    /** Unique id, by convention {@code <technique>.<name>}, e.g. {@code echem.cdl}. */
    String id();

    /** Short name for menus and report headings. */
    String label();

    /** Technique id. */
    String technique();

    /** Version of the algorithm; bump it whenever results may change. Recorded in provenance. */
    String version();

    /** What it computes, the method and its reference (one paragraph; shown in help and the report). */
    String description();

    /** Dataset kinds accepted as input (see {@code DatasetKind}). */
    List<String> inputKinds();

    /** Smallest number of input datasets (default 1). */
    default int minInputs() {
        return 1;
    }

    /** Largest number of input datasets (default 1; {@link Integer#MAX_VALUE} for series). */
    default int maxInputs() {
        return 1;
    }

    /** Declared parameters with units and defaults. */
    List<ParameterSpec> parameters();

    /**
     * Runs the analysis.
     *
     * @throws IllegalArgumentException when inputs or parameters cannot be analysed (message names them)
     * @throws CancelledException       when the monitor was cancelled
     */
    Result run(AnalysisContext context);
}
