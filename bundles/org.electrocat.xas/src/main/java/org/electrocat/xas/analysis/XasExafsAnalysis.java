package org.electrocat.xas.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.xas.exafs.Autobk;
import org.electrocat.xas.exafs.FtWindow;
import org.electrocat.xas.exafs.RPeaks;
import org.electrocat.xas.exafs.XafsTransform;
import org.electrocat.xas.xanes.PreEdge;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xas.exafs}: normalisation, AUTOBK background (χ(k)), kʷ-weighted windowed Fourier transform
 * to R (magnitude, real, imaginary), back-transform to q over an R window, and the peaks of |χ(R)|
 * (phase-uncorrected), for every input. Transform settings left automatic take an Athena project's
 * values when present.
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xas.exafs",
    "electrocat.technique=xas"})
public final class XasExafsAnalysis extends XasAnalysis {

    private static final Unit PER_ANGSTROM = Units.INVERSE_ANGSTROM;

    @Override
    public String id() {
        return "xas.exafs";
    }

    @Override
    public String label() {
        return "EXAFS: χ(k), |χ(R)| and R-space peaks";
    }

    @Override
    public String description() {
        return "AUTOBK spline background (Newville et al., Phys. Rev. B 47 (1993) 14126) with rbkg, solved as an exact "
                + "linear least-squares problem; k = √(0.2625·(E − E0)) Å⁻¹; kʷ weighting; Hanning/Kaiser/... windows with "
                + "dk; Fourier transform to R and back to q with Larch's xftf/xftr conventions; peak positions of |χ(R)| "
                + "(not phase-corrected).";
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(normalisation());
        String auto = " (the Athena project's value when there is one)";
        p.add(ParameterSpec.number("rbkg", "rbkg", "Å", 0.0, "AUTOBK: R below which χ(R) is minimised; 0 = automatic"
                + auto + ", else 1 Å.").range(0, 5));
        p.add(ParameterSpec.number("bkgKweight", "AUTOBK k-weight", "1", 1.0, "k-weight inside AUTOBK (Larch: 1).").range(0, 4));
        p.add(ParameterSpec.number("kweight", "k-weight", "1", 2.0, "k-weight n of the transform χ(k)·kⁿ.").range(0, 4));
        p.add(ParameterSpec.number("kmin", "kmin", "Å-1", -1.0, "Start of the k window; −1 = automatic" + auto + ", else 2.")
                .range(-1, 30));
        p.add(ParameterSpec.number("kmax", "kmax", "Å-1", 0.0, "End of the k window; 0 = automatic" + auto
                + ", else the data's last k − 1.").range(0, 40));
        p.add(ParameterSpec.number("dk", "dk", "Å-1", -1.0, "Window sill; −1 = automatic" + auto + ", else 1.").range(-1, 10));
        p.add(ParameterSpec.choice("window", "Window", "auto", List.of("auto", "hanning", "kaiser", "parzen", "welch",
                "sine", "gaussian"), "k window; 'auto' = the project's, else hanning."));
        p.add(ParameterSpec.number("rmin", "rmin", "Å", 1.0, "Start of the R window of the back-transform.").range(0, 20));
        p.add(ParameterSpec.number("rmax", "rmax", "Å", 3.0, "End of the R window of the back-transform.").range(0, 20));
        p.add(ParameterSpec.number("dr", "dr", "Å", 0.5, "Sill of the R window.").range(0, 5));
        p.add(ParameterSpec.number("peakThreshold", "Peak threshold", "1", 0.2,
                "R peaks reported: local maxima above this fraction of the largest |χ(R)| in [peakRmin, 6 Å].").range(0, 1));
        p.add(ParameterSpec.number("peakRmin", "Peaks from", "Å", 0.0,
                "Smallest R searched for peaks; 0 = rbkg + 0.2 Å (what is left just above rbkg is background, not a shell).")
                .range(0, 10));
        return p;
    }

