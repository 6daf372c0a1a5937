package org.electrocat.math.signal;

/**
 * Peaks found by {@link PeakFinder}, with every property scipy.signal.find_peaks can report, one
 * entry per peak in ascending index order. Indices and widths are in samples; fractional positions
 * ({@code leftIps}, {@code rightIps}) convert to axis units with {@link PeakFinder#axisValue}.
 * Accessors return copies.
 */
public final class Peaks {

    private final int[] indices;
    private final double[] heights;
    private final double[] leftThresholds;
    private final double[] rightThresholds;
    private final int[] plateauSizes;
    private final int[] leftEdges;
    private final int[] rightEdges;
    private final double[] prominences;
    private final int[] leftBases;
    private final int[] rightBases;
    private final double[] widths;
    private final double[] widthHeights;
    private final double[] leftIps;
    private final double[] rightIps;

    Peaks(int[] indices, double[] heights, double[] leftThresholds, double[] rightThresholds, int[] plateauSizes,
            int[] leftEdges, int[] rightEdges, double[] prominences, int[] leftBases, int[] rightBases,
            double[] widths, double[] widthHeights, double[] leftIps, double[] rightIps) {
        this.indices = indices;
        this.heights = heights;
        this.leftThresholds = leftThresholds;
        this.rightThresholds = rightThresholds;
        this.plateauSizes = plateauSizes;
        this.leftEdges = leftEdges;
        this.rightEdges = rightEdges;
        this.prominences = prominences;
        this.leftBases = leftBases;
        this.rightBases = rightBases;
        this.widths = widths;
        this.widthHeights = widthHeights;
        this.leftIps = leftIps;
        this.rightIps = rightIps;
    }

    /** Number of peaks. */
    public int count() {
        return indices.length;
    }

    /** Sample index of each peak (the middle of a plateau, rounded down). */
    public int[] indices() {
        return indices.clone();
    }

    /** x at each peak (scipy {@code peak_heights}). */
    public double[] heights() {
        return heights.clone();
    }

    /** x[peak] − x[peak−1]. */
    public double[] leftThresholds() {
        return leftThresholds.clone();
    }

    /** x[peak] − x[peak+1]. */
    public double[] rightThresholds() {
        return rightThresholds.clone();
    }

    /** Samples in each peak's flat top (1 for a sharp peak). */
    public int[] plateauSizes() {
        return plateauSizes.clone();
    }

    /** First sample of each flat top. */
    public int[] leftEdges() {
        return leftEdges.clone();
    }

    /** Last sample of each flat top. */
    public int[] rightEdges() {
        return rightEdges.clone();
    }

    /** Prominence: height above the higher of the two bases (signal units). */
    public double[] prominences() {
        return prominences.clone();
    }

    /** Index of each peak's left base (lowest point before a higher sample or the window edge). */
    public int[] leftBases() {
        return leftBases.clone();
    }

    /** Index of each peak's right base. */
    public int[] rightBases() {
        return rightBases.clone();
    }

    /** Width in samples at the evaluation height. */
    public double[] widths() {
        return widths.clone();
    }

    /** Evaluation height x[peak] − relHeight·prominence of each width. */
    public double[] widthHeights() {
        return widthHeights.clone();
    }

    /** Interpolated fractional index where the left side crosses the evaluation height. */
    public double[] leftIps() {
        return leftIps.clone();
    }

    /** Interpolated fractional index where the right side crosses the evaluation height. */
    public double[] rightIps() {
        return rightIps.clone();
    }
}
