package org.electrocat.ms.analysis;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.osgi.service.component.annotations.Component;

/** The mass spectrometry technique: mzML/mzXML/text readers and the ms.pattern, ms.assign, ms.label analyses. */
@Component(service = Technique.class, property = {"electrocat.id=ms", "electrocat.technique=ms"})
public final class MsTechnique implements Technique {

    @Override
    public String id() {
        return "ms";
    }

    @Override
    public String label() {
        return "Mass spectrometry";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String description() {
        return "ESI mass spectra (mzML, mzXML, text): formulas with abbreviations, isotopic fine structure and"
                + " profiles, assignment of cluster ions with a stated mass convention, isotope labelling.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }
}
