package org.electrocat.chart;

/**
 * How {@link Charts#spectrum} lays out its spectra.
 *
 * @param reversedX true to run the x axis from high to low, as IR (wavenumber) and XPS (binding
 *                  energy) spectra are drawn
 * @param offset    vertical shift between successive spectra (waterfall of an in situ series), in
 *                  the y unit: 0 overlays them, {@code NaN} chooses the shift from the data (the
 *                  largest peak-to-peak range times 1.1, so traces do not overlap)
 */
public record SpectrumLayout(boolean reversedX, double offset) {

    /** Spectra drawn on top of each other, x increasing to the right. */
    public static final SpectrumLayout OVERLAY = new SpectrumLayout(false, 0);

    public SpectrumLayout {
        if (offset < 0 || Double.isInfinite(offset)) {
            throw new IllegalArgumentException("spectrum offset must be finite and ≥ 0 (or NaN for automatic): " + offset);
        }
    }

    /** The same layout with the x axis running from high to low. */
    public SpectrumLayout reversed() {
        return new SpectrumLayout(true, offset);
    }

    /** The same layout with spectra stacked {@code step} apart (y unit). */
    public SpectrumLayout stacked(double step) {
        return new SpectrumLayout(reversedX, step);
    }

    /** The same layout with spectra stacked by a shift chosen from the data. */
    public SpectrumLayout stackedAuto() {
        return new SpectrumLayout(reversedX, Double.NaN);
    }

    /** True when spectra are shifted apart. */
    public boolean isStacked() {
        return offset != 0;
    }
}
