package org.electrocat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void significantDigitsWithoutTrailingZeros() {
        assertEquals("0.5", NumberText.significant(0.5, 3));
        assertEquals("42", NumberText.significant(41.96, 3));
        assertEquals("41.96", NumberText.significant(41.96, 4));
        assertEquals("−0.123", NumberText.significant(-0.12345, 3));
        assertEquals("2400", NumberText.significant(2400, 3));
        assertEquals("1.5×10⁻⁷", NumberText.significant(1.5e-7, 3));
        assertEquals("10⁹", NumberText.significant(1e9, 3));
        assertEquals("0", NumberText.significant(0, 3));
    }

    @Test
    void tickFormatsAreLocaleFreeAndUngrouped() {
        assertEquals("2400", NumberText.tickFormat(100).format(2400));
        assertEquals("0.25", NumberText.tickFormat(0.05).format(0.25));
        assertEquals("−1.2", NumberText.tickFormat(0.2).format(-1.2));
        assertEquals("1E−7", NumberText.tickFormat(1e-7).format(1e-7));
    }

    @Test
    void logTicksPerDecadeOverManyDecades() {
        // 10 mHz .. 100 kHz: 8 decades, one label per decade
        List<NumberTick> t = LogScaleAxis.ticks(0.01, 1e5, RectangleEdge.BOTTOM);
        assertEquals(8, t.size());
        assertEquals("10⁻²", t.get(0).getText());
        assertEquals("10⁵", t.get(7).getText());
        assertEquals(1e5, t.get(7).getValue(), 1e-6);
        // 1e-6 .. 1e12: 19 decades, every third labelled (≤ 9 labels)
        assertEquals(7, LogScaleAxis.ticks(1e-6, 1e12, RectangleEdge.LEFT).size());
    }

    @Test
    void logTicksOnShortRanges() {
        // 12..97 ohm: 20, 30, ..., 90
        List<NumberTick> t = LogScaleAxis.ticks(12, 97, RectangleEdge.LEFT);
        assertEquals(List.of("20", "30", "40", "50", "60", "70", "80", "90"), t.stream().map(NumberTick::getText).toList());
        // 3..700: 1-2-5 ticks 5, 10, 20, 50, 100, 200, 500
        assertEquals(List.of("5", "10", "20", "50", "100", "200", "500"),
                LogScaleAxis.ticks(3, 700, RectangleEdge.LEFT).stream().map(NumberTick::getText).toList());
        // 1.1..1.5: ends labelled
        assertEquals(List.of("1.1", "1.5"),
                LogScaleAxis.ticks(1.1, 1.5, RectangleEdge.LEFT).stream().map(NumberTick::getText).toList());
    }
}
