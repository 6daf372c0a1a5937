package org.electrocat.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded, deterministic mutation fuzzer for instrument files (in the spirit of AFL's "havoc"
 * stage, Zalewski 2014, without coverage feedback): each call derives one hostile input from a
 * valid seed file.
 *
 * <p>Mutations: bit flips, byte insertion and deletion, truncation at a structural offset (line
 * break, delimiter, tag boundary or 4-byte-aligned binary offset), inflation of a number (text
 * digits replaced by a huge or negative value; binary 32-bit words replaced by 0x7FFFFFFF,
 * 0xFFFFFFFF or 0x80000000, the classic length/count-field attacks), line duplication, NUL and
 * UTF-16 injection and splicing two parts of the seed. The same {@code seed} always gives the same
 * sequence, so a failure found in CI is reproduced by its iteration number.
 */
public final class Mutator {

    /** Upper bound of a mutated input, bytes: keeps one input cheap to read (default 4 MiB). */
    public static final int MAX_SIZE = 4 << 20;

    private static final String[] HUGE_NUMBERS = {"2147483647", "4294967295", "9223372036854775807",
        "-1", "-2147483648", "99999999999999999999", "1e308", "-1e308", "NaN", "Infinity", "0", "1e-320"};

    private static final int[][] HUGE_WORDS = {{0xFF, 0xFF, 0xFF, 0x7F}, {0xFF, 0xFF, 0xFF, 0xFF},
        {0x00, 0x00, 0x00, 0x80}, {0x00, 0x00, 0x00, 0x00}, {0x7F, 0xFF, 0xFF, 0xFF}};

    private final Random random;

