package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.cdl}: double-layer capacitance from cyclic voltammograms at several scan rates in a
 * non-Faradaic window, and the electrochemically active surface area.
 *
 * <p>Method: in a purely capacitive window the charging current is j = ±Cdl·v, so at the window
 * centre Δj = (j_anodic − j_cathodic)/2 = Cdl·v; a least-squares line of Δj against the scan rate v
 * gives Cdl as its slope (with standard error and R²; the intercept should be ~0). ECSA = Cdl/Cs
 * with the specific capacitance Cs (default 40 µF cm⁻², McCrory et al., J. Am. Chem. Soc. 135
 * (2013) 16977). With currents per geometric area, Cdl/Cs is the roughness factor (cm² of active
 * area per cm² of electrode); times the geometric area it is the ECSA in cm². (Song et al. quote
 * "14.0 cm⁻²" for 0.56 mF cm⁻²: that number is the roughness factor.) The scan rate of each CV is
 * the {@code scanRates} parameter, else the file's stated rate, else |dE/dt| from the data.
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.cdl", "electrocat.technique=echem"})
public final class DoubleLayerCapacitanceAnalysis extends EchemAnalysis {

    static final Unit MF_PER_CM2 = Units.parse("mF/cm2");
    static final Unit UF_PER_CM2 = Units.parse("uF/cm2");
    static final Unit MV_PER_S = Units.parse("mV/s");

    @Override
    public String id() {
        return "echem.cdl";
    }

    @Override
    public String label() {
        return "Double-layer capacitance and ECSA";
    }

