package org.electrocat.chart;

/**
 * An impedance spectrum for Nyquist and Bode plots: frequency and complex impedance, point by point.
 * The imaginary part is given as measured ({@code Z''}, negative for capacitive behaviour); the
 * charts plot {@code −Z''} and {@code −φ} so that capacitive arcs point up, as electrochemists draw them.
 *
 * @param name      legend name
 * @param frequency f in Hz, every value finite and positive (it goes on a log axis)
 * @param zReal     Z' in the chart's impedance unit
 * @param zImag     Z'' in the same unit
 * @throws IllegalArgumentException naming the spectrum on missing or mismatched arrays, a non-positive
 *                                  frequency, a zero modulus, infinities, or no finite point
 */
public record ImpedanceSpectrum(String name, double[] frequency, double[] zReal, double[] zImag) {

    public ImpedanceSpectrum {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("impedance spectrum name is missing");
        }
        String what = "impedance spectrum '" + name + "'";
        Checks.finitePairs(what, zReal, zImag);
        if (frequency == null) {
            throw new IllegalArgumentException(what + ": frequencies are missing");
        }
        if (frequency.length != zReal.length) {
            throw new IllegalArgumentException(what + ": " + frequency.length + " frequencies for " + zReal.length
                    + " impedance values");
        }
        for (int i = 0; i < frequency.length; i++) {
            if (!(frequency[i] > 0) || Double.isInfinite(frequency[i])) {
                throw new IllegalArgumentException(what + ": frequency[" + i + "] = " + frequency[i]
                        + " Hz is not a positive finite frequency");
            }
            if (zReal[i] == 0 && zImag[i] == 0) {
                throw new IllegalArgumentException(what + ": |Z| is zero at point " + i + " (cannot go on a log axis)");
            }
        }
    }

    /** Number of frequencies. */
    public int size() {
        return frequency.length;
    }

    /** |Z| at point {@code i}. */
    public double modulus(int i) {
        return Math.hypot(zReal[i], zImag[i]);
    }

    /** Phase angle φ = atan2(Z'', Z') at point {@code i}, in degrees (negative when capacitive). */
    public double phaseDegrees(int i) {
        return Math.toDegrees(Math.atan2(zImag[i], zReal[i]));
    }
}
