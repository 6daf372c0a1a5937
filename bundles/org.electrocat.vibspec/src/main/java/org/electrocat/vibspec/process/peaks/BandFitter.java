package org.electrocat.vibspec.process.peaks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits many bands across a spectrum: each band gets a window of ±{@code halfWindow} around its start
 * (or ±3 FWHM when the half window is 0), overlapping windows are merged, and the bands of each
 * merged window are fitted together by {@link PeakFit} on a linear background, so overlapping bands
 * share the data between them instead of each claiming it. A window whose fit fails is reported as a
 * warning and its bands are left out, so one bad region does not lose the rest.
 */
public final class BandFitter {

    /**
     * A band to fit.
     *
     * @param position start position (x units)
     * @param fwhm     start FWHM (x units)
     * @param sign     +1 pointing up, −1 pointing down, 0 either (see {@link PeakFit.Guess})
     */
    public record Start(double position, double fwhm, int sign) {

        /** A band pointing up. */
        public Start(double position, double fwhm) {
            this(position, fwhm, 1);
        }

        /** This start with another sign. */
        public Start withSign(int newSign) {
            return new Start(position, fwhm, newSign);
        }
    }

    /**
     * The fitted bands and the fit of every merged window.
     *
     * @param byStart  the fitted band of each start, in the order the starts were given; {@code null}
     *                 where its window could not be fitted
     * @param windows  the window fits (for charts: model, background, components)
     * @param warnings windows that failed or did not converge
     */
    public record Fits(List<PeakFit.FittedPeak> byStart, List<PeakFit.Outcome> windows, List<String> warnings) {

        /** The fitted bands (failed ones left out), ascending position. */
        public List<PeakFit.FittedPeak> bands() {
            List<PeakFit.FittedPeak> out = new ArrayList<>();
            for (PeakFit.FittedPeak p : byStart) {
                if (p != null) {
                    out.add(p);
                }
            }
            out.sort(Comparator.comparingDouble(PeakFit.FittedPeak::position));
            return out;
        }
    }

    private BandFitter() {
    }

    /**
     * Fits the bands.
     *
     * @param halfWindow    half width of each band's window (x units), 0 for 3 × its FWHM
     * @param maxShift      largest move of a position from its start (x units), 0 for its FWHM
     * @param allowNegative allow bands with negative area (difference spectra)
     */
    public static Fits fit(double[] x, double[] y, List<Start> starts, PeakShape shape, double halfWindow,
            double maxShift, boolean allowNegative) {
        Integer[] order = new Integer[starts.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(k -> starts.get(k).position()));
        List<Start> sorted = new ArrayList<>();
        for (Integer k : order) {
            sorted.add(starts.get(k));
        }
        PeakFit.FittedPeak[] byStart = new PeakFit.FittedPeak[starts.size()];
        double spacing = x.length > 1 ? Math.abs(x[x.length - 1] - x[0]) / (x.length - 1) : 1;
        List<PeakFit.Outcome> windows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            double lo = lower(sorted.get(i), halfWindow, spacing);
            double hi = upper(sorted.get(i), halfWindow, spacing);
            int j = i + 1;
            while (j < sorted.size() && lower(sorted.get(j), halfWindow, spacing) <= hi) {
                hi = Math.max(hi, upper(sorted.get(j), halfWindow, spacing));
                j++;
            }
            List<PeakFit.Guess> guesses = new ArrayList<>();
            double shift = 0;
            for (Start s : sorted.subList(i, j)) {
                guesses.add(new PeakFit.Guess(s.position(), Math.max(s.fwhm(), 2 * spacing), s.sign()));
                shift = Math.max(shift, maxShift > 0 ? maxShift : Math.max(s.fwhm(), 2 * spacing));
            }
            try {
                PeakFit.Outcome o = PeakFit.fit(x, y, lo, hi, guesses, shape, PeakFit.Background.LINEAR, shift,
                        allowNegative);
                windows.add(o);
                for (int k = i; k < j; k++) {
                    byStart[order[k]] = o.peaks().get(k - i);
                }
                if (!o.converged()) {
                    warnings.add("the fit of " + window(lo, hi) + " did not converge: " + o.message());
                }
            } catch (IllegalArgumentException e) {
                warnings.add("bands in " + window(lo, hi) + " not fitted: " + e.getMessage());
            }
            i = j;
        }
        return new Fits(java.util.Arrays.asList(byStart), windows, warnings);
    }

    private static double lower(Start s, double halfWindow, double spacing) {
        return s.position() - width(s, halfWindow, spacing);
    }

    private static double upper(Start s, double halfWindow, double spacing) {
        return s.position() + width(s, halfWindow, spacing);
    }

    private static double width(Start s, double halfWindow, double spacing) {
        return halfWindow > 0 ? halfWindow : Math.max(3 * s.fwhm(), 6 * spacing);
    }

    private static String window(double lo, double hi) {
        return String.format(java.util.Locale.ROOT, "[%.1f, %.1f]", lo, hi);
    }
}
