package org.electrocat.xps.analysis;

import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.xps.peaks.PeakFit;
import org.electrocat.xps.peaks.PeakList;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xps.shift}: the same peak model fitted to several spectra (e.g. a monomer and the coupled
 * catalyst), and each line's binding-energy shift against the first spectrum with the combined
 * standard error √(σ₁² + σᵢ²) (the fits are independent). Inputs should be charge-corrected first
 * ({@code xps.calibrate}).
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xps.shift", "electrocat.technique=xps"})
public final class XpsShiftAnalysis extends XpsAnalysis {

    @Override
    public String id() {
        return "xps.shift";
    }

    @Override
    public String label() {
        return "XPS binding-energy shifts between samples";
    }

    @Override
    public String description() {
        return "Fits the same lines (background, shape, doublets as in xps.fit) to every input spectrum and reports "
                + "each line's shift against the first input, ± √(σ₁² + σᵢ²) from the fits' standard errors.";
    }

    @Override
    public int minInputs() {
        return 2;
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return concat(FitOptions.parameters(true), Region.parameters("shirley"));
    }

    @Override
    public Result run(AnalysisContext c) {
        List<PeakList.Peak> peaks = PeakList.parse(c.parameters().text("peaks"));
        Result.Builder b = Result.builder(this, c);
        Table.Builder t = Table.builder("Binding energies and shifts against " + c.inputs().get(0).name())
                .column("sample", null).column("line", null).column("position", Units.ELECTRONVOLT)
                .column("shift", Units.ELECTRONVOLT);
        List<PeakFit.Line> reference = null;
        for (int i = 0; i < c.inputs().size(); i++) {
            c.monitor().checkCancelled();
            Dataset d = c.inputs().get(i);
            Region r = Region.of(d, c.parameters());
            PeakFit.Result fit = PeakFit.fit(r.be(), r.net(), peaks, FitOptions.settings(c.parameters()));
            if (!fit.fit().converged()) {
                b.warning("fit of '" + d.name() + "' did not converge");
            }
            if (reference == null) {
                reference = fit.lines();
            }
            b.curve(fitCurves(d.id() + "-fit", r, fit));
            for (int l = 0; l < fit.lines().size(); l++) {
                PeakFit.Line line = fit.lines().get(l);
                PeakFit.Line ref = reference.get(l);
                double shift = line.position() - ref.position();
                double se = i == 0 ? 0 : Math.hypot(line.positionSe(), ref.positionSe());
                Quantity q = Quantity.of(shift, se, Units.ELECTRONVOLT);
                t.row(d.name(), line.name(), Quantity.of(line.position(), line.positionSe(), Units.ELECTRONVOLT), q);
                if (i > 0) {
                    b.value("shift." + line.name() + "." + d.id(), line.name() + " shift, " + d.name(), q,
                            "against " + c.inputs().get(0).name() + (shift > 0 ? " (to higher BE)" : " (to lower BE)"));
                }
            }
        }
        return b.table(t.build()).build();
    }
}
