package org.electrocat.xps.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.ParameterSpec;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Units;
import org.electrocat.xps.XpsTechnique;
import org.electrocat.xps.io.XpsSpectra;
import org.electrocat.xps.peaks.PeakFit;

/** What every XPS analysis shares: technique, version, input kind, and the fit-curve dataset. */
abstract class XpsAnalysis implements Analysis {

    @Override
    public String technique() {
        return XpsTechnique.ID;
    }

    @Override
    public String version() {
        return XpsTechnique.VERSION;
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }

    static List<ParameterSpec> concat(List<ParameterSpec> a, List<ParameterSpec> b) {
        List<ParameterSpec> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The curves of a fitted region: BE, measured, background, envelope (+ background), residual
     * and each line (+ background), so a chart can draw them as CasaXPS users expect.
     */
    static Dataset fitCurves(String id, Region r, PeakFit.Result fit) {
        int n = r.be().length;
        double[] env = new double[n];
        double[] res = new double[n];
        for (int i = 0; i < n; i++) {
            env[i] = fit.envelope()[i] + r.background()[i];
            res[i] = r.y()[i] - env[i];
        }
        Dataset.Builder b = Dataset.builder(id, DatasetKind.SPECTRUM).name(r.dataset().name() + " fit")
                .provenance(r.dataset().provenance()).column(XpsSpectra.BE, Units.ELECTRONVOLT, r.be())
                .column(XpsSpectra.INTENSITY, XpsSpectra.COUNTS_PER_SECOND, r.y())
                .column("background", XpsSpectra.COUNTS_PER_SECOND, r.background())
                .column("envelope", XpsSpectra.COUNTS_PER_SECOND, env)
                .column("residual", XpsSpectra.COUNTS_PER_SECOND, res);
        for (int l = 0; l < fit.lines().size(); l++) {
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = fit.components()[l][i] + r.background()[i];
            }
            b.column("line: " + fit.lines().get(l).name(), XpsSpectra.COUNTS_PER_SECOND, c);
        }
        return b.meta("technique", "xps").meta("xps.curves", "fit").build();
    }
}
