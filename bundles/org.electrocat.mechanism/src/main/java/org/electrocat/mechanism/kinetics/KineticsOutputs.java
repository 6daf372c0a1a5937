package org.electrocat.mechanism.kinetics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.FitResult;

/**
 * Builds the values, tables and curves of a {@code mechanism.kinetics} result. Curve kinds (read by
 * {@link KineticsCharts}): {@link #MODEL} (FE and conversion against potential), {@link #MEASURED}
 * (measured against model per point) and {@link #TIME_COURSE}.
 */
final class KineticsOutputs {

    /** Curve kind: model FE (%) and conversion (%) against potential. */
    static final String MODEL = "kinetic-model-vs-potential";
    /** Curve kind: one row per measured value with the model's value. */
    static final String MEASURED = "kinetic-measured-vs-model";
    /** Curve kind: concentrations, FE and conversion against time at one potential. */
    static final String TIME_COURSE = "kinetic-time-course";

    private static final Unit MA_CM2 = Units.parse("mA/cm2");
    private static final Unit MILLIMOLAR = Units.parse("mM");

    private final KineticsSettings s;
    private final RateParameters params;
    private final ProgressMonitor monitor;
    private Trajectory[] grid;

    KineticsOutputs(KineticsSettings s, RateParameters params, ProgressMonitor monitor) {
        this.s = s;
        this.params = params;
        this.monitor = monitor;
    }

    private Trajectory run(double e, double[] times) {
        return s.simulator().run(new CascadeModel(params, s.cell(), e), e, CascadeModel.initialState(s.cell()), times,
                monitor);
    }

    void predict() {
        grid = new Trajectory[s.potentials().length];
        for (int j = 0; j < grid.length; j++) {
            grid[j] = run(s.potentials()[j], new double[] {0, s.time()});
        }
    }

    void addModel(Result.Builder r) {
        int n = grid.length;
        Dataset.Builder d = Dataset.builder("model-vs-potential", MODEL).name("Model FE and conversion vs potential")
                .potentialColumn("E", Units.VOLT, s.potentials().clone(), s.scale())
                .meta("time", Double.toString(s.time()));
        Table.Builder t = Table.builder(String.format(Locale.ROOT, "Model: FE and CHO conversion after %.0f s",
                s.time())).column("E " + s.scale(), Units.VOLT);
        for (Product p : Product.values()) {
            t.column("FE " + p.label(), Units.PERCENT);
        }
        t.column("CHO conversion", Units.PERCENT).column("mean j", MA_CM2);
        double[][] fe = new double[Product.values().length][n];
        double[] conv = new double[n];
        double[] j = new double[n];
        int best = 0;
        for (int k = 0; k < n; k++) {
            Object[] row = new Object[Product.values().length + 3];
            row[0] = Quantity.of(s.potentials()[k], Units.VOLT);
            for (Product p : Product.values()) {
                fe[p.ordinal()][k] = 100 * grid[k].finalFe(p);
                row[1 + p.ordinal()] = Quantity.of(fe[p.ordinal()][k], Units.PERCENT);
            }
            conv[k] = 100 * grid[k].conversion(1);
            j[k] = 1000 * grid[k].chargeDensity(1, s.cell()) / s.time();
            row[row.length - 2] = Quantity.of(conv[k], Units.PERCENT);
            row[row.length - 1] = Quantity.of(j[k], MA_CM2);
            t.row(row);
            if (fe[Product.CHOX.ordinal()][k] > fe[Product.CHOX.ordinal()][best]) {
                best = k;
            }
        }
        for (Product p : Product.values()) {
            d.column(new Column("FE " + p.label(), Units.PERCENT, fe[p.ordinal()]));
        }
        d.column(new Column("CHO conversion", Units.PERCENT, conv)).column(new Column("mean j", MA_CM2, j));
        r.curve(d.build()).table(t.build());
        r.value("model.feChoxMax", "Highest model FE of the oxime", Quantity.of(fe[Product.CHOX.ordinal()][best],
                Units.PERCENT), String.format(Locale.ROOT, "at E = %.3f V %s, after %.0f s", s.potentials()[best],
                s.scale(), s.time()));
        r.value("model.conversionAtBest", "Model CHO conversion at that potential", Quantity.of(conv[best],
                Units.PERCENT));
    }

    void addComparison(Result.Builder r, MeasuredSelectivity m, KineticFit fit) {
        double[] model = fit.predict(params);
        List<String> labels = fit.residualLabels();
        int n = model.length;
        double[] e = new double[n];
        double[] meas = new double[n];
        double[] mod = new double[n];
        double[] kind = new double[n];
        Table.Builder t = Table.builder("Measured vs model").column("E " + s.scale(), Units.VOLT)
                .column("Quantity", null).column("Measured", Units.PERCENT).column("Model", Units.PERCENT)
                .column("Model − measured", Units.PERCENT);
        double ss = 0;
        for (int i = 0; i < n; i++) {
            String label = labels.get(i);
            int at = label.lastIndexOf('@');
            int j = Integer.parseInt(label.substring(at + 1));
            String what = label.substring(0, at);
            Product p = what.equals("conversion") ? null : productOf(what);
            double measured = p == null ? m.conversion()[j] : m.fe().get(p)[j];
            e[i] = m.potentials()[j];
            meas[i] = 100 * measured;
            mod[i] = 100 * model[i];
            kind[i] = p == null ? Product.values().length : p.ordinal();
            ss += (mod[i] - meas[i]) * (mod[i] - meas[i]);
            t.row(Quantity.of(e[i], Units.VOLT), p == null ? "CHO conversion" : "FE " + p.label(),
                    Quantity.of(meas[i], Units.PERCENT), Quantity.of(mod[i], Units.PERCENT),
                    Quantity.of(mod[i] - meas[i], Units.PERCENT));
        }
        r.table(t.build());
        r.curve(Dataset.builder("measured-vs-model", MEASURED).name("Measured vs model")
                .potentialColumn("E", Units.VOLT, e, s.scale()).column(new Column("measured", Units.PERCENT, meas))
                .column(new Column("model", Units.PERCENT, mod)).column(new Column("quantity", Units.ONE, kind))
                .build());
        r.value("fit.rms", "RMS of model − measured", Quantity.of(Math.sqrt(ss / n), Units.PERCENT),
                n + " measured values, percentage points");
    }