    @Override
    public Result run(AnalysisContext c) {
        Parameters p = c.parameters();
        Result.Builder b = Result.builder(this, c);
        Table.Builder peaks = Table.builder("Peaks of |χ(R)| (phase-uncorrected)").column("spectrum", null)
                .column("R", Units.ANGSTROM).column("|χ(R)|", Units.ONE);
        for (Dataset d : c.inputs()) {
            c.monitor().checkCancelled();
            PreEdge.Result pre = normalize(d, p);
            double rbkg = p.number("rbkg") > 0 ? p.number("rbkg") : project(d, "rbkg", 1.0);
            Autobk.Settings s = new Autobk.Settings(rbkg, 0, Double.NaN, p.number("bkgKweight"), 0.1, "hanning", 2048,
                    0.05, 3, 0, 1, 0);
            double[] e = d.require("energy").array();
            Autobk.Result bk = Autobk.run(e, d.require("mu").array(), pre.e0(), pre.edgeStep(), s);
            double kmin = p.number("kmin") >= 0 ? p.number("kmin") : project(d, "kmin", 2.0);
            double kmax = p.number("kmax") > 0 ? p.number("kmax") : project(d, "kmax", bk.kmax() - 1);
            double dk = p.number("dk") >= 0 ? p.number("dk") : project(d, "dk", 1.0);
            String window = p.choice("window").equals("auto")
                    ? d.metadata().getOrDefault("xas.param.window", "hanning") : p.choice("window");
            if (!FtWindow.NAMES.contains(window)) {
                window = "hanning";
            }
            if (!(kmax > kmin)) {
                throw new IllegalArgumentException("dataset '" + d.id() + "': kmax " + kmax + " must exceed kmin " + kmin);
            }
            double kw = p.number("kweight");
            double[] k = bk.k();
            double[] win = FtWindow.values(k, kmin, kmax, dk, dk, window);
            XafsTransform.Complex chir = XafsTransform.forward(bk.chi(), 0.05, 2048, kw, win, 10);
            double[] mag = chir.magnitude();
            double[] rwin = FtWindow.values(chir.x(), p.number("rmin"), p.number("rmax"), p.number("dr"), p.number("dr"),
                    "hanning");
            XafsTransform.Complex chiq = XafsTransform.reverse(chir, rwin, 2048, Math.min(k[k.length - 1], 30));
            double peakRmin = p.number("peakRmin") > 0 ? p.number("peakRmin") : bk.rbkg() + 0.2;
            List<RPeaks.Peak> found = RPeaks.find(chir.x(), mag, peakRmin, 6, p.number("peakThreshold"));
            for (int i = 0; i < found.size(); i++) {
                RPeaks.Peak pk = found.get(i);
                peaks.row(d.name(), pk.r(), pk.height());
                if (i >= 3) {
                    continue; // the first three shells as values, every peak in the table
                }
                b.value("peak" + (i + 1) + "." + d.id(), "R peak " + (i + 1) + " of " + d.name(),
                        Quantity.of(pk.r(), Units.ANGSTROM), "phase-uncorrected; |χ(R)| = " + String.format("%.4g", pk.height()));
            }
            b.value("e0." + d.id(), "E0 of " + d.name(), Quantity.of(pre.e0(), Units.ELECTRONVOLT));
            b.value("kmax." + d.id(), "Window " + d.name(), Quantity.of(kmax, PER_ANGSTROM),
                    "k window " + kmin + "–" + kmax + " Å⁻¹, dk " + dk + ", " + window + ", kʷ w = " + kw + ", rbkg " + bk.rbkg());
            double[] chik = new double[k.length];
            for (int i = 0; i < k.length; i++) {
                chik[i] = bk.chi()[i] * Math.pow(k[i], kw);
            }
            String w = String.valueOf((int) kw);
            b.curve(XasNormalizeAnalysis.curves(d, pre));
            b.curve(Dataset.builder(d.id() + "-chik", DatasetKind.SPECTRUM).name(d.name()).provenance(d.provenance())
                    .column("k", PER_ANGSTROM, k).column("chi", Units.ONE, bk.chi())
                    .column("chi*k^" + w, Units.ANGSTROM.pow(-(int) kw), chik).column("window", Units.ONE, win)
                    .meta("xas.curves", "chik").meta("xas.kweight", w).build());
            b.curve(Dataset.builder(d.id() + "-chir", DatasetKind.SPECTRUM).name(d.name()).provenance(d.provenance())
                    .column("R", Units.ANGSTROM, chir.x()).column("|chi(R)|", Units.ONE, mag)
                    .column("Re chi(R)", Units.ONE, chir.re()).column("Im chi(R)", Units.ONE, chir.im())
                    .column("R window", Units.ONE, rwin).meta("xas.curves", "chir").meta("xas.kweight", w).build());
            b.curve(Dataset.builder(d.id() + "-chiq", DatasetKind.SPECTRUM).name(d.name()).provenance(d.provenance())
                    .column("q", PER_ANGSTROM, chiq.x()).column("Re chi(q)", Units.ONE, chiq.re())
                    .column("Im chi(q)", Units.ONE, chiq.im()).column("|chi(q)|", Units.ONE, chiq.magnitude())
                    .meta("xas.curves", "chiq").build());
        }
        return b.table(peaks.build()).build();
    }
}
