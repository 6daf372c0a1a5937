package org.electrocat.echem.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.recyclability}: stability over repeated electrolysis runs (one chronoamperogram per
 * cycle, in order). Per cycle: charge Q = ∫|I|dt and mean |j| ({@link ChargeIntegration}), and,
 * when product amounts are given, the FE of one product ({@link FaradaicBalance}); retention of FE
 * and of current relative to the first cycle in %, with uncertainty from the FE uncertainties
 * (u(R)/R = √((u1/FE1)² + (uk/FEk)²)); the trend as the least-squares slope of FE against the cycle
 * number with its standard error (three cycles or more).
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.recyclability", "electrocat.technique=echem"})
public final class RecyclabilityAnalysis extends EchemAnalysis {

    @Override
    public String id() {
        return "echem.recyclability";
    }

    @Override
    public String label() {
        return "Recyclability: FE and current per cycle";
    }

    @Override
    public String description() {
        return "Charge, mean current density and Faradaic efficiency per consecutive run, retention relative to the"
                + " first run in %, and the FE trend per cycle (least squares, with standard error).";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.TIME_SERIES);
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("product", "Product", "CHOX", "Product whose FE is followed (CHOX, NH2OH, NO2-,"
                        + " NH4+, H2 or NAME(n=k))."),
                ParameterSpec.text("amounts", "Amounts per cycle", "", "Product amount of each run in input order,"
                        + " e.g. '12.3 ± 0.4, 12.0 ± 0.5, 11.8 ± 0.4 umol' (empty = current only)."),
                FaradaicEfficiencyAnalysis.VOLUME, T_START, T_END, AREA, CURRENT_U);
    }

    @Override
    public Result run(AnalysisContext context) {
        List<Dataset> in = inputs(context);
        Parameters p = context.parameters();
        Result.Builder r = Result.builder(this, context);
        List<Quantity> amounts = QuantityText.parseList(p.text("amounts"), MICROMOLE);
        if (!amounts.isEmpty() && amounts.size() != in.size()) {
            throw new IllegalArgumentException(id() + ": " + amounts.size() + " amounts for " + in.size() + " runs");
        }
        String product = Products.parse(p.text("product")).name();
        double area = p.number("area");
        int n = in.size();
        double[] cycle = new double[n];
        double[] fe = new double[n];
        double[] ufe = new double[n];
        double[] j = new double[n];
        Table.Builder t = Table.builder("Per cycle").column("cycle", Units.ONE).column("dataset", null)
                .column("Q", Units.COULOMB).column("mean |j|", MA_PER_CM2).column("j retention", Units.PERCENT)
                .column("FE " + product, Units.PERCENT).column("FE retention", Units.PERCENT);
        for (int k = 0; k < n; k++) {
            Dataset d = in.get(k);
            ChargeIntegration ci = ChargeIntegration.of(d, p.number("tStart"), p.number("tEnd"),
                    p.number("currentUncertainty") / 100);
            ci.warnings().forEach(r::warning);
            cycle[k] = k + 1;
            j[k] = ci.charge() / ci.duration() * 1e3 / area;
            fe[k] = Double.NaN;
            ufe[k] = Double.NaN;
            if (!amounts.isEmpty()) {
                FaradaicBalance b = FaradaicBalance.compute(Map.of(p.text("product"), amounts.get(k)),
                        p.number("volume") / 1000, ci.charge(), ci.chargeU(), ci.duration(), area, 0);
                fe[k] = b.lines().get(0).fe().value();
                ufe[k] = b.lines().get(0).fe().uncertainty();
            }
            context.monitor().checkCancelled();
            t.row(k + 1, d.id(), Quantity.of(ci.charge(), ci.chargeU(), Units.COULOMB), j[k], 100 * j[k] / j[0],
                    Double.isNaN(fe[k]) ? "" : Quantity.of(fe[k], ufe[k], Units.PERCENT),
                    Double.isNaN(fe[k]) ? "" : retention(fe, ufe, k));
        }
        r.value("cycles", "Cycles", Quantity.of(n, Units.ONE));
        r.value("j.retention", "Current retention (last/first)", Quantity.of(100 * j[n - 1] / j[0], Units.PERCENT));
        if (!amounts.isEmpty()) {
            r.value("fe.first", "FE " + product + " first cycle", Quantity.of(fe[0], ufe[0], Units.PERCENT));
            r.value("fe.last", "FE " + product + " last cycle", Quantity.of(fe[n - 1], ufe[n - 1], Units.PERCENT));
            r.value("fe.retention", "FE retention (last/first)", retention(fe, ufe, n - 1));
            r.value("fe.mean", "Mean FE ± SD over cycles", Quantity.of(mean(fe), sd(fe), Units.PERCENT));
            if (n >= 3) {
                LinearFitResult trend = LinearFit.fit(cycle, fe);
                r.value("fe.trend", "FE trend", Quantity.of(trend.slope(), trend.slopeStandardError(), Units.PERCENT),
                        "percentage points per cycle (least squares)");
                if (trend.slope() < 0 && -trend.slope() > 2 * trend.slopeStandardError()) {
                    r.warning(String.format(Locale.ROOT, "FE of %s decreases by %.2f ± %.2f points per cycle", product,
                            -trend.slope(), trend.slopeStandardError()));
                }
            }
        }
        r.table(t.build());
        r.curve(Dataset.builder("recyclability", DatasetKind.GENERIC).name("per-cycle values")
                .column("cycle", Units.ONE, cycle).column("FE", Units.PERCENT, fe).column("u(FE)", Units.PERCENT, ufe)
                .column("j", MA_PER_CM2, j).build());
        return r.build();
    }

    private static Quantity retention(double[] fe, double[] ufe, int k) {
        double ratio = fe[k] / fe[0];
        double u = Math.abs(ratio) * Math.hypot(ufe[0] / fe[0], ufe[k] / fe[k]);
        return Quantity.of(100 * ratio, k == 0 ? 0 : 100 * u, Units.PERCENT);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
