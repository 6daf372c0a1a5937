package org.electrocat.math.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.electrocat.math.signal.SavitzkyGolay.EdgeMode;
import org.junit.jupiter.api.Test;

/**
 * References: the coefficient tables of Savitzky & Golay (1964) and Numerical Recipes, scipy's
 * documented savgol_coeffs examples, and scipy 1.17.1 savgol_filter on
 * x = np.sin(0.3*i) + 0.2*np.cos(1.7*i) + 0.01*i*i, i = np.arange(40.) (same formula in {@link #signal()}).
 */
class SavitzkyGolayTest {

    // savgol_filter(x, window_length=7, polyorder=2)
    private static final double[] INTERP_7_2 = {
        0.07172884449833226, 0.3804016239822111, 0.6444953180597673, 0.864009926731002,
        1.073523952970497, 1.2548090844680462, 1.3432282390271026, 1.3364000952336912,
        1.3041403578715418, 1.2521976731016338, 1.1455182650786409, 1.0352774747810534,
        0.9986025328874197, 1.0221375180375065, 1.0871709558873202, 1.259223744886075,
        1.5756067049489135, 1.9816382104003014, 2.4576955725412466, 3.049936330267075,
        3.7365434471015755, 4.434110366248597, 5.133579996426928, 5.863507472255369,
        6.568696146189417, 7.183291292817918, 7.737911084544768, 8.262657819421957,
        8.70746875477484, 9.060673605592248, 9.397598645963708, 9.747496386433014,
        10.075927756961622, 10.41804666331949, 10.856911347069085, 11.390636553752117,
        11.983431923183414, 12.669261985839782, 13.457047900739923, 14.346789667883826};
    // savgol_filter(x, window_length=9, polyorder=3, deriv=1, delta=0.5)
    private static final double[] INTERP_9_3_D1 = {
        0.41204538024828097, 0.4613683973065273, 0.4773052314988234, 0.4598558828251694,
        0.4090203512855643, 0.29509698131891476, 0.05803383303396724, -0.06228832945278121,
        -0.06328410867688924, -0.153398850369287, -0.25461635299112895, -0.15932355921193508,
        0.01089798021409251, 0.07947490930141617, 0.2030004395510454, 0.4979443909040135,
        0.7504518459779809, 0.8668488470183356, 1.0506397364212694, 1.309472022573643,
        1.4081888679070298, 1.3766134681934974, 1.4277119537665715, 1.4721932713142047,
        1.3258384547701438, 1.140961728968806, 1.0865092519529824, 0.9968912586415499,
        0.7796723703928807, 0.6586593106438772, 0.7004969523315565, 0.6907236618719068,
        0.6367455847468232, 0.7604922140424717, 0.9964971233038092, 1.1286593142970611,
        1.2713450653364384, 1.4314648149243665, 1.60901856306085, 1.8040063097458887};
    // savgol_filter(x, window_length=11, polyorder=4, deriv=2, delta=0.1)
    private static final double[] INTERP_11_4_D2 = {
        22.666277686618923, 12.222950051953445, 3.787730849349268, -2.6393799211936098,
        -7.058382259675191, -9.469276166095337, -9.734732933734637, -2.374238157428275,
        -1.861982549428438, -5.717065723069984, -0.429517057763821, 7.609051730809515,
        6.040307755789518, 3.9232427694616128, 10.788947211657199, 14.697942422314242,
        8.877703516846957, 6.82954636266772, 11.814605984715392, 9.612957696915245,
        0.8926579046591243, 0.08581723353088933, 3.2748516510839494, -2.4501674042855655,
        -9.334844965857116, -6.005572006896884, -2.775116867892862, -8.109816095397704,
        -9.410441413262134, -1.5069273631512488, 1.469702823140608, -2.3408475002927815,
        1.2376927701686071, 9.914710958932986, 9.587121594276766, 9.191332197357077,
        7.618252468256144, 4.867882406972626, 0.9402220135065189, -4.164728712142175};
    // savgol_filter(x, window_length=7, polyorder=2, mode='mirror')
    private static final double[] MIRROR_7_2 = {
        0.16328680334387435, 0.2836940297130848, 0.5635757316362296, 0.864009926731002,
        1.073523952970497, 1.2548090844680462, 1.3432282390271026, 1.3364000952336912,
        1.3041403578715418, 1.2521976731016338, 1.1455182650786409, 1.0352774747810534,
        0.9986025328874197, 1.0221375180375065, 1.0871709558873202, 1.259223744886075,
        1.5756067049489135, 1.9816382104003014, 2.4576955725412466, 3.049936330267075,
        3.7365434471015755, 4.434110366248597, 5.133579996426928, 5.863507472255369,
        6.568696146189417, 7.183291292817918, 7.737911084544768, 8.262657819421957,
        8.70746875477484, 9.060673605592248, 9.397598645963708, 9.747496386433014,
        10.075927756961622, 10.41804666331949, 10.856911347069085, 11.390636553752117,
        11.983431923183414, 12.878261612833397, 13.595179595564716, 13.861430676274146};
    // savgol_filter(x, window_length=5, polyorder=2, mode='nearest')
    private static final double[] NEAREST_5_2 = {
        0.20923334825683945, 0.24698282504792746, 0.49537536092861756, 0.915359059265125,
        1.1893132769549304, 1.1790141047176679, 1.2527408914894271, 1.4411463143837318,
        1.3726293691794278, 1.1337101012469843, 1.1100345616274607, 1.1637251765209657,
        1.0000741292270308, 0.8907506496302611, 1.1155776254873477, 1.3782485171702414,
        1.5108737128784844, 1.873531668747023, 2.5449306511968612, 3.1310929595378623,
        3.625209518047178, 4.38002686374449, 5.258947915881237, 5.887087289279265,
        6.440598204619601, 7.197312222688265, 7.8678222568206255, 8.220936720424264,
        8.593919400898923, 9.136598922834377, 9.49541811627463, 9.648748147931709,
        10.00427458124469, 10.534250666907724, 10.895973214714338, 11.260318006640176,
        11.972862726364154, 12.808486346246028, 13.610036005542998, 14.109021854801691};
    // savgol_filter(x, window_length=7, polyorder=3, mode='wrap')
    private static final double[] WRAP_7_3 = {
        4.886687180787675, 1.035891881746199, -0.7677418350870421, 0.8640099267310017,
        1.0735239529704967, 1.2548090844680457, 1.3432282390271024, 1.336400095233691,
        1.3041403578715416, 1.2521976731016333, 1.1455182650786404, 1.0352774747810531,
        0.9986025328874195, 1.0221375180375063, 1.0871709558873197, 1.2592237448860746,
        1.575606704948913, 1.9816382104003007, 2.4576955725412457, 3.049936330267074,
        3.7365434471015746, 4.4341103662485954, 5.133579996426926, 5.8635074722553675,
        6.568696146189415, 7.183291292817916, 7.737911084544766, 8.262657819421955,
        8.707468754774839, 9.060673605592246, 9.397598645963704, 9.747496386433014,
        10.075927756961619, 10.418046663319489, 10.856911347069083, 11.390636553752113,
        11.98343192318341, 14.14316228563558, 12.899279241914453, 9.365083833757854};
    // savgol_filter(x, window_length=5, polyorder=2, mode='constant', cval=0.5)
    private static final double[] CONSTANT_5_2 = {
        0.28637620539969655, 0.22126853933364174, 0.49537536092861756, 0.915359059265125,
        1.1893132769549304, 1.1790141047176679, 1.2527408914894271, 1.4411463143837318,
        1.3726293691794278, 1.1337101012469843, 1.1100345616274607, 1.1637251765209657,
        1.0000741292270308, 0.8907506496302611, 1.1155776254873477, 1.3782485171702414,
        1.5108737128784844, 1.873531668747023, 2.5449306511968612, 3.1310929595378623,
        3.625209518047178, 4.38002686374449, 5.258947915881237, 5.887087289279265,
        6.440598204619601, 7.197312222688265, 7.8678222568206255, 8.220936720424264,
        8.593919400898923, 9.136598922834377, 9.49541811627463, 9.648748147931709,
        10.00427458124469, 10.534250666907724, 10.895973214714338, 11.260318006640176,
        11.972862726364154, 12.808486346246028, 14.789343356262705, 10.571099802642575};
    // savgol_filter(x, window_length=9, polyorder=2, deriv=1, mode='mirror')
    private static final double[] MIRROR_9_2_D1 = {
        -6.938893903907229e-19, 0.08043688291128367, 0.14103131459352072, 0.17408317199009027,
        0.1716804291579317, 0.11939684916220718, 0.06168222383405779, 0.012418587481264428,
        -0.02258553252416464, -0.045259242543445176, -0.04964881342702771, -0.02728505867388383,
        0.01785805824326966, 0.0782136751271978, 0.15531089918088206, 0.24804734439170376,
        0.34376150161870517, 0.43328055281268785, 0.5171796483650544, 0.5904119298060553,
        0.6412668885641893, 0.6681196226933944, 0.677021906969922, 0.6661165716637746,
        0.6322344151834485, 0.5845651313080514, 0.5339555071475137, 0.4810988828133209,
        0.4291478999230891, 0.39100838853823805, 0.3735597215772888, 0.3732339647997472,
        0.3919422468751887, 0.4366884586928324, 0.5033915134653083, 0.581473089054612,
        0.5312664832110154, 0.40814597311623024, 0.2288616512532291, -4.94694068986382e-17};

