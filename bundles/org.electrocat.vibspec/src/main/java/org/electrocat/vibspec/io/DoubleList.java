package org.electrocat.vibspec.io;

import java.util.Arrays;

/**
 * A growable primitive double array with a hard size limit, for readers that learn the number of
 * values as they decode: memory grows with what the file really holds, never with what a length
 * field claims. Exceeding the limit is reported by {@link #add} returning {@code false}, so the
 * caller can name the file position in its error.
 */
public final class DoubleList {

    private double[] values;
    private int size;
    private final int limit;

    /**
     * @param initial expected size (clamped to [16, limit] and to 1 Mi so a lying header costs nothing)
     * @param limit   largest number of values accepted
     */
    public DoubleList(long initial, int limit) {
        this.limit = limit;
        this.values = new double[(int) Math.max(16, Math.min(Math.min(initial, limit), 1 << 20))];
    }

    /** Appends {@code v}; returns false (and appends nothing) when the limit is reached. */
    public boolean add(double v) {
        if (size == values.length) {
            if (size >= limit) {
                return false;
            }
            values = Arrays.copyOf(values, (int) Math.min(limit, Math.max(16L, 2L * size)));
        }
        values[size++] = v;
        return true;
    }

    public int size() {
        return size;
    }

    /** The last value; only when {@link #size()} is positive. */
    public double last() {
        return values[size - 1];
    }

    /** The values as an array of exactly {@link #size()} elements. */
    public double[] toArray() {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }
}
