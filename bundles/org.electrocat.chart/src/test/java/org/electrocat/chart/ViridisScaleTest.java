package org.electrocat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ViridisScaleTest {

    @Test
    void endsAreViridisEndsAndNanIsGrey() {
        ViridisScale s = new ViridisScale(-1, 3);
        assertEquals(new Color(0x440154), s.getPaint(-1));
        assertEquals(new Color(0xFDE725), s.getPaint(3));
        assertEquals(new Color(0x440154), s.getPaint(-50), "clamped below");
        assertEquals(ViridisScale.MISSING, s.getPaint(Double.NaN));
        // halfway between anchors 4 (0x21908C) and 5 (0x27AD81) at t = 4.5/8
        assertEquals(new Color((0x21 + 0x27 + 1) / 2, (0x90 + 0xAD + 1) / 2, (0x8C + 0x81 + 1) / 2), s.getPaint(-1 + 4 * 4.5 / 8));
    }

    @Test
    void brightnessRisesMonotonically() {
        // viridis is designed with monotonically increasing lightness, which makes it readable in grey
        ViridisScale s = new ViridisScale(0, 1);
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            double b = ViridisScale.brightness(s.colour(i / 100.0));
            assertTrue(b > last, "at " + i);
            last = b;
        }
    }

    @Test
    void constantFieldStillHasAScale() {
        ViridisScale s = new ViridisScale(5, 5);
        assertTrue(s.getUpperBound() > s.getLowerBound());
    }
}
