package org.electrocat.echem.io;

import java.util.Arrays;

/** A growable primitive {@code double} array for readers that do not know the row count up front. */
final class DoubleColumnBuilder {

    private double[] data;
    private int size;

    DoubleColumnBuilder(int initialCapacity) {
        data = new double[Math.max(16, initialCapacity)];
    }

    void add(double v) {
        if (size == data.length) {
            // grow by half: a file-size estimate made the first guess, so big jumps are rarely needed
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8L, data.length + (data.length >> 1) + 16L));
        }
        data[size++] = v;
    }

    int size() {
        return size;
    }

    /** The values, trimmed to size (the builder must not be used afterwards). */
    double[] toArray() {
        double[] out = size == data.length ? data : Arrays.copyOf(data, size);
        data = null;
        return out;
    }
}
