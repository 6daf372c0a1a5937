package org.electrocat.tests.toy;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.osgi.service.component.annotations.Component;

/**
 * A toy technique written only against the published API, as a third-party lab would: it adds a
 * reader, an analysis, a chart and a report section. If this plugin works, the extension points
 * are enough for a real one.
 */
@Component(service = Technique.class, property = {"electrocat.id=toy", "electrocat.technique=toy"})
public final class ToyTechnique implements Technique {
    @Override
    public String id() {
        return "toy";
    }

    @Override
    public String label() {
        return "Toy technique (test)";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Reads '#toy' files of time,current pairs and integrates the current.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.TIME_SERIES);
    }
}
