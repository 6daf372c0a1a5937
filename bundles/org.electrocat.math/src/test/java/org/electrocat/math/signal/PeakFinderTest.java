package org.electrocat.math.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values computed with scipy 1.17.1 (scipy.signal.find_peaks) on the signal of
 * {@link #signal()}, generated identically in Python:
 * <pre>
 * i = np.arange(400.); g = lambda c, s: np.exp(-(i - c)**2 / (2*s*s))
 * v = g(80,6) + 0.6*g(150,3) + 0.9*g(160,4) + 0.3*g(250,10) + 0.12*np.sin(0.9*i) + 0.05*np.cos(2.3*i)
 * x = np.rint(v*1000)/1000; x[320:326] = 0.8; x[319] = 0.5; x[326] = 0.45; x[0] = 3.0; x[396:400] = 2.0
 * </pre>
 * (checksum: x.sum() = 53.103). Conditions are given with each constant's use.
 */
class PeakFinderTest {

    private static final int[] ALL_IDX = new int[] {
        2, 8, 16, 19, 22, 30, 36, 38, 44, 51, 57, 65, 74, 79, 85, 90, 93, 99, 101, 107, 112, 114,
        120, 126, 128, 131, 134, 142, 150, 153, 156, 161, 169, 175, 177, 183, 189, 191, 194, 197,
        205, 208, 211, 218, 224, 232, 235, 238, 240, 246, 254, 257, 260, 267, 273, 281, 284, 287,
        289, 295, 301, 303, 309, 317, 322, 330, 333, 336, 344, 347, 350, 352, 358, 364, 366, 372,
        379, 385, 393};
    private static final int[] HEIGHT_IDX = new int[] {
        74, 79, 85, 90, 93, 150, 153, 156, 161, 169, 232, 238, 240, 246, 254, 260, 322};
    private static final int[] THRESHOLD_IDX = new int[] {
        16, 22, 30, 36, 44, 79, 120, 128, 134, 142, 150, 156, 161, 169, 183, 191, 197, 232, 240,
        246, 281, 295, 309, 336, 344, 350, 358, 393};
    private static final int[] DISTANCE_IDX = new int[] {
        8, 30, 57, 79, 107, 134, 161, 183, 205, 246, 267, 295, 322, 358, 393};
    private static final int[] PLATEAU_IDX = new int[] {
        322};
    private static final int[] PROM_IDX = new int[] {
        8, 16, 22, 30, 36, 44, 51, 57, 65, 79, 99, 107, 114, 120, 128, 134, 142, 150, 161, 169, 177,
        183, 191, 197, 205, 211, 218, 224, 232, 240, 246, 254, 260, 267, 273, 281, 287, 295, 303,
        309, 317, 322, 330, 336, 344, 350, 358, 366, 372, 379, 385, 393};
    private static final double[] PROM = new double[] {
        0.242, 0.304, 0.257, 0.314, 0.257, 0.29000000000000004, 0.202, 0.267, 0.191,
        1.3079999999999998, 0.22499999999999998, 0.259, 0.224, 0.29000000000000004, 0.259, 0.318,
        0.184, 0.23999999999999994, 1.129, 0.101, 0.246, 0.309, 0.261, 0.316, 0.268, 0.218, 0.259,
        0.235, 0.262, 0.22399999999999998, 0.603, 0.26799999999999996, 0.192, 0.217, 0.201,
        0.29500000000000004, 0.253, 0.323, 0.254, 0.306, 0.194, 0.9630000000000001, 0.239, 0.254,
        0.322, 0.262, 0.324, 0.23299999999999998, 0.266, 0.215, 0.287, 0.247};
    private static final int[] PROM_LB = new int[] {
        4, 12, 20, 26, 34, 40, 48, 48, 26, 26, 97, 103, 110, 103, 124, 124, 138, 138, 138, 168, 173,
        179, 187, 187, 201, 209, 215, 222, 187, 187, 187, 250, 256, 264, 271, 277, 285, 291, 299,
        299, 313, 187, 327, 327, 340, 348, 340, 362, 362, 376, 362, 389};
    private static final int[] PROM_RB = new int[] {
        12, 26, 26, 40, 40, 61, 54, 61, 67, 138, 103, 116, 116, 124, 130, 138, 144, 152, 187, 187,
        179, 187, 193, 201, 215, 215, 228, 228, 236, 242, 291, 291, 291, 291, 277, 291, 291, 299,
        305, 313, 318, 340, 334, 340, 354, 354, 389, 368, 376, 381, 389, 395};
    private static final int[] WLEN_IDX = new int[] {
        2, 8, 16, 22, 30, 36, 44, 51, 57, 65, 79, 85, 93, 99, 107, 114, 120, 128, 134, 142, 150,
        156, 161, 169, 177, 183, 191, 197, 205, 211, 218, 224, 232, 240, 246, 254, 260, 267, 273,
        281, 287, 295, 303, 309, 317, 322, 330, 336, 344, 350, 358, 366, 372, 379, 385, 393};
    private static final double[] WLEN_PROM = new double[] {
        0.05, 0.242, 0.304, 0.257, 0.314, 0.257, 0.28300000000000003, 0.202, 0.267, 0.191,
        0.9789999999999999, 0.08299999999999996, 0.091, 0.22499999999999998, 0.259, 0.224,
        0.28400000000000003, 0.259, 0.318, 0.184, 0.23999999999999994, 0.08799999999999997, 0.512,
        0.101, 0.246, 0.309, 0.261, 0.316, 0.268, 0.218, 0.259, 0.235, 0.262, 0.22399999999999998,
        0.311, 0.26799999999999996, 0.192, 0.217, 0.201, 0.29500000000000004, 0.253, 0.323, 0.254,
        0.306, 0.194, 0.917, 0.239, 0.254, 0.322, 0.262, 0.312, 0.23299999999999998, 0.266, 0.215,
        0.267, 0.247};
    private static final int[] WIDTH_IDX = new int[] {
        16, 22, 30, 36, 51, 65, 79, 99, 114, 128, 134, 150, 161, 177, 191, 197, 205, 211, 218, 224,
        240, 246, 254, 267, 273, 281, 287, 303, 309, 317, 322, 330, 336, 344, 350, 366, 379, 385,
        393};
    private static final double[] WIDTH = new double[] {
        3.737298387096775, 3.284221371798644, 3.1096899224806194, 3.8041257522964855,
        3.902345241341699, 3.4093562606727303, 15.8143585386576, 3.7654494382022534,
        3.9054895302773076, 3.635084835887284, 3.4619047619047763, 3.0871927203585585,
        17.730277358961303, 3.9144965882188956, 3.5307952182951965, 3.644869542585724,
        3.56658395368072, 3.5979792184611483, 3.2920814479637954, 3.882424625383635,
        3.488418826017977, 7.239435774309726, 3.872965021248774, 3.749349315068514,
        3.351241134751774, 3.5409090909091105, 3.776220806794015, 3.8996288798920204,
        3.0522388059701484, 3.567415730337075, 7.54539390117975, 3.5362546816479608,
        3.493989071038243, 3.456395348837191, 3.7343597262952244, 3.8942998342439523,
        3.7085881530665574, 3.6298913043478365, 3.3148577016107765};
    private static final double[] WIDTH_LIPS = new double[] {
        13.65625, 21.186708860759495, 27.983333333333334, 34.78353658536585, 48.61578947368421,
        62.94970414201183, 71.54545454545455, 97.625, 111.48924731182795, 125.50729927007299,
        132.83809523809524, 147.72361809045225, 146.90138408304497, 174.34131736526948,
        188.35096153846155, 195.60283687943263, 202.15384615384616, 209.57671957671957,
        216.34615384615384, 223.3848167539267, 237.59354838709677, 242.71938775510205,
        250.83229813664596, 264.7431506849315, 272.4654255319149, 278.9590909090909,
        286.23333333333335, 299.9144736842105, 307.44776119402985, 313.9325842696629,
        318.6865284974093, 327.87666666666667, 335.30601092896177, 341.9186046511628,
        349.00757575757575, 362.74581005586595, 376.73728813559325, 384.2201086956522,
        390.87795275590554};
    private static final double[] WIDTH_RIPS = new double[] {
        17.393548387096775, 24.47093023255814, 31.093023255813954, 38.58766233766234,
        52.51813471502591, 66.35906040268456, 87.35981308411215, 101.39044943820225,
        115.39473684210526, 129.14238410596028, 136.3, 150.8108108108108, 164.63166144200628,
        178.25581395348837, 191.88175675675674, 199.24770642201835, 205.72043010752688,
        213.17469879518072, 219.63823529411764, 227.26724137931035, 241.08196721311475,
        249.95882352941177, 254.70526315789473, 268.4925, 275.81666666666666, 282.5,
        290.00955414012736, 303.81410256410254, 310.5, 317.5, 326.23192239858906, 331.4129213483146,
        338.8, 345.375, 352.741935483871, 366.6401098901099, 380.4458762886598, 387.85,
        394.1928104575163};
    private static final double[] WIDTH_H = new double[] {
        -0.0050000000000000044, 0.016499999999999987, 0.007000000000000006, -0.006500000000000006,
        -0.013000000000000012, 0.07350000000000001, 0.486, 0.006500000000000006,
        -0.012999999999999998, 0.004500000000000004, 0.0010000000000000009, 0.572,
        0.39949999999999997, -0.013999999999999999, 0.005500000000000005, -0.0020000000000000018,
        0.0050000000000000044, 0.012999999999999998, 0.006500000000000006, 0.004500000000000004,
        0.184, 0.14250000000000002, 0.273, 0.0785, 0.03950000000000001, 0.007499999999999979,
        -0.003500000000000003, -0.013999999999999999, 0.0050000000000000044, 0.018000000000000002,
        0.3185, 0.014500000000000013, 0.010000000000000009, 0.0020000000000000018,
        -0.0050000000000000044, -0.012499999999999997, 0.004500000000000004, -0.0025000000000000022,
        0.024499999999999994};
    private static final int[] COMB_IDX = new int[] {
        8, 16, 22, 30, 36, 44, 57, 65, 85, 93, 99, 107, 120, 128, 134, 142, 150, 177, 183, 191, 197,
        205, 211, 218, 224, 232, 240, 246, 254, 260, 267, 273, 281, 287, 295, 303, 309, 317, 322,
        330, 336, 344, 350, 358, 366, 372, 379, 385, 393};
    private static final double[] COMB_WIDTH = new double[] {
        4.615231788079471, 5.0878178368121425, 4.708146210304484, 6.506781609195404,
        4.856585365853661, 5.994840041279673, 5.9295334174022685, 4.132973273499857,
        2.062490347490339, 4.057062706270628, 4.5196629213483135, 5.8988935438822665,
        5.894660894660902, 4.745125685394868, 6.768255544521679, 3.3971428571428817,
        4.116451824339094, 4.939429175475681, 6.275187969924815, 4.849993395852607,
        6.682214156079851, 5.128389644580977, 4.33798686810735, 5.838088970781797,
        4.656706986820723, 5.43752380952381, 4.47278688524591, 33.85097540288379, 4.95755693581782,
        3.5911264367816216, 4.5207397260273865, 4.170261677671817, 6.15531370038417,
        4.917993630573278, 6.473013033478139, 5.068474758324385, 6.235701507794545,
        4.1943820224719275, 8.553881441273461, 4.417063670412006, 4.744842017158362,
        6.621552571241409, 4.978890290037839, 6.516330275229336, 4.730967247234048,
        5.835510249803974, 4.4054691595317195, 6.313730684326686, 4.3826359940301245};

    static double[] signal() {
        double[] x = new double[400];
        for (int i = 0; i < 400; i++) {
            double v = g(i, 80, 6) + 0.6 * g(i, 150, 3) + 0.9 * g(i, 160, 4) + 0.3 * g(i, 250, 10)
                    + 0.12 * Math.sin(0.9 * i) + 0.05 * Math.cos(2.3 * i);
            x[i] = Math.rint(v * 1000) / 1000;
        }
        for (int i = 320; i < 326; i++) {
            x[i] = 0.8;
        }
        x[319] = 0.5;
        x[326] = 0.45;
        x[0] = 3.0;
        for (int i = 396; i < 400; i++) {
            x[i] = 2.0;
        }
        return x;
    }

    private static double g(double i, double c, double s) {
        return Math.exp(-(i - c) * (i - c) / (2 * s * s));
    }

    @Test
    void signalIsTheOneScipySaw() {
        double sum = 0;
        for (double v : signal()) {
            sum += v;
        }
        assertEquals(53.103, sum, 1e-9);
    }

    @Test
    void localMaximaWithPlateauAndEdgeRules() {
        Peaks p = PeakFinder.findPeaks(signal());
        assertArrayEquals(ALL_IDX, p.indices());
        // the 6-sample plateau 320..325 reports its middle rounded down; edge runs (x[0], x[396..399]) are not peaks
        assertArrayEquals(PLATEAU_IDX, PeakFinder.findPeaks(signal(), PeakCriteria.none().plateauSize(2)).indices());
        Peaks plateau = PeakFinder.findPeaks(signal(), PeakCriteria.none().plateauSize(2));
        assertArrayEquals(new int[] {6}, plateau.plateauSizes());
        assertArrayEquals(new int[] {320}, plateau.leftEdges());
        assertArrayEquals(new int[] {325}, plateau.rightEdges());
    }

    @Test
    void heightThresholdAndDistanceFilters() {
        double[] x = signal();
        // scipy: height=0.2; threshold=0.05; distance=20
        assertArrayEquals(HEIGHT_IDX, PeakFinder.findPeaks(x, PeakCriteria.none().height(0.2)).indices());
        assertArrayEquals(THRESHOLD_IDX, PeakFinder.findPeaks(x, PeakCriteria.none().threshold(0.05)).indices());
        assertArrayEquals(DISTANCE_IDX, PeakFinder.findPeaks(x, PeakCriteria.none().distance(20)).indices());
    }

    @Test
    void prominencesAndBases() {
        // scipy: prominence=0.1
        Peaks p = PeakFinder.findPeaks(signal(), PeakCriteria.none().prominence(0.1));
        assertArrayEquals(PROM_IDX, p.indices());
        assertArrayEquals(PROM, p.prominences(), 1e-12);
        assertArrayEquals(PROM_LB, p.leftBases());
        assertArrayEquals(PROM_RB, p.rightBases());
        // scipy: prominence=0.05, wlen=21
        Peaks w = PeakFinder.findPeaks(signal(), PeakCriteria.none().prominence(0.05).wlen(21));
        assertArrayEquals(WLEN_IDX, w.indices());
        assertArrayEquals(WLEN_PROM, w.prominences(), 1e-12);
    }

    @Test
    void widthsWithInterpolatedCrossings() {
        // scipy: width=(3, 30), rel_height=0.5
        Peaks p = PeakFinder.findPeaks(signal(), PeakCriteria.none().width(3, 30));
        assertArrayEquals(WIDTH_IDX, p.indices());
        assertArrayEquals(WIDTH, p.widths(), 1e-10);
        assertArrayEquals(WIDTH_LIPS, p.leftIps(), 1e-10);
        assertArrayEquals(WIDTH_RIPS, p.rightIps(), 1e-10);
        assertArrayEquals(WIDTH_H, p.widthHeights(), 1e-12);
    }

    @Test
    void combinedConditions() {
        // scipy: height=(0.1, 0.95), distance=5, prominence=(0.05, None), width=2, rel_height=0.8
        Peaks p = PeakFinder.findPeaks(signal(), PeakCriteria.none().height(0.1, 0.95).distance(5).prominence(0.05)
                .width(2).relHeight(0.8));
        assertArrayEquals(COMB_IDX, p.indices());
        assertArrayEquals(COMB_WIDTH, p.widths(), 1e-10);
    }

    @Test
    void gaussianFullWidthAtHalfMaximum() {
        // analytic: a Gaussian of σ samples on a zero baseline has FWHM 2√(2 ln 2)·σ; linear
        // interpolation between samples is within 0.5 % at σ = 20
        double sigma = 20;
        double[] x = new double[401];
        for (int i = 0; i < x.length; i++) {
            x[i] = 5 * g(i, 200, sigma);
        }
        Peaks p = PeakFinder.findPeaks(x);
        assertArrayEquals(new int[] {200}, p.indices());
        assertEquals(5 - x[0], p.prominences()[0], 1e-12);
        assertEquals(2 * Math.sqrt(2 * Math.log(2)) * sigma, p.widths()[0], 0.005 * 47);
        double[] axis = new double[x.length];
        for (int i = 0; i < axis.length; i++) {
            axis[i] = -0.2 + 0.001 * i; // e.g. potential in V
        }
        assertEquals(-0.2 + 0.001 * p.leftIps()[0], PeakFinder.axisValue(axis, p.leftIps()[0]), 1e-15);
    }

    @Test
    void tooShortOrFlatSignalsHaveNoPeaks() {
        assertEquals(0, PeakFinder.findPeaks(new double[] {1, 2}).count());
        assertEquals(0, PeakFinder.findPeaks(new double[] {3, 3, 3, 3}).count());
        assertEquals(0, PeakFinder.findPeaks(new double[0]).count());
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeakFinder.findPeaks(new double[] {0, 1, Double.NaN, 0}));
        assertTrue(e.getMessage().startsWith("x[2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PeakCriteria.none().distance(0.5));
        assertThrows(IllegalArgumentException.class, () -> PeakCriteria.none().wlen(1));
        assertThrows(IllegalArgumentException.class, () -> PeakCriteria.none().height(2, 1));
        assertThrows(IllegalArgumentException.class, () -> PeakCriteria.none().relHeight(-0.1));
        assertThrows(IllegalArgumentException.class,
                () -> PeakFinder.prominences(new double[] {0, 1, 0}, new int[] {3}, -1));
        assertThrows(IllegalArgumentException.class, () -> PeakFinder.axisValue(new double[] {1, 2}, 1.5));
    }
}
