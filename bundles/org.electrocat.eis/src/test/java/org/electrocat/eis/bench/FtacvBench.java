package org.electrocat.eis.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.electrocat.eis.ftacv.BandWindow;
import org.electrocat.eis.ftacv.Ftacv;

/**
 * Benchmark (b), a main and not a unit test: FTACV harmonics 1..6, DC current, DC potential and
 * AC amplitude of the 2²²-point record written by {@code bench/ftacv_bench.py} (which times
 * numpy.fft on the same record), with {@link Ftacv#analyse}: base frequency given (10 Hz), band
 * width f/2, rectangular band, 4096 envelope points. Prints the first (cold) and best of
 * {@code repeats} times and the 5th-harmonic envelope at mid-record. Run with
 * {@code bench/run-benchmarks.sh}.
 */
public final class FtacvBench {

    private FtacvBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/electrocat-eis-ftacv.bin");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] e;
        double[] i;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int n = (int) (ch.size() / 16);
            ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
            e = new double[n];
            i = new double[n];
            b.asDoubleBuffer().get(e).get(i);
        }
        Ftacv.Settings s = new Ftacv.Settings(10, 6, 0, BandWindow.RECTANGULAR, 4096);
        Ftacv.Harmonics[] h = new Ftacv.Harmonics[1];
        Repeats t = Repeats.run(repeats, () -> h[0] = Ftacv.analyse(i, e, 1e-4, 0, s));
        int mid = h[0].time().length / 2;
        System.out.printf(Locale.ROOT, "java  n = %d: first %.3f s, best of %d %.3f s; harmonic 5 envelope at"
                + " mid-record %.4e A, ΔE = %.5f V%n", i.length, t.first, repeats, t.best, h[0].envelopes()[4][mid],
                h[0].acAmplitude());
        t.printCpu();
    }
}
