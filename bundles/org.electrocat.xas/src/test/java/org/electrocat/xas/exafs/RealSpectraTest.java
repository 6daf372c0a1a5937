package org.electrocat.xas.exafs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.electrocat.core.model.Dataset;
import org.electrocat.xas.SharedData;
import org.electrocat.xas.io.AthenaProjectReader;
import org.electrocat.xas.io.XdiReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.xas.xanes.EdgeEnergy;
import org.electrocat.xas.xanes.PreEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * E0, edge step and first R-space peak of the shared XDI foils against values derived independently
 * by src/test/resources/reference/xas_reference.py (numpy/scipy: numpy.gradient for E0,
 * numpy.polyfit for the pre-/post-edge, AUTOBK solved iteratively with scipy least_squares and
 * scipy BSpline, numpy.fft for χ(R)); output of that script pasted below.
 */
class RealSpectraTest {

    static Dataset xdi(String name) throws IOException {
        XdiReader r = new XdiReader();
        return r.read(SharedData.file("xas/" + name), Parameters.resolve("t", r.options(), Map.of()), ProgressMonitor.NONE)
                .get(0);
    }

    @ParameterizedTest
    @CsvSource({
        // file, e0 (eV), edge step, first R peak (Å) from xas_reference.py
        "cu_metal_rt.xdi, 8980.5481, 2.726747, 2.2394",
        "ni_metal_rt.xdi, 8331.3463, 2.526295, 2.1837",
        "co_metal_rt.xdi, 7708.7086, 4.155509, 2.1830",
        "pt_metal_rt.xdi, 11562.1198, 2.620392, 2.1150"})
    void foilsMatchTheIndependentNumpyDerivation(String file, double e0, double step, double r1) throws IOException {
        Dataset d = xdi(file);
        double[] e = d.require("energy").array();
        double[] mu = d.require("mu").array();
        PreEdge.Result pre = PreEdge.normalize(e, mu, PreEdge.Settings.DEFAULTS);
        assertEquals(e0, pre.e0(), 0.01, "E0");
        assertEquals(step, pre.edgeStep(), 2e-4 * step, "edge step");
        Autobk.Result bk = Autobk.run(e, mu, pre.e0(), pre.edgeStep(), Autobk.Settings.DEFAULTS);
        double kmax = Math.min(bk.k()[bk.k().length - 1] - 1, 14.0);
        double[] win = FtWindow.values(bk.k(), 3.0, kmax, 1.0, 1.0, "hanning");
        XafsTransform.Complex chir = XafsTransform.forward(bk.chi(), 0.05, 2048, 2, win, 10);
        List<RPeaks.Peak> peaks = RPeaks.find(chir.x(), chir.magnitude(), 1, 4, 0.2);
        assertEquals(r1, peaks.get(0).r(), 0.01, "first R peak");
    }

    @Test
    void athenaProjectEdgeStepsAgreeWithAthenaWithinOnePercent() throws IOException {
        AthenaProjectReader r = new AthenaProjectReader();
        List<Dataset> recs = r.read(SharedData.file("xas/tipb.prj"), Parameters.resolve("t", r.options(), Map.of()),
                ProgressMonitor.NONE);
        // numpy (xas_reference.py, energies + bkg_eshift as Athena) derivative E0 and step with Athena's ranges; Athena's bkg_step
        double[][] expect = {{4975.4421, 0.321887, 0.3248124}, {4975.4746, 0.295069, 0.2959988},
            {4975.5083, 0.314665, 0.3178943}};
        for (int i = 0; i < 3; i++) {
            Dataset d = recs.get(i);
            double[] e = d.require("energy").array();
            double[] mu = d.require("mu").array();
            assertEquals(expect[i][0], EdgeEnergy.fromDerivative(e, mu), 0.01);
            PreEdge.Settings s = new PreEdge.Settings(p(d, "e0"), p(d, "pre1"), p(d, "pre2"), p(d, "norm1"), p(d, "norm2"),
                    (int) p(d, "nnorm"), 0, Double.NaN);
            PreEdge.Result res = PreEdge.normalize(e, mu, s);
            assertEquals(expect[i][1], res.edgeStep(), 2e-4 * expect[i][1], "numpy step, record " + i);
            assertEquals(expect[i][2], res.edgeStep(), 0.013 * expect[i][2], "Athena's stored step, record " + i);
        }
    }

    private static double p(Dataset d, String key) {
        return Double.parseDouble(d.meta(AthenaProjectReader.PARAM + key).orElseThrow());
    }
}
