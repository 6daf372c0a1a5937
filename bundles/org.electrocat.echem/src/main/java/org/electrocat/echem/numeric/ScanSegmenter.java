package org.electrocat.echem.numeric;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a potential sweep into monotonic segments (sweeps) at its turning points, and groups
 * sweeps into cycles.
 *
 * <p>Method: a running extreme is tracked; a turning point is accepted only once the potential
 * has moved back from that extreme by more than {@code tolerance} (hysteresis), so noise and the
 * staircase of digital sweeps do not create false turns. The segment boundary is the extreme
 * itself. A cycle is a sweep in the first sweep's direction plus the sweep back (CV convention);
 * a lone last sweep forms an incomplete cycle.
 */
public final class ScanSegmenter {

    /**
     * One sweep.
     *
     * @param index     0-based segment number
     * @param from      first sample (inclusive)
     * @param to        last sample (exclusive)
     * @param direction +1 for an anodic (increasing potential) sweep, −1 for a cathodic one, 0 when flat
     * @param cycle     1-based cycle number
     */
    public record Segment(int index, int from, int to, int direction, int cycle) {
        public int size() {
            return to - from;
        }
    }

    private ScanSegmenter() {
    }

    /**
     * Segments {@code e}.
     *
     * @param e         potentials in sampling order (NaN samples are ignored for turn detection)
     * @param tolerance minimum reversal, same unit as {@code e}, that counts as a turn (e.g. 5 mV)
     */
    public static List<Segment> segment(double[] e, double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("segmentation tolerance must be positive, was " + tolerance);
        }
        List<int[]> bounds = new ArrayList<>(); // {from, to, direction}
        int start = 0;
        int direction = 0;
        int extremeAt = -1;
        for (int i = 0; i < e.length; i++) {
            double v = e[i];
            if (!Double.isFinite(v)) {
                continue;
            }
            if (extremeAt < 0) {
                extremeAt = i;
                continue;
            }
            double ext = e[extremeAt];
            if (direction == 0) {
                // the direction is set by the first move larger than the tolerance from the start
                if (Math.abs(v - e[extremeAt]) > tolerance) {
                    direction = v > e[extremeAt] ? 1 : -1;
                    extremeAt = i;
                }
                continue;
            }
            if ((v - ext) * direction >= 0) {
                extremeAt = i;
            } else if ((ext - v) * direction > tolerance) {
                bounds.add(new int[] {start, extremeAt + 1, direction});
                start = extremeAt;
                direction = -direction;
                extremeAt = i;
            }
        }
        bounds.add(new int[] {start, e.length, direction});
        List<Segment> out = new ArrayList<>();
        int firstDirection = bounds.get(0)[2];
        int cycle = 1;
        for (int k = 0; k < bounds.size(); k++) {
            int[] b = bounds.get(k);
            if (k > 0 && b[2] == firstDirection && firstDirection != 0) {
                cycle++;
            }
            out.add(new Segment(k, b[0], b[1], b[2], cycle));
        }
        return out;
    }
}