    /** @param seed random seed; equal seeds give equal mutation sequences */
    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** Applies 1 to 4 stacked mutations to a copy of {@code seed}. */
    public byte[] mutate(byte[] seed) {
        byte[] data = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            data = mutateOnce(data);
            if (data.length > MAX_SIZE) {
                data = Arrays.copyOf(data, MAX_SIZE);
            }
        }
        return data;
    }

    private byte[] mutateOnce(byte[] d) {
        if (d.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        switch (random.nextInt(10)) {
            case 0:
                return flipBits(d);
            case 1:
                return insertBytes(d);
            case 2:
                return deleteBytes(d);
            case 3:
                return Arrays.copyOf(d, structuralOffset(d));
            case 4:
                return inflateTextNumber(d);
            case 5:
                return inflateBinaryWord(d);
            case 6:
                return duplicateLine(d);
            case 7:
                return injectNulOrUtf16(d);
            case 8:
                return splice(d);
            default:
                return replaceWithInterestingByte(d);
        }
    }

    private byte[] flipBits(byte[] d) {
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int p = random.nextInt(d.length);
            d[p] ^= (byte) (1 << random.nextInt(8));
        }
        return d;
    }

    private byte[] insertBytes(byte[] d) {
        int len = 1 + random.nextInt(random.nextBoolean() ? 4 : 64);
        byte[] ins = new byte[len];
        random.nextBytes(ins);
        return insert(d, random.nextInt(d.length + 1), ins);
    }

    private byte[] deleteBytes(byte[] d) {
        int p = random.nextInt(d.length);
        int len = Math.min(d.length - p, 1 + random.nextInt(random.nextBoolean() ? 4 : 256));
        byte[] out = new byte[d.length - len];
        System.arraycopy(d, 0, out, 0, p);
        System.arraycopy(d, p + len, out, p, d.length - p - len);
        return out;
    }

    /** An offset where structure changes: after a line break, delimiter, tag or on a 4-byte boundary. */
    int structuralOffset(byte[] d) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            byte b = d[i];
            if (b == '\n' || b == '\t' || b == ',' || b == ';' || b == '>' || b == '<' || b == ':' || b == '=') {
                marks.add(i + 1);
            }
        }
        if (marks.isEmpty() || random.nextInt(3) == 0) {
            return (random.nextInt(d.length / 4 + 1)) * 4 % (d.length + 1);
        }
        return marks.get(random.nextInt(marks.size()));
    }

    private byte[] inflateTextNumber(byte[] d) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= d.length; i++) {
            boolean digit = i < d.length && d[i] >= '0' && d[i] <= '9';
            if (digit && start < 0) {
                start = i;
            } else if (!digit && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
        }
        if (runs.isEmpty()) {
            return flipBits(d);
        }
        int[] run = runs.get(random.nextInt(Math.min(runs.size(), random.nextBoolean() ? 64 : runs.size())));
        byte[] huge = HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)].getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[d.length - (run[1] - run[0]) + huge.length];
        System.arraycopy(d, 0, out, 0, run[0]);
        System.arraycopy(huge, 0, out, run[0], huge.length);
        System.arraycopy(d, run[1], out, run[0] + huge.length, d.length - run[1]);
        return out;
    }

    private byte[] inflateBinaryWord(byte[] d) {
        if (d.length < 4) {
            return flipBits(d);
        }
        // headers hold most count/length fields: favour the first 4 KiB
        int limit = random.nextBoolean() ? Math.min(d.length - 3, 4096) : d.length - 3;
        int p = random.nextInt(limit);
        if (random.nextBoolean()) {
            p &= ~3;
        }
        int[] w = HUGE_WORDS[random.nextInt(HUGE_WORDS.length)];
        for (int i = 0; i < 4; i++) {
            d[p + i] = (byte) w[i];
        }
        return d;
    }

    private byte[] duplicateLine(byte[] d) {
        int p = random.nextInt(d.length);
        int s = p;
        while (s > 0 && d[s - 1] != '\n') {
            s--;
        }
        int e = p;
        while (e < d.length && d[e] != '\n') {
            e++;
        }
        e = Math.min(d.length, e + 1);
        byte[] line = Arrays.copyOfRange(d, s, e);
        int copies = random.nextInt(4) == 0 ? 200 : 1 + random.nextInt(3);
        byte[] out = d;
        for (int i = 0; i < copies && out.length + line.length <= MAX_SIZE; i++) {
            out = insert(out, e, line);
        }
        return out;
    }

    private byte[] injectNulOrUtf16(byte[] d) {
        switch (random.nextInt(3)) {
            case 0:
                return insert(d, random.nextInt(d.length + 1), new byte[] {0});
            case 1: {
                // UTF-16LE with BOM of (a prefix of) the seed: text readers must not choke on it
                int n = Math.min(d.length, 1 << 16);
                byte[] out = new byte[2 + 2 * n];
                out[0] = (byte) 0xFF;
                out[1] = (byte) 0xFE;
                for (int i = 0; i < n; i++) {
                    out[2 + 2 * i] = d[i];
                }
                return out;
            }
            default:
                return insert(d, random.nextInt(d.length + 1),
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0x28, (byte) 0xF0, (byte) 0x9F});
        }
    }

    private byte[] splice(byte[] d) {
        int a = random.nextInt(d.length);
        int len = Math.min(d.length - a, 1 + random.nextInt(512));
        return insert(d, random.nextInt(d.length + 1), Arrays.copyOfRange(d, a, a + len));
    }

    private byte[] replaceWithInterestingByte(byte[] d) {
        byte[] interesting = {0, (byte) 0xFF, 0x7F, (byte) 0x80, '\n', '\r', '"', '-', '.', 'e', '\t', ','};
        d[random.nextInt(d.length)] = interesting[random.nextInt(interesting.length)];
        return d;
    }

    private static byte[] insert(byte[] d, int at, byte[] ins) {
        byte[] out = new byte[d.length + ins.length];
        System.arraycopy(d, 0, out, 0, at);
        System.arraycopy(ins, 0, out, at, ins.length);
        System.arraycopy(d, at, out, at + ins.length, d.length - at);
        return out;
    }
}