    private static double[] signal() {
        double[] x = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = Math.sin(0.3 * i) + 0.2 * Math.cos(1.7 * i) + 0.01 * i * i;
        }
        return x;
    }

    @Test
    void coefficientsMatchPublishedTables() {
        // smoothing, quadratic: 5 points (−3, 12, 17, 12, −3)/35; 7 points (−2, 3, 6, 7, 6, 3, −2)/21
        assertArrayEquals(new double[] {-3 / 35.0, 12 / 35.0, 17 / 35.0, 12 / 35.0, -3 / 35.0},
                SavitzkyGolay.coefficients(5, 2, 0, 1, 2), 1e-15);
        assertArrayEquals(new double[] {-2 / 21.0, 3 / 21.0, 6 / 21.0, 7 / 21.0, 6 / 21.0, 3 / 21.0, -2 / 21.0},
                SavitzkyGolay.coefficients(7, 3, 0, 1, 3), 1e-15);
        // first derivative, quadratic, 5 points: (−2, −1, 0, 1, 2)/10
        assertArrayEquals(new double[] {-0.2, -0.1, 0, 0.1, 0.2}, SavitzkyGolay.coefficients(5, 2, 1, 1, 2), 1e-15);
        // scipy docs: savgol_coeffs(4, 2, pos=3, deriv=1, use='dot') = [0.45, -0.85, -0.65, 1.05]
        assertArrayEquals(new double[] {0.45, -0.85, -0.65, 1.05}, SavitzkyGolay.coefficients(4, 2, 1, 1, 3), 1e-14);
        // scipy docs: the derivative at the last point of t² sampled at t = −1..3 is 6
        double[] c = SavitzkyGolay.coefficients(5, 2, 1, 1, 4);
        double[] parabola = {1, 0, 1, 4, 9};
        double d = 0;
        for (int k = 0; k < 5; k++) {
            d += c[k] * parabola[k];
        }
        assertEquals(6.0, d, 1e-13);
        // deriv above the order: all zero
        assertArrayEquals(new double[5], SavitzkyGolay.coefficients(5, 1, 2, 1, 2), 0);
    }

    @Test
    void matchesScipyInEveryEdgeMode() {
        double[] x = signal();
        assertArrayEquals(INTERP_7_2, SavitzkyGolay.filter(x, 7, 2), 1e-12);
        assertArrayEquals(INTERP_9_3_D1, SavitzkyGolay.filter(x, 9, 3, 1, 0.5), 1e-12);
        assertArrayEquals(INTERP_11_4_D2, SavitzkyGolay.filter(x, 11, 4, 2, 0.1), 1e-9);
        assertArrayEquals(MIRROR_7_2, SavitzkyGolay.filter(x, 7, 2, 0, 1, EdgeMode.MIRROR, 0), 1e-12);
        assertArrayEquals(NEAREST_5_2, SavitzkyGolay.filter(x, 5, 2, 0, 1, EdgeMode.NEAREST, 0), 1e-12);
        assertArrayEquals(WRAP_7_3, SavitzkyGolay.filter(x, 7, 3, 0, 1, EdgeMode.WRAP, 0), 1e-12);
        assertArrayEquals(CONSTANT_5_2, SavitzkyGolay.filter(x, 5, 2, 0, 1, EdgeMode.CONSTANT, 0.5), 1e-12);
        assertArrayEquals(MIRROR_9_2_D1, SavitzkyGolay.filter(x, 9, 2, 1, 1, EdgeMode.MIRROR, 0), 1e-12);
    }

    @Test
    void polynomialsUpToTheOrderAreReproducedExactlyWithDerivatives() {
        // p(t) = 1 − 2t + 0.5t² − 0.01t³ at t = 0.1·i: a cubic filter returns p, p′, p″, p‴ everywhere,
        // edges included (INTERP), and zero for the 4th derivative
        double dt = 0.1;
        int n = 50;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = dt * i;
            x[i] = 1 - 2 * t + 0.5 * t * t - 0.01 * t * t * t;
        }
        double[] y0 = SavitzkyGolay.filter(x, 11, 3);
        double[] y1 = SavitzkyGolay.filter(x, 11, 3, 1, dt);
        double[] y2 = SavitzkyGolay.filter(x, 11, 3, 2, dt);
        double[] y3 = SavitzkyGolay.filter(x, 11, 3, 3, dt);
        double[] y4 = SavitzkyGolay.filter(x, 11, 3, 4, dt);
        for (int i = 0; i < n; i++) {
            double t = dt * i;
            assertEquals(x[i], y0[i], 1e-12, "p at " + i);
            assertEquals(-2 + t - 0.03 * t * t, y1[i], 1e-10, "p' at " + i);
            assertEquals(1 - 0.06 * t, y2[i], 1e-8, "p'' at " + i);
            assertEquals(-0.06, y3[i], 1e-6, "p''' at " + i);
            assertEquals(0.0, y4[i], 0.0);
        }
    }

    @Test
    void longWindowsStayWellConditioned() {
        // a 201-point window of order 8 still reproduces an 8th-order polynomial
        int n = 400;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (i - 200) / 200.0;
            x[i] = Math.pow(u, 8) - 3 * Math.pow(u, 5) + u;
        }
        assertArrayEquals(x, SavitzkyGolay.filter(x, 201, 8), 1e-10);
    }

    @Test
    void rejectsBadArguments() {
        double[] x = signal();
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.filter(x, 6, 2));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.filter(x, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.filter(x, 41, 2));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.filter(x, 5, 2, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.filter(x, 5, 2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.filter(new double[] {1, Double.NaN, 2}, 3, 1));
        // non-INTERP modes accept windows longer than the signal, as scipy does
        assertEquals(3, SavitzkyGolay.filter(new double[] {1, 2, 3}, 7, 2, 0, 1, EdgeMode.MIRROR, 0).length);
    }
}
