package org.electrocat.math.signal;

/**
 * Normalisation of a forward/inverse transform pair, with numpy.fft's names and meaning
 * ({@code norm="backward"|"ortho"|"forward"}): which direction carries the 1/n factor.
 */
public enum FftNorm {
    /** Forward unscaled, inverse scaled by 1/n (numpy's default). */
    BACKWARD,
    /** Both directions scaled by 1/√n: the transform is unitary, so Parseval holds without factors. */
    ORTHO,
    /** Forward scaled by 1/n, inverse unscaled. */
    FORWARD;

    /** Factor applied to the unscaled forward sum for a transform of length n. */
    public double forwardScale(int n) {
        return switch (this) {
            case BACKWARD -> 1.0;
            case ORTHO -> 1.0 / Math.sqrt(n);
            case FORWARD -> 1.0 / n;
        };
    }

    /** Factor applied to the unscaled inverse sum for a transform of length n. */
    public double inverseScale(int n) {
        return switch (this) {
            case BACKWARD -> 1.0 / n;
            case ORTHO -> 1.0 / Math.sqrt(n);
            case FORWARD -> 1.0;
        };
    }
}