    private static Product productOf(String label) {
        for (Product p : Product.values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new IllegalStateException("unknown product " + label);
    }

    void addParameters(Result.Builder r, FitResult fit, boolean[] free) {
        Table.Builder t = Table.builder("Rate parameters").column("Parameter", null).column("Value", null)
                .column("Standard error", null).column("Unit", null).column("Status", null);
        double slopeFactor = Math.log(10) * PotentialConverter.R * s.cell().temperature() / PotentialConverter.F * 1000;
        for (int i = 0; i < RateParameters.COUNT; i++) {
            String name = RateParameters.NAMES.get(i);
            boolean fitted = fit != null && free[i];
            double v = params.natural(i);
            double se = fitted ? fit.standardError(i) : Double.NaN;
            // SE of log10 k is a relative SE of ln10·SE in k
            double seNatural = RateParameters.isAlpha(i) ? se : v * Math.log(10) * se;
            Unit unit = Units.parse(RateParameters.UNITS.get(i));
            String status = fitted ? (fit.atBound()[i] ? "fitted, at bound" : "fitted") : "fixed";
            t.row(name, String.format(Locale.ROOT, "%.5g", v), fitted ? String.format(Locale.ROOT, "%.2g", seNatural)
                    : "", RateParameters.UNITS.get(i), status);
            if (fitted) {
                r.value("rate." + name, name + (RateParameters.isAlpha(i) || i == 8 ? "" : " at E_ref"),
                        Quantity.of(v, seNatural, unit), RateParameters.isAlpha(i) ? "transfer coefficient"
                                : String.format(Locale.ROOT, "log10 = %.4f ± %.4f", params.get(i), se));
                if (RateParameters.isAlpha(i)) {
                    double b = slopeFactor / v;
                    r.value("tafel." + RateParameters.NAMES.get(i - 1), "Tafel slope of " + RateParameters.NAMES.get(i - 1),
                            Quantity.of(b, b * se / v, Units.parse("mV")), "per decade, ln10·RT/(αF)");
                }
            }
        }
        r.table(t.build());
        if (fit != null) {
            Table.Builder c = Table.builder("Correlations of the fitted parameters").column("Parameter", null);
            for (int j = 0; j < RateParameters.COUNT; j++) {
                if (free[j]) {
                    c.column(RateParameters.NAMES.get(j), Units.ONE);
                }
            }
            for (int i = 0; i < RateParameters.COUNT; i++) {
                if (!free[i]) {
                    continue;
                }
                Object[] row = new Object[1 + countTrue(free)];
                row[0] = RateParameters.NAMES.get(i);
                int k = 1;
                for (int j = 0; j < RateParameters.COUNT; j++) {
                    if (free[j]) {
                        row[k++] = fit.correlation()[i][j];
                    }
                }
                c.row(row);
            }
            r.table(c.build());
        }
    }

    private static int countTrue(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    void addTimeCourse(Result.Builder r) {
        double e = s.timeCourseAt();
        if (Double.isNaN(e)) {
            int best = 0;
            for (int k = 1; k < grid.length; k++) {
                if (grid[k].finalFe(Product.CHOX) > grid[best].finalFe(Product.CHOX)) {
                    best = k;
                }
            }
            e = s.potentials()[best];
        }
        int n = s.timePoints();
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = s.time() * i / (n - 1);
        }
        Trajectory tr = run(e, times);
        double[] hours = new double[n];
        for (int i = 0; i < n; i++) {
            hours[i] = times[i] / 3600;
        }
        Dataset.Builder d = Dataset.builder("time-course", TIME_COURSE).name(String.format(Locale.ROOT,
                "Time course at %.3f V %s", e, s.scale())).column(new Column("t", Units.HOUR, hours))
                .meta("potential", Double.toString(e)).meta("scale", s.scale().name())
                .meta("integrator", tr.integrator());
        Map<String, Integer> species = new java.util.LinkedHashMap<>();
        species.put("NO3⁻", CascadeModel.NO3);
        species.put("NO2⁻", CascadeModel.NO2);
        species.put("NH2OH", CascadeModel.NH2OH);
        species.put("NH3", CascadeModel.NH3);
        species.put("CHO", CascadeModel.CHO);
        species.put("CHOX", CascadeModel.CHOX);
        for (Map.Entry<String, Integer> sp : species.entrySet()) {
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = 1000 * tr.states()[i][sp.getValue()];
            }
            d.column(new Column("c(" + sp.getKey() + ")", MILLIMOLAR, c));
        }
        for (Product p : Product.values()) {
            double[] fe = new double[n];
            for (int i = 0; i < n; i++) {
                fe[i] = 100 * tr.fe(p, i);
            }
            d.column(new Column("FE " + p.label(), Units.PERCENT, fe));
        }
        double[] conv = new double[n];
        for (int i = 0; i < n; i++) {
            conv[i] = 100 * tr.conversion(i);
        }
        d.column(new Column("CHO conversion", Units.PERCENT, conv));
        r.curve(d.build());
    }
}
