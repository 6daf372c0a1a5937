package org.electrocat.bench.inputs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Little-endian float64 files without a header (what {@code numpy.fromfile(path, '<f8')} reads):
 * the inputs both sides of a benchmark load. Files are written to a temporary name and moved into
 * place, so an interrupted generation never leaves a truncated input behind.
 */
public final class RawArrays {

    private RawArrays() {
    }

    /** Writes the arrays one after the other. */
    public static void write(Path file, double[]... arrays) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (double[] a : arrays) {
                for (double v : a) {
                    if (!b.hasRemaining()) {
                        drain(ch, b);
                    }
                    b.putDouble(v);
                }
            }
            drain(ch, b);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void drain(FileChannel ch, ByteBuffer b) throws IOException {
        b.flip();
        while (b.hasRemaining()) {
            ch.write(b);
        }
        b.clear();
    }

    /**
     * Reads the whole file as float64 values.
     *
     * @throws IOException when the file is missing or its size is not a multiple of 8 bytes
     */
    public static double[] read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size % 8 != 0 || size / 8 > Integer.MAX_VALUE - 8) {
                throw new IOException(file + ": " + size + " bytes is not a float64 array this benchmark can hold");
            }
            double[] out = new double[(int) (size / 8)];
            ch.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
            return out;
        }
    }

    /** Rows of {@code width} values each from a flat array. */
    public static double[][] rows(double[] flat, int offset, int count, int width) {
        if (offset + (long) count * width > flat.length) {
            throw new IllegalArgumentException(count + " rows of " + width + " values from offset " + offset
                    + " need more than the " + flat.length + " values present");
        }
        double[][] out = new double[count][];
        for (int i = 0; i < count; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, offset + i * width, offset + (i + 1) * width);
        }
        return out;
    }
}
