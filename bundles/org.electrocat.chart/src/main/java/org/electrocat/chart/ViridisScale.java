package org.electrocat.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (van der Walt &amp; Smith, matplotlib 1.5, 2015): perceptually uniform, readable
 * in grey scale and by colour-blind readers. Nine anchor colours (viridis sampled at 0, 1/8, ..., 1)
 * are interpolated linearly in sRGB, which deviates from the full 256-entry table by a few levels at
 * most. Values outside the bounds are clamped; {@code NaN} (no measurement) is light grey.
 */
final class ViridisScale implements PaintScale {

    private static final int[] ANCHORS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21908C, 0x27AD81, 0x5DC863,
        0xAADC32, 0xFDE725};
    static final Color MISSING = new Color(0xD9D9D9);

    private final double lower;
    private final double upper;

    ViridisScale(double lower, double upper) {
        if (!(upper > lower)) {
            // a constant field still needs a non-empty scale
            upper = lower + (lower == 0 ? 1 : Math.abs(lower) * 1e-6);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    /** The colour of {@code value}. */
    Color colour(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = Math.min(1, Math.max(0, (value - lower) / (upper - lower))) * (ANCHORS.length - 1);
        int i = Math.min((int) t, ANCHORS.length - 2);
        double f = t - i;
        int a = ANCHORS[i];
        int b = ANCHORS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    /** Relative luminance-like brightness in [0, 1], to choose black or white text on a cell. */
    static double brightness(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    }
}
