package org.electrocat.ms.match;

import java.util.Arrays;
import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.ms.io.SpectrumDatasets;
import org.electrocat.ms.pattern.Centroider;

/**
 * The measured peaks of a spectrum dataset in an m/z window: a centroided spectrum's points as they
 * are, a profile spectrum centroided within the window (peaks ≥ {@code minRelativeHeight} of the
 * window's highest point), so that a weak ion is not lost under the base peak of the whole spectrum.
 */
public final class MeasuredPeaks {

    private MeasuredPeaks() {
    }

    /**
     * @throws IllegalArgumentException when the dataset has no m/z and intensity columns or its m/z
     *                                  values are not ascending
     */
    public static List<Centroider.Peak> inWindow(Dataset spectrum, double lo, double hi, double minRelativeHeight) {
        double[] x = spectrum.require(SpectrumDatasets.MZ).array();
        double[] y = spectrum.require(SpectrumDatasets.INTENSITY).array();
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] >= x[i - 1])) {
                throw new IllegalArgumentException("dataset '" + spectrum.id() + "': m/z values are not ascending at"
                        + " point " + (i + 1));
            }
        }
        int from = lowerBound(x, lo);
        int to = lowerBound(x, hi);
        double[] wx = Arrays.copyOfRange(x, Math.max(0, from - 1), Math.min(x.length, to + 1));
        double[] wy = Arrays.copyOfRange(y, Math.max(0, from - 1), Math.min(x.length, to + 1));
        return SpectrumDatasets.isCentroided(spectrum) ? Centroider.sticks(wx, wy, minRelativeHeight)
                : Centroider.centroid(wx, wy, minRelativeHeight);
    }

    private static int lowerBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
