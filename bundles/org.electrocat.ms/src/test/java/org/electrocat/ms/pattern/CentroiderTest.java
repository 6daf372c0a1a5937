package org.electrocat.ms.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CentroiderTest {

    @Test
    void gaussianCentroidHeightAndWidthWhereverTheSamplesFall() {
        // analytic: a Gaussian of FWHM 0.1 centred at c has centroid c, height h, FWHM 0.1 and area
        // h·FWHM·sqrt(pi / (4 ln 2)); sampled at 10 points per FWHM with every sub-step offset
        double fwhm = 0.1;
        double sigma = fwhm / (2 * Math.sqrt(2 * Math.log(2)));
        for (double offset = 0; offset < 1; offset += 0.1) {
            double c = 500 + offset * fwhm / 10;
            int n = 200;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 499 + i * fwhm / 10;
                double d = (x[i] - c) / sigma;
                y[i] = 7 * Math.exp(-0.5 * d * d);
            }
            List<Centroider.Peak> peaks = Centroider.centroid(x, y, 0.01);
            assertEquals(1, peaks.size());
            Centroider.Peak p = peaks.get(0);
            assertEquals(c, p.mz(), 1e-4 * fwhm, "offset " + offset);
            assertEquals(7, p.height(), 0.05);
            assertEquals(fwhm, p.fwhm(), 0.02 * fwhm);
            assertEquals(7 * fwhm * Math.sqrt(Math.PI / (4 * Math.log(2))), p.area(), 1e-3);
        }
    }
}
