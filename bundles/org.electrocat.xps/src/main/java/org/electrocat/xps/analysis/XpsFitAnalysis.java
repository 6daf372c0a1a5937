package org.electrocat.xps.analysis;

import java.util.List;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.xps.io.XpsSpectra;
import org.electrocat.xps.peaks.PeakFit;
import org.electrocat.xps.peaks.PeakList;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xps.fit}: background subtraction and least-squares peak fit of one region with spin–orbit
 * doublets (see {@link PeakFit}); reports every line's position, FWHM and area with standard errors.
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xps.fit", "electrocat.technique=xps"})
public final class XpsFitAnalysis extends XpsAnalysis {

    @Override
    public String id() {
        return "xps.fit";
    }

    @Override
    public String label() {
        return "XPS peak fit";
    }

    @Override
    public String description() {
        return "Subtracts a Shirley (Proctor–Sherwood 1982), Tougaard (universal cross-section) or linear background "
                + "and fits Gaussian–Lorentzian (product or sum), asymmetric GL or Doniach–Šunjić lines by "
                + "Levenberg–Marquardt; spin–orbit doublets keep their splitting and area ratio (Pd 3d 5.26 eV 3:2, "
                + "Ag 3d 6.0 eV 3:2, Ti 2p 5.7 eV 2:1, S 2p 1.18 eV 2:1 by default). Positions, widths and areas come "
                + "with standard errors from the fit covariance.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return concat(FitOptions.parameters(true), Region.parameters("shirley"));
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    /**
     * Fits every input that covers the region and the peaks (a file with several regions gives
     * several inputs); inputs that do not are skipped with a warning.
     */
    @Override
    public Result run(AnalysisContext c) {
        Result.Builder b = Result.builder(this, c);
        List<PeakList.Peak> peaks = PeakList.parse(c.parameters().text("peaks"));
        int fitted = 0;
        String problem = null;
        for (Dataset d : c.inputs()) {
            c.monitor().checkCancelled();
            Region r;
            PeakFit.Result fit;
            try {
                r = Region.of(d, c.parameters());
                fit = PeakFit.fit(r.be(), r.net(), peaks, FitOptions.settings(c.parameters()));
            } catch (IllegalArgumentException e) {
                if (c.inputs().size() == 1) {
                    throw e;
                }
                problem = d.name() + ": " + e.getMessage();
                b.warning("skipped '" + d.name() + "': " + e.getMessage());
                continue;
            }
            fitted++;
            report(b, d, r, fit, c.inputs().size() == 1 ? "" : "." + d.id());
        }
        if (fitted == 0) {
            throw new IllegalArgumentException("no input could be fitted; last problem: " + problem);
        }
        return b.build();
    }

    private static void report(Result.Builder b, Dataset d, Region r, PeakFit.Result fit, String suffix) {
        Table.Builder t = Table.builder("Fitted lines of " + d.name()).column("line", null)
                .column("position", Units.ELECTRONVOLT).column("FWHM", Units.ELECTRONVOLT)
                .column("area", XpsSpectra.COUNTS_PER_SECOND.times(Units.ELECTRONVOLT)).column("area share", Units.PERCENT);
        double total = 0;
        for (PeakFit.Line l : fit.lines()) {
            total += l.area();
        }
        for (PeakFit.Line l : fit.lines()) {
            if (!(l.positionSe() < l.fwhm()) || !(l.areaSe() < l.area())) {
                b.warning("line " + l.name() + " is poorly determined (position ± " + String.format("%.3g", l.positionSe())
                        + " eV, area ± " + String.format("%.3g", l.areaSe()) + "): too many lines for the data's "
                        + "resolution, or a start position far off");
            }
            Quantity pos = Quantity.of(l.position(), l.positionSe(), Units.ELECTRONVOLT);
            b.value("position." + l.name() + suffix, l.name() + " position" + (suffix.isEmpty() ? "" : ", " + d.name()), pos, "binding energy, ± standard error of the fit");
            b.value("area." + l.name() + suffix, l.name() + " area" + (suffix.isEmpty() ? "" : ", " + d.name()), Quantity.of(l.area(), l.areaSe(),
                    XpsSpectra.COUNTS_PER_SECOND.times(Units.ELECTRONVOLT)));
            t.row(l.name(), pos, Quantity.of(l.fwhm(), l.fwhmSe(), Units.ELECTRONVOLT),
                    Quantity.of(l.area(), l.areaSe(), XpsSpectra.COUNTS_PER_SECOND.times(Units.ELECTRONVOLT)),
                    Quantity.of(100 * l.area() / total, 100 * l.areaSe() / total, Units.PERCENT));
        }
        b.value("reduced-chi2" + suffix, "Reduced χ²" + (suffix.isEmpty() ? "" : ", " + d.name()), Quantity.of(fit.fit().reducedChiSquare(),
                XpsSpectra.COUNTS_PER_SECOND.times(XpsSpectra.COUNTS_PER_SECOND)), "mean squared residual per degree of freedom");
        if (!fit.fit().converged()) {
            b.warning("the fit did not converge in " + fit.fit().iterations() + " iterations; check starting positions");
        }
        for (int j = 0; j < fit.fit().atBound().length; j++) {
            if (fit.fit().atBound()[j]) {
                b.warning("parameter " + fit.names()[j] + " ended on its bound; its uncertainty is only indicative");
            }
        }
        b.table(t.build()).curve(fitCurves(d.id() + "-fit", r, fit));
    }
}
