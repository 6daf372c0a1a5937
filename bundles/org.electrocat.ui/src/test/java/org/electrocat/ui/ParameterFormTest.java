package org.electrocat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.ui.model.ParameterForm;
import org.junit.jupiter.api.Test;

/** The parameters panel's model validates exactly as {@link Parameters#resolve} does, with its messages. */
class ParameterFormTest {

    private static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.number("j", "Current density", "mA/cm2", 1.0, "threshold").range(0, 100),
            ParameterSpec.integer("n", "Points", 5, "window").range(1, 50),
            ParameterSpec.choice("mode", "Mode", "fast", List.of("fast", "exact"), "how"),
            ParameterSpec.bool("flag", "Flag", true, "a switch"),
            ParameterSpec.number("area", "Area", "cm2", null, "electrode area (required)"),
            ParameterSpec.referenceScale("ref", "Reference", "RHE", "scale"));

    private static final String OWNER = ParameterForm.owner("cdl-1", "echem.cdl");

    /** The message Parameters.resolve gives for the whole parameter set with one bad value. */
    private static String resolveMessage(String name, String value) {
        Map<String, String> given = new java.util.HashMap<>(Map.of("area", "0.196"));
        given.put(name, value);
        return assertThrows(IllegalArgumentException.class, () -> Parameters.resolve(OWNER, SPECS, given)).getMessage();
    }

    @Test
    void startsWithTheDefaultsAndOnlyTheRequiredFieldMissing() {
        ParameterForm f = new ParameterForm(OWNER, SPECS, Map.of());
        assertEquals("1.0", f.text("j"));
        assertEquals("5", f.text("n"));
        assertEquals("", f.text("area"));
        assertFalse(f.valid());
        assertEquals(List.of("area"), SPECS.stream().map(ParameterSpec::name).filter(n -> f.error(n).isPresent()).toList());
        // the required message is the runtime's own
        String expected = assertThrows(IllegalArgumentException.class, () -> Parameters.resolve(OWNER, SPECS, Map.of()))
                .getMessage();
        assertEquals(expected, f.error("area").orElseThrow());
        assertEquals("step 'cdl-1' (echem.cdl): parameter 'area' (Area) is required: electrode area (required)", expected);
    }

    @Test
    void outOfRangeWrongTypeAndBadChoiceGiveTheMessagesOfParametersResolve() {
        ParameterForm f = new ParameterForm(OWNER, SPECS, Map.of("area", "0.196"));
        assertTrue(f.valid());
        for (String[] bad : new String[][] {{"j", "150"}, {"j", "-1 mA/cm2"}, {"j", "2 V"}, {"j", "abc"},
            {"n", "2.5"}, {"n", "0"}, {"mode", "slow"}, {"flag", "maybe"}, {"ref", "vs. nothing known"}}) {
            String message;
            try {
                message = resolveMessage(bad[0], bad[1]);
            } catch (org.opentest4j.AssertionFailedError e) {
                // Parameters.resolve accepts it: then the form must too
                assertTrue(f.set(bad[0], bad[1]).isEmpty(), bad[0] + "=" + bad[1]);
                continue;
            }
            assertEquals(message, f.set(bad[0], bad[1]).orElseThrow(), bad[0] + "=" + bad[1]);
            assertFalse(f.valid());
            assertTrue(message.startsWith(OWNER + ": parameter '" + bad[0] + "' = '" + bad[1] + "': "), message);
            assertEquals(message.substring(OWNER.length() + 2), f.shortError(bad[0]).orElseThrow());
            f.set(bad[0], SPECS.stream().filter(s -> s.name().equals(bad[0])).findFirst().orElseThrow().defaultValue());
            assertTrue(f.valid(), "valid again after the default is back: " + bad[0]);
        }
    }

    @Test
    void unitsConvertAsInStudyFilesAndBlankMeansDefault() {
        ParameterForm f = new ParameterForm(OWNER, SPECS, Map.of("area", "19.6 mm2"));
        assertTrue(f.set("j", "500 uA/cm2").isEmpty());
        Parameters p = f.resolve();
        assertEquals(0.5, p.number("j"), 1e-15); // 500 µA/cm² = 0.5 mA/cm²
        assertEquals(0.196, p.number("area"), 1e-15); // 19.6 mm² = 0.196 cm²
        assertTrue(f.set("n", "  ").isEmpty());
        assertFalse(f.given().containsKey("n"));
        assertEquals(5, f.resolve().integer("n"));
        assertEquals(List.of("j", "mode", "flag", "area", "ref"), List.copyOf(f.given().keySet()));
    }

    @Test
    void resetRestoresDefaultsAndHintsDescribeTheField() {
        ParameterForm f = new ParameterForm(OWNER, SPECS, Map.of("j", "7", "area", "1"));
        f.reset();
        assertEquals("1.0", f.text("j"));
        assertEquals("", f.text("area"));
        assertEquals("mA/cm2 · 0 to 100 · default 1.0", ParameterForm.hint(SPECS.get(0)));
        assertEquals("1 to 50 · whole number · default 5", ParameterForm.hint(SPECS.get(1)));
        assertEquals("cm2 · required", ParameterForm.hint(SPECS.get(4)));
        assertThrows(IllegalArgumentException.class, () -> f.set("nope", "1"));
    }
}
