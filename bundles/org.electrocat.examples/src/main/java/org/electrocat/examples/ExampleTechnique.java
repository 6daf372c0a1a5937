package org.electrocat.examples;

import java.util.List;
import org.electrocat.api.Technique;
import org.osgi.service.component.annotations.Component;

/**
 * The helpers an example study needs beyond the technique plugins: the comparison of published
 * numbers with the values a study computes ({@code example.compare}). It reads no files; it works
 * on the results of earlier steps.
 */
@Component(service = Technique.class, property = {"electrocat.id=example", "electrocat.technique=example"})
public final class ExampleTechnique implements Technique {

    /** Technique id. */
    public static final String ID = "example";
    /** Version of the helpers, recorded in provenance. */
    public static final String VERSION = "0.1.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Example-study helpers";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String description() {
        return "Paper-vs-ElectroCat comparison tables built from the results of earlier study steps.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of();
    }
}
