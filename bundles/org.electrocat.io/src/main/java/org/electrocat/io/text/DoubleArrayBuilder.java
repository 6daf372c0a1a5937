package org.electrocat.io.text;

import java.util.Arrays;

/**
 * A growable primitive {@code double[]}: appends without boxing, grows by half its size, and hands
 * out an exact-length array at the end. For readers that learn the number of values only by
 * reading them.
 */
public final class DoubleArrayBuilder {

    /** Largest array the JVM reliably allocates. */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private double[] values;
    private int size;

    /** @param initialCapacity expected number of values (a hint; 0 is allowed) */
    public DoubleArrayBuilder(int initialCapacity) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("initial capacity must be >= 0, was " + initialCapacity);
        }
        values = new double[Math.min(initialCapacity, MAX_SIZE)];
    }

    /** Appends one value. */
    public void add(double v) {
        if (size == values.length) {
            grow();
        }
        values[size++] = v;
    }

    /** Number of values appended. */
    public int size() {
        return size;
    }

    /** The value at {@code i}. */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of " + size + " values");
        }
        return values[i];
    }

    /** The values as an array of exactly {@link #size()} elements (the internal one when it fits exactly). */
    public double[] toArray() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }

    private void grow() {
        if (size >= MAX_SIZE) {
            throw new IllegalStateException("more than " + MAX_SIZE + " values do not fit in one array");
        }
        int next = (int) Math.min(MAX_SIZE, Math.max(16L, size + (size >> 1) + 1L));
        values = Arrays.copyOf(values, next);
    }
}
