package org.electrocat.bench.workloads;

import java.nio.file.Path;
import java.util.List;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.bench.inputs.Inputs;
import org.electrocat.bench.inputs.RawArrays;
import org.electrocat.bench.inputs.XpsSpectra;
import org.electrocat.xps.background.Backgrounds;
import org.electrocat.xps.peaks.PeakFit;
import org.electrocat.xps.peaks.PeakList;
import org.electrocat.xps.peaks.PeakShape;
import org.electrocat.xps.peaks.SpinOrbit;

/**
 * W5: per spectrum, the iterative Shirley background (end averages over 3 points, tol 1e-7, at
 * most 200 iterations: xps.fit's defaults) and a least-squares fit of two Pd 3d doublets (GL(30)
 * product lines, splitting 5.26 eV and area ratio 2/3 fixed, one width per doublet, start width
 * 1.5 eV, positions within ±1 eV of 335.1 and 336.9 eV) with line areas and their standard errors
 * from the covariance — xps's {@link PeakFit}. Checks (medians over the spectra): metallic 3d5/2
 * position (eV), its FWHM (eV), its area and the area's standard error (counts·eV).
 */
public final class XpsFitWorkload implements Workload {

    private static final PeakFit.Settings SETTINGS = new PeakFit.Settings(PeakShape.GL_PRODUCT, 0.3, 0, false,
            PeakFit.Widths.DOUBLET, 1.5, false, 1.0);

    private double[] be;
    private double[][] spectra;
    private List<PeakList.Peak> peaks;

    @Override
    public void load(Path dir, BenchCase c) throws Exception {
        int n = c.intParam("points");
        double[] flat = RawArrays.read(Inputs.file(dir, c));
        be = java.util.Arrays.copyOf(flat, n);
        spectra = RawArrays.rows(flat, n, c.intParam("spectra"), n);
        SpinOrbit pd3d = new SpinOrbit(XpsSpectra.SPLITTING, XpsSpectra.RATIO);
        peaks = List.of(new PeakList.Peak("Pd 3d", XpsSpectra.STARTS[0], pd3d),
                new PeakList.Peak("PdO 3d", XpsSpectra.STARTS[1], pd3d));
    }

    @Override
    public double[] run() {
        double[][] found = new double[spectra.length][];
        double[] net = new double[be.length];
        for (int s = 0; s < spectra.length; s++) {
            double[] y = spectra[s];
            double[] bg = Backgrounds.shirley(be, y, 3, 1e-7, 200);
            for (int i = 0; i < y.length; i++) {
                net[i] = y[i] - bg[i];
            }
            PeakFit.Line major = PeakFit.fit(be, net, peaks, SETTINGS).lines().get(0);
            found[s] = new double[] {major.position(), major.fwhm(), major.area(), major.areaSe()};
        }
        return Medians.of(found);
    }
}
