package org.electrocat.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every short name the plugin lists show leads back to its feature id. */
class FeatureIdsTest {

    @Test
    void eachShortNameShownNamesItsFeature() {
        for (String id : List.of("org.electrocat.echem.feature", "org.electrocat.eis.ui.feature",
                "org.electrocat.vibspec.ui.feature", "com.example.uvvis.feature")) {
            String shown = FeatureIds.shortName(id);
            assertTrue(FeatureIds.candidates(shown).contains(id), shown + " → " + FeatureIds.candidates(shown));
        }
        assertEquals("eis.ui", FeatureIds.shortName("org.electrocat.eis.ui.feature"));
        assertEquals(List.of("org.electrocat.eis.feature", "org.electrocat.eis.feature.feature"),
                FeatureIds.candidates("org.electrocat.eis.feature"), "a full id is taken literally first");
    }
}
