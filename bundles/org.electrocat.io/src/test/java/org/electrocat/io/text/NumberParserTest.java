package org.electrocat.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link NumberParser} must return bit-for-bit what {@link Double#parseDouble} returns. The
 * reference is the JDK parser itself, on random inputs from several generators that cover the
 * Clinger fast path, the Eisel–Lemire path (up to 19 digits, exponents -350..350, subnormals,
 * overflow) and the fallback (more than 19 digits), plus known hard cases.
 */
class NumberParserTest {

    private static final int PER_GENERATOR = 200_000;

    private static void assertSame(String text) {
        long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
        long actual = Double.doubleToRawLongBits(NumberParser.parse(text, '.'));
        assertEquals(expected, actual, () -> text + ": JDK " + Double.parseDouble(text) + " ours "
                + NumberParser.parse(text, '.'));
    }

    private static void random(long seed, Function<SplittableRandom, String> generator) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < PER_GENERATOR; i++) {
            assertSame(generator.apply(r));
        }
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    @Test
    void shortestRepresentationsOfRandomBitPatterns() {
        random(1, r -> Double.toString(Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE)));
    }

    @Test
    void numpyStyleNineteenDigitScientific() {
        // numpy.savetxt's default %.18e: 19 significant digits, the commonest Python-made format
        random(2, r -> String.format(Locale.ROOT, "%.18e", r.nextGaussian() * Math.pow(10, r.nextInt(61) - 30)));
    }

    @Test
    void instrumentStyleFixedAndScientific() {
        random(3, r -> String.format(Locale.ROOT, r.nextBoolean() ? "%.7E" : "%.6f",
                (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6)));
    }

    @Test
    void randomDigitStringsOverTheWholeExponentRange() {
        random(4, r -> digits(r, 1 + r.nextInt(19)) + "e" + (r.nextInt(701) - 350));
    }

    @Test
    void moreThanNineteenDigitsWithPointAnywhere() {
        random(5, r -> {
            StringBuilder b = new StringBuilder(digits(r, 1 + r.nextInt(30)));
            b.insert(r.nextInt(b.length() + 1), '.');
            return (r.nextBoolean() ? "-" : "") + (b.length() == 1 ? "0" : "") + b + "E" + (r.nextInt(661) - 330);
        });
    }

    @Test
    void exactHalfwayIntegersRoundToEven() {
        // odd integers between 2^53 and 2^54 lie exactly half-way between two doubles
        random(6, r -> Long.toString((1L << 53) + 2 * (r.nextLong() & ((1L << 52) - 1)) + 1) + "e" + r.nextInt(5));
    }

    @Test
    void hardCases() {
        String[] cases = {"2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "9007199254740993", "9007199254740995", "18446744073709551615", "9999999999999999999",
            "99999999999999999999", "123456789012345678901234567890", "1e-400", "1e400", "-0", "-0.0e5", "0e999999",
            "0.1", "0.2", "0.3", ".5", "5.", "-.5e-3", "+7", "1e23", "8.41e21", "7.3177701707893310e+15",
            "2.225073858507201136057409796709131975934819546351645648e-308", "1E+000", "3.289600104471901E+000"};
        for (String c : cases) {
            assertSame(c);
        }
    }

    @Test
    void decimalCommaReadsLikeDecimalPoint() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            String point = String.format(Locale.ROOT, "%.15E", r.nextGaussian());
            assertEquals(Double.parseDouble(point), NumberParser.parse(point.replace('.', ','), ','), point);
        }
        // EC-Lab in a French locale (Pt_poly_cv_CUT.mpt, first time value)
        assertEquals(3.289600104471901, NumberParser.parse("3,289600104471901E+000", ','));
    }

    @Test
    void specialValues() {
        assertTrue(Double.isNaN(NumberParser.parse("nan", '.')));
        assertTrue(Double.isNaN(NumberParser.parse("NaN", '.')));
        assertTrue(Double.isNaN(NumberParser.parse("-NAN", '.')));
        assertEquals(Double.POSITIVE_INFINITY, NumberParser.parse("inf", '.'));
        assertEquals(Double.NEGATIVE_INFINITY, NumberParser.parse("-Infinity", '.'));
    }

    @Test
    void rejectsWhatIsNotADecimalNumber() {
        String[] bad = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "0x10", "1d", "1f", " 1", "1 ", "1_000",
            "12a", "--1", "in", "infinit", "nana", "1.0E5.0", "µ"};
        for (String s : bad) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertFalse(NumberParser.isNumber(b, 0, b.length, (byte) '.'), s);
            assertThrows(NumberFormatException.class, () -> NumberParser.parse(s, '.'), s);
        }
        // with a decimal comma, a point is not a separator
        assertThrows(NumberFormatException.class, () -> NumberParser.parse("1.5", ','));
    }
}
