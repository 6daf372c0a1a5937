package org.electrocat.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every rejection is an IllegalArgumentException whose message names the offending series or field. */
class BadInputTest {

    private static void rejects(String mustName, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(mustName), "message '" + ex.getMessage() + "' should name " + mustName);
    }

    @Test
    void mismatchedLengthsNameTheSeries() {
        rejects("'cycle 3'", () -> Series.of("cycle 3", new double[3], new double[4]));
        rejects("'fit'", () -> new ImpedanceSpectrum("fit", new double[] {1, 2}, new double[] {1, 2, 3},
                new double[] {1, 2, 3}));
        rejects("'H2'", () -> Charts.bar("", "Catalyst", Axis.of("FE", "%"), List.of("Cu", "Ag"),
                List.of(BarSeries.of("H2", 1, 2, 3))));
        rejects("'U = 0 V'", () -> Charts.step("", Axis.of("ΔG", "eV"), List.of("a", "b"),
                List.of(new EnergyPath("U = 0 V", new double[] {1, 2, 3}))));
        rejects("'Ag'", () -> Charts.heatmap("", Axis.of("E", "V"), new double[] {1, 2}, "Catalyst",
                List.of("Cu", "Ag"), new double[][] {{1, 2}, {3}}, Axis.of("FE", "%")));
        rejects("errors", () -> new BarSeries("CO", new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void nanOnlySeriesNameTheSeries() {
        double nan = Double.NaN;
        rejects("'blank'", () -> Series.of("blank", new double[] {1, 2}, new double[] {nan, nan}));
        rejects("'empty'", () -> Series.of("empty", new double[0], new double[0]));
        rejects("'CO'", () -> BarSeries.of("CO", nan, nan));
        rejects("'U = 1 V'", () -> new EnergyPath("U = 1 V", new double[] {nan}));
        rejects("FE(CO)", () -> Charts.heatmap("", Axis.of("E", "V"), new double[] {1}, "Catalyst", List.of("Cu"),
                new double[][] {{nan}}, Axis.of("FE(CO)", "%")));
    }

    @Test
    void otherBadInput() {
        rejects("x[1] is infinite", () -> Series.of("s", new double[] {0, Double.POSITIVE_INFINITY}, new double[2]));
        rejects("two series are called 'a'", () -> Charts.xy("", Axis.of("x", "s"), Axis.of("y", "A"),
                List.of(Series.of("a", new double[1], new double[1]), Series.of("a", new double[1], new double[1]))));
        rejects("at least one series", () -> Charts.xy("", Axis.of("x", "s"), Axis.of("y", "A"), List.of()));
        rejects("reference scale", () -> Charts.voltammogram("", Axis.of("E", Units.VOLT), Axis.of("I", "A"),
                List.of(Series.of("a", new double[1], new double[1]))));
        rejects("frequency[0]", () -> new ImpedanceSpectrum("z", new double[] {0}, new double[] {1}, new double[] {1}));
        rejects("|Z| is zero", () -> new ImpedanceSpectrum("z", new double[] {1}, new double[] {0}, new double[] {0}));
        rejects("series name", () -> Series.of(" ", new double[1], new double[1]));
        rejects("'Cu' appears twice", () -> Charts.bar("", "Catalyst", Axis.of("FE", "%"), List.of("Cu", "Cu"),
                List.of(BarSeries.of("CO", 1, 2))));
        rejects("offset", () -> SpectrumLayout.OVERLAY.stacked(-1));
        rejects("axis quantity", () -> Axis.of("", "V"));
        rejects("position 0.5 appears twice", () -> Charts.heatmap("", Axis.of("x", "V"), new double[] {0.5, 0.5},
                Axis.of("y", "V"), new double[] {1}, new double[][] {{1, 2}}, Axis.of("z", "%")));
    }
}