    @Override
    public String description() {
        return "Cdl as the slope of Δj = (j_anodic - j_cathodic)/2 at the window centre against scan rate (linear"
                + " least squares with SE and R²); ECSA = Cdl/Cs with Cs = 40 µF cm⁻² by default.";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.VOLTAMMOGRAM, DatasetKind.TIME_SERIES);
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
        return List.of(
                ParameterSpec.text("scanRates", "Scan rates", "file", "Scan rate of each input CV in input order,"
                        + " e.g. '10, 20, 40, 60, 80 mV/s'; 'file' (default) reads it from each file or, failing"
                        + " that, from |dE/dt| of the data."),
                ParameterSpec.text("potential", "Evaluation potential", "centre", "Potential where Δj is read"
                        + " ('0.15 V', on the files' scale); 'centre' (default) = middle of the common potential"
                        + " window of the CVs."),
                AREA,
                ParameterSpec.number("cs", "Specific capacitance Cs", "uF/cm2", 40.0, "Specific capacitance of a"
                        + " flat surface for ECSA = Cdl/Cs.").range(1e-6, 1e6),
                ParameterSpec.integer("cycle", "Cycle", 0, "Cycle of each CV to use; 0 (default) = the last cycle"
                        + " with both sweeps.").range(0, 1e6),
                ParameterSpec.number("averageWindow", "Averaging window", "mV", 0.0, "Average j over this window"
                        + " around the potential on each branch; 0 = linear interpolation.").range(0, 1e4),
                ParameterSpec.number("segmentTolerance", "Turning-point tolerance", "mV", 2.0,
                        "A turn of the sweep is accepted once the potential moved back by more than this.")
                        .range(1e-3, 1e4));
    }

    @Override
    public Result run(AnalysisContext context) {
        List<Dataset> in = inputs(context);
        Parameters p = context.parameters();
        Result.Builder r = Result.builder(this, context);
        double area = p.number("area");
        List<CapacitiveCycle> cycles = new ArrayList<>();
        PotentialScale scale = null;
        for (Dataset d : in) {
            CapacitiveCycle c = CapacitiveCycle.of(d, p.integer("cycle"), p.number("segmentTolerance") / 1000, area);
            if (scale != null && !scale.equals(c.scale())) {
                throw new IllegalArgumentException(id() + ": dataset '" + d.id() + "' is " + c.scale() + " but the"
                        + " first CV is " + scale + "; read all CVs against the same reference");
            }
            scale = c.scale();
            cycles.add(c);
            context.monitor().checkCancelled();
        }
        double[] rates = scanRates(p, cycles, r);
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (CapacitiveCycle c : cycles) {
            lo = Math.max(lo, c.minE());
            hi = Math.min(hi, c.maxE());
        }
        if (!(hi > lo)) {
            throw new IllegalArgumentException(id() + ": the CVs have no potential range in common");
        }
        String pt = p.text("potential").trim();
        double ec = pt.equalsIgnoreCase("centre") || pt.equalsIgnoreCase("center") ? 0.5 * (lo + hi)
                : QuantityText.parse(pt, Units.VOLT).in(Units.VOLT);
        if (ec < lo || ec > hi) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: potential %.4f V lies outside the"
                    + " common window %.4f .. %.4f V of the CVs", id(), ec, lo, hi));
        }
        double half = p.number("averageWindow") / 2000;
        double[] dj = new double[cycles.size()];
        Table.Builder t = Table.builder("Δj at " + String.format(Locale.ROOT, "%.4f V %s", ec, scale))
                .column("dataset", null).column("scan rate", MV_PER_S).column("source", null)
                .column("j anodic", MA_PER_CM2).column("j cathodic", MA_PER_CM2).column("Δj", MA_PER_CM2);
        for (int k = 0; k < cycles.size(); k++) {
            CapacitiveCycle c = cycles.get(k);
            double[] ja = c.anodicAndCathodic(ec, half);
            dj[k] = 0.5 * (ja[0] - ja[1]);
            t.row(c.dataset().id(), rates[k] * 1e3, c.rateSource(), ja[0], ja[1], dj[k]);
            if (!(dj[k] > 0)) {
                r.warning("dataset '" + c.dataset().id() + "': Δj = " + dj[k] + " mA/cm² is not positive at " + ec
                        + " V: is the window capacitive?");
            }
        }
        LinearFitResult fit = LinearFit.fit(rates, dj);
        double cdl = fit.slope(); // (mA/cm2)/(V/s) = mF/cm2
        double cs = p.number("cs");
        double rf = cdl * 1000 / cs;
        double urf = fit.slopeStandardError() * 1000 / cs;
        r.value("cdl", "Double-layer capacitance Cdl", Quantity.of(cdl, fit.slopeStandardError(), MF_PER_CM2),
                cycles.size() + " scan rates, slope of Δj vs v");
        r.value("intercept", "Intercept of Δj vs v", Quantity.of(fit.intercept(), fit.interceptStandardError(), MA_PER_CM2));
        r.value("r2", "R² of Δj vs v", Quantity.of(fit.rSquared(), Units.ONE));
        r.value("roughness", "ECSA per geometric area (Cdl/Cs)", Quantity.of(rf, urf, Units.ONE),
                "Cs = " + cs + " µF/cm²");
        r.value("ecsa", "ECSA", Quantity.of(rf * area, urf * area, CM2), "for " + area + " cm² geometric area");
        r.value("potential", "Evaluation potential", Quantity.of(ec, Units.VOLT), String.valueOf(scale));
        if (cycles.size() < 3) {
            r.warning("only " + cycles.size() + " scan rates: no standard error of Cdl");
        } else if (fit.rSquared() < 0.99) {
            r.warning(String.format(Locale.ROOT, "R² = %.4f: Δj is not proportional to the scan rate (faradaic"
                    + " current or resistance in the window?)", fit.rSquared()));
        }
        if (fit.n() > 2 && Math.abs(fit.intercept()) > 3 * fit.interceptStandardError()) {
            r.warning(String.format(Locale.ROOT, "the intercept %.3g mA/cm² differs from 0 by more than 3 standard"
                    + " errors: a non-capacitive offset is present", fit.intercept()));
        }
        r.table(t.build());
        r.curve(fitCurve(rates, dj, fit));
        for (CapacitiveCycle c : cycles) {
            r.curve(c.curve());
        }
        return r.build();
    }

    private double[] scanRates(Parameters p, List<CapacitiveCycle> cycles, Result.Builder r) {
        String text = p.text("scanRates").trim();
        double[] rates = new double[cycles.size()];
        if (!text.equalsIgnoreCase("file")) {
            double[] given = QuantityText.values(QuantityText.parseList(text, MV_PER_S), Units.parse("V/s"));
            if (given.length != cycles.size()) {
                throw new IllegalArgumentException(id() + ": " + given.length + " scan rates for " + cycles.size()
                        + " input CVs");
            }
            for (int k = 0; k < rates.length; k++) {
                rates[k] = given[k];
                cycles.get(k).rate(given[k], "parameter");
            }
            return rates;
        }
        for (int k = 0; k < rates.length; k++) {
            CapacitiveCycle c = cycles.get(k);
            double file = EchemInputs.scanRateFromFile(c.dataset());
            double est = c.estimatedRate();
            if (file > 0) {
                rates[k] = file;
                c.rate(file, "file");
                if (est > 0 && Math.abs(est / file - 1) > 0.1) {
                    r.warning(String.format(Locale.ROOT, "dataset '%s': the file states %.4g mV/s but E(t) gives %.4g"
                            + " mV/s", c.dataset().id(), file * 1e3, est * 1e3));
                }
            } else if (est > 0) {
                rates[k] = est;
                c.rate(est, "estimated from E(t)");
            } else {
                throw new IllegalArgumentException(id() + ": dataset '" + c.dataset().id() + "' states no scan rate"
                        + " and has no time column; give the parameter 'scanRates'");
            }
        }
        return rates;
    }

    private static Dataset fitCurve(double[] rates, double[] dj, LinearFitResult fit) {
        double[] v = new double[rates.length];
        double[] line = new double[rates.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = rates[i] * 1e3;
            line[i] = fit.predict(rates[i]);
        }
        return Dataset.builder("cdl.fit", DatasetKind.GENERIC).name("Δj against scan rate")
                .column("v", MV_PER_S, v).column("Δj", MA_PER_CM2, dj).column("fit", MA_PER_CM2, line).build();
    }
}
