package org.electrocat.ms.match;

import java.util.Arrays;
import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.units.Units;
import org.electrocat.ms.io.SpectrumDatasets;

/**
 * The mean of several scans, as instrument software averages an ESI acquisition: intensities are
 * linearly interpolated onto the first scan's m/z grid (zero outside each scan's range) and
 * averaged. One scan is returned unchanged.
 */
public final class SpectrumAverage {

    private SpectrumAverage() {
    }

    /**
     * @throws IllegalArgumentException when the list is empty or a dataset lacks its m/z or intensity column
     */
    public static Dataset of(List<Dataset> scans) {
        if (scans.isEmpty()) {
            throw new IllegalArgumentException("no spectrum to average");
        }
        if (scans.size() == 1) {
            return scans.get(0);
        }
        Dataset first = scans.get(0);
        double[] grid = first.require(SpectrumDatasets.MZ).array();
        double[] sum = new double[grid.length];
        for (Dataset d : scans) {
            double[] x = d.require(SpectrumDatasets.MZ).array();
            double[] y = d.require(SpectrumDatasets.INTENSITY).array();
            int j = 0;
            for (int i = 0; i < grid.length; i++) {
                double g = grid[i];
                while (j < x.length - 1 && x[j + 1] < g) {
                    j++;
                }
                if (x.length == 0 || g < x[0] || g > x[x.length - 1]) {
                    continue;
                }
                if (j == x.length - 1 || x[j + 1] == x[j]) {
                    sum[i] += y[j];
                } else {
                    double f = (g - x[j]) / (x[j + 1] - x[j]);
                    sum[i] += y[j] + f * (y[j + 1] - y[j]);
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= scans.size();
        }
        Provenance p = Provenance.merge(scans.stream().map(Dataset::provenance).toList());
        return first.toBuilder().id(first.id() + "-average").name("average of " + scans.size() + " scans")
                .column(SpectrumDatasets.MZ, Units.MASS_TO_CHARGE, Arrays.copyOf(grid, grid.length))
                .column(SpectrumDatasets.INTENSITY, Units.ARBITRARY, sum).provenance(p).build();
    }
}
