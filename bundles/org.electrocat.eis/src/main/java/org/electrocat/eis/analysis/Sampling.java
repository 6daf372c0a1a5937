package org.electrocat.eis.analysis;

import java.util.Locale;
import org.electrocat.api.Result;

/**
 * Checks that a record is uniformly sampled, as a discrete Fourier transform assumes, and returns
 * its nominal interval dt = (t_last − t_0)/(n − 1). Timestamps rounded by the instrument (jitter up
 * to half a sample) are accepted, with a warning above 5 % of dt; larger deviations, repeated or
 * decreasing times are errors, because resampling would bias the harmonic amplitudes.
 */
final class Sampling {

    private Sampling() {
    }

    static double interval(String dataset, double[] t, Result.Builder warnings) {
        int n = t.length;
        if (n < 4) {
            throw new IllegalArgumentException("dataset '" + dataset + "' has " + n + " samples; FTACV needs a record");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(t[i])) {
                throw new IllegalArgumentException("dataset '" + dataset + "': time at row " + (i + 1) + " is " + t[i]);
            }
        }
        double dt = (t[n - 1] - t[0]) / (n - 1);
        if (!(dt > 0)) {
            throw new IllegalArgumentException("dataset '" + dataset + "': time does not increase (first " + t[0]
                    + " s, last " + t[n - 1] + " s)");
        }
        double worst = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            double dev = Math.abs(t[i] - (t[0] + i * dt));
            if (dev > worst) {
                worst = dev;
                at = i;
            }
        }
        if (worst > 0.5 * dt) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "dataset '%s' is not uniformly sampled: row %d"
                    + " is %.3g s off the grid t0 + i·dt (dt = %.6g s); resample it first", dataset, at + 1, worst, dt));
        }
        if (worst > 0.05 * dt) {
            warnings.warning(String.format(Locale.ROOT, "time stamps of '%s' deviate up to %.0f %% of dt = %.6g s from a"
                    + " uniform grid (row %d); a uniform grid was assumed", dataset, 100 * worst / dt, dt, at + 1));
        }
        return dt;
    }
}
