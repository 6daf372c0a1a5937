package com.example.uvvis;

import java.util.List;
import org.electrocat.api.Technique;
import org.electrocat.core.model.DatasetKind;
import org.osgi.service.component.annotations.Component;

/**
 * The UV-vis technique: absorbance spectra and their quantification. Registering a
 * {@link Technique} service makes the plugin appear in {@code electrocat plugins list}.
 */
@Component(service = Technique.class, property = {"electrocat.id=uvvis", "electrocat.technique=uvvis"})
public final class UvVisTechnique implements Technique {

    @Override
    public String id() {
        return "uvvis";
    }

    @Override
    public String label() {
        return "UV-vis (Example Lab)";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "UV-vis absorbance spectra from CSV; concentration by the Beer-Lambert law.";
    }

    @Override
    public List<String> datasetKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }
}
