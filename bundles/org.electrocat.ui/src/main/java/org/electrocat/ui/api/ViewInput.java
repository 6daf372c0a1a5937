package org.electrocat.ui.api;

import java.util.Objects;
import java.util.Optional;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;

/**
 * What a {@link WorkbenchView} is asked to show: one dataset (raw data read from a file, or a
 * curve an analysis derived) or one analysis result. Exactly one of the two is present.
 *
 * @param dataset the dataset, or {@code null} for a result
 * @param result  the result, or {@code null} for a dataset
 */
public record ViewInput(Dataset dataset, Result result) {

    /** Kind reported by {@link #kind()} for results. */
    public static final String RESULT = "result";

    public ViewInput {
        if ((dataset == null) == (result == null)) {
            throw new IllegalArgumentException("a view input is either a dataset or a result");
        }
    }

    /** A dataset input. */
    public static ViewInput of(Dataset dataset) {
        return new ViewInput(Objects.requireNonNull(dataset, "dataset"), null);
    }

    /** A result input. */
    public static ViewInput of(Result result) {
        return new ViewInput(null, Objects.requireNonNull(result, "result"));
    }

    public Optional<Dataset> asDataset() {
        return Optional.ofNullable(dataset);
    }

    public Optional<Result> asResult() {
        return Optional.ofNullable(result);
    }

    /** The dataset's kind ({@code DatasetKind}), or {@link #RESULT}. */
    public String kind() {
        return dataset != null ? dataset.kind() : RESULT;
    }

    /** The analysis id of a result input, else empty; views for one analysis test this. */
    public Optional<String> analysisId() {
        return result == null ? Optional.empty() : Optional.of(result.analysisId());
    }

    /** Title for the view's tab: the dataset's name or the result's title with its step id. */
    public String title() {
        if (dataset != null) {
            return dataset.name();
        }
        return result.title().equals(result.id()) ? result.id() : result.id() + ": " + result.title();
    }

    /** Identity of the input in the workspace ({@code dataset:ID} or {@code result:ID}), e.g. to reuse a tab. */
    public String key() {
        return dataset != null ? "dataset:" + dataset.id() : "result:" + result.id();
    }
}
