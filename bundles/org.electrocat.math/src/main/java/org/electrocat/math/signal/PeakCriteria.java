package org.electrocat.math.signal;

/**
 * Conditions a peak must meet, with the names, meaning and defaults of scipy.signal.find_peaks.
 * Each interval condition takes a minimum and optionally a maximum (inclusive); unset means no
 * condition. Immutable: every method returns a new instance, so a criteria object can be shared.
 *
 * <p>Units: height and threshold in the signal's units; distance, width, wlen and plateau size in
 * samples (convert widths to axis units with {@link PeakFinder#axisValue}); relHeight and
 * prominence-relative quantities dimensionless or in signal units as stated.
 */
public final class PeakCriteria {

    static final double OPEN_LOW = Double.NEGATIVE_INFINITY;
    static final double OPEN_HIGH = Double.POSITIVE_INFINITY;

    final double heightMin;
    final double heightMax;
    final double thresholdMin;
    final double thresholdMax;
    final double distance;
    final double prominenceMin;
    final double prominenceMax;
    final double widthMin;
    final double widthMax;
    final int wlen;
    final double relHeight;
    final double plateauMin;
    final double plateauMax;

    private PeakCriteria(double[] v, int wlen) {
        heightMin = v[0];
        heightMax = v[1];
        thresholdMin = v[2];
        thresholdMax = v[3];
        distance = v[4];
        prominenceMin = v[5];
        prominenceMax = v[6];
        widthMin = v[7];
        widthMax = v[8];
        relHeight = v[9];
        plateauMin = v[10];
        plateauMax = v[11];
        this.wlen = wlen;
    }

    /** No conditions: every local maximum is a peak; relHeight 0.5, no wlen. */
    public static PeakCriteria none() {
        return new PeakCriteria(new double[] {OPEN_LOW, OPEN_HIGH, OPEN_LOW, OPEN_HIGH, 0, OPEN_LOW, OPEN_HIGH,
            OPEN_LOW, OPEN_HIGH, 0.5, OPEN_LOW, OPEN_HIGH}, -1);
    }

    private double[] values() {
        return new double[] {heightMin, heightMax, thresholdMin, thresholdMax, distance, prominenceMin, prominenceMax,
            widthMin, widthMax, relHeight, plateauMin, plateauMax};
    }

    private PeakCriteria with(int index, double value) {
        double[] v = values();
        v[index] = value;
        return new PeakCriteria(v, wlen);
    }

    private PeakCriteria range(int index, double min, double max, String name) {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException(name + " range [" + min + ", " + max + "] is invalid; min ≤ max required");
        }
        return with(index, min).with(index + 1, max);
    }

    /** Peak value x[peak] ≥ min (scipy {@code height=min}). */
    public PeakCriteria height(double min) {
        return height(min, OPEN_HIGH);
    }

    /** min ≤ x[peak] ≤ max (scipy {@code height=(min, max)}). */
    public PeakCriteria height(double min, double max) {
        return range(0, min, max, "height");
    }

    /** Vertical drop to both direct neighbours ≥ min (scipy {@code threshold=min}). */
    public PeakCriteria threshold(double min) {
        return threshold(min, OPEN_HIGH);
    }

    /** Drops to the neighbours: smaller ≥ min and larger ≤ max (scipy {@code threshold=(min, max)}). */
    public PeakCriteria threshold(double min, double max) {
        return range(2, min, max, "threshold");
    }

    /**
     * Minimal horizontal distance in samples (≥ 1) between neighbouring peaks; smaller peaks are
     * removed first until all remaining peaks are at least this far apart (scipy {@code distance}).
     */
    public PeakCriteria distance(double samples) {
        if (!(samples >= 1) || Double.isInfinite(samples)) {
            throw new IllegalArgumentException("distance = " + samples + "; a finite value ≥ 1 is required");
        }
        return with(4, samples);
    }

    /** Prominence ≥ min (scipy {@code prominence=min}). */
    public PeakCriteria prominence(double min) {
        return prominence(min, OPEN_HIGH);
    }

    /** min ≤ prominence ≤ max. */
    public PeakCriteria prominence(double min, double max) {
        return range(5, min, max, "prominence");
    }

    /** Width at relHeight ≥ min samples (scipy {@code width=min}). */
    public PeakCriteria width(double min) {
        return width(min, OPEN_HIGH);
    }

    /** min ≤ width ≤ max samples. */
    public PeakCriteria width(double min, double max) {
        return range(7, min, max, "width");
    }

    /**
     * Window length in samples for the prominence search, rounded up to an integer &gt; 1; the
     * window is centred on the peak (scipy {@code wlen}). Default: the whole signal.
     */
    public PeakCriteria wlen(double samples) {
        if (!(samples > 1) || Double.isInfinite(samples)) {
            throw new IllegalArgumentException("wlen = " + samples + "; a finite value > 1 is required");
        }
        PeakCriteria c = new PeakCriteria(values(), (int) Math.min(Integer.MAX_VALUE, Math.ceil(samples)));
        return c;
    }

    /**
     * Height at which widths are measured, as a fraction of the prominence below the peak: 0.5 gives
     * the full width at half prominence, 1 the width at the base (scipy {@code rel_height}, default 0.5).
     */
    public PeakCriteria relHeight(double fraction) {
        if (!(fraction >= 0) || Double.isInfinite(fraction)) {
            throw new IllegalArgumentException("relHeight = " + fraction + "; a finite value ≥ 0 is required");
        }
        return with(9, fraction);
    }

    /** Flat-top length ≥ min samples (scipy {@code plateau_size=min}). */
    public PeakCriteria plateauSize(double min) {
        return plateauSize(min, OPEN_HIGH);
    }

    /** min ≤ flat-top length ≤ max samples. */
    public PeakCriteria plateauSize(double min, double max) {
        return range(10, min, max, "plateauSize");
    }
}
