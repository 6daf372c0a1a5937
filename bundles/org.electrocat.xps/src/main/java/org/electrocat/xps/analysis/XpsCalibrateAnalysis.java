package org.electrocat.xps.analysis;

import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.xps.io.XpsSpectra;
import org.electrocat.xps.peaks.PeakFit;
import org.electrocat.xps.peaks.PeakList;
import org.electrocat.xps.peaks.PeakShape;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xps.calibrate}: charge correction against a reference line. The reference line (adventitious
 * C 1s by default) is located by fitting one GL(30) line on a Shirley background within ± window of
 * the largest point near the reference energy (or taken as given), and every binding energy of the
 * input spectra is shifted by reference − measured. The corrected spectra are the result's curves.
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xps.calibrate",
    "electrocat.technique=xps"})
public final class XpsCalibrateAnalysis extends XpsAnalysis {

    @Override
    public String id() {
        return "xps.calibrate";
    }

    @Override
    public String label() {
        return "XPS charge correction";
    }

    @Override
    public String description() {
        return "Shifts binding energies so that a reference line sits at its reference energy (C 1s 284.8 eV by "
                + "default). The line is located by a GL(30) fit on a Shirley background in the first input, or given.";
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.number("referenceEnergy", "Reference energy", "eV", 284.8,
                        "Binding energy the reference line should have (adventitious carbon C 1s: 284.8 eV).")
                        .range(0, 1e4),
                ParameterSpec.number("measured", "Measured position", "eV", 0.0,
                        "Where the reference line is in the data; 0 = find it by a fit in the first input.").range(0, 1e4),
                ParameterSpec.number("window", "Search window", "eV", 5.0,
                        "Half-width of the region searched around the reference energy.").range(0.5, 50));
    }

    @Override
    public Result run(AnalysisContext c) {
        double ref = c.parameters().number("referenceEnergy");
        double measured = c.parameters().number("measured");
        double se = 0;
        Result.Builder b = Result.builder(this, c);
        if (measured == 0) {
            double w = c.parameters().number("window");
            Region r = Region.of(c.inputs().get(0), ref - w, ref + w, "shirley", 3);
            double[] net = r.net();
            int top = 0;
            for (int i = 1; i < net.length; i++) {
                top = net[i] > net[top] ? i : top;
            }
            PeakFit.Result fit = PeakFit.fit(r.be(), net, List.of(new PeakList.Peak("reference", r.be()[top], null)),
                    new PeakFit.Settings(PeakShape.GL_PRODUCT, 0.3, 0, false, PeakFit.Widths.DOUBLET, 1.5, false, w));
            measured = fit.lines().get(0).position();
            se = fit.lines().get(0).positionSe();
            b.curve(fitCurves(c.inputs().get(0).id() + "-reference-fit", r, fit));
        }
        double shift = ref - measured;
        b.value("measured", "Reference line found at", Quantity.of(measured, se, Units.ELECTRONVOLT));
        b.value("shift", "Charge correction", Quantity.of(shift, se, Units.ELECTRONVOLT), "added to every binding energy");
        if (Math.abs(shift) > 10) {
            b.warning("charge correction of " + shift + " eV is unusually large; check the reference line");
        }
        for (Dataset d : c.inputs()) {
            Column be = d.require(XpsSpectra.BE);
            double[] v = be.values();
            for (int i = 0; i < v.length; i++) {
                v[i] += shift;
            }
            b.curve(d.toBuilder().id(d.id() + "-corrected").column(be.withValues(v, be.unit()))
                    .meta("xps.charge-correction", shift + " eV (reference " + ref + " eV)").build());
        }
        return b.build();
    }
}
