package org.electrocat.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.NamedChart;
import org.electrocat.api.ReportBuilder;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.BarSeries;
import org.electrocat.chart.Charts;
import org.electrocat.chart.EnergyPath;
import org.electrocat.chart.ImpedanceSpectrum;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;

/** A CO2-reduction screening run with every kind of block, used by the report tests. */
final class SampleStudy {

    static final String EVIL = "<script>alert('x')</script>";
    static final Unit MF_CM2 = Units.parse("mF/cm2");
    static final Unit MA_CM2 = Units.parse("mA cm-2");

    final Path cvFile;
    final Path eisFile;
    final ReportInput input;

    /** Writes two small "instrument files" into {@code dir} so provenance has real checksums. */
    SampleStudy(Path dir) throws IOException {
        cvFile = dir.resolve("cdl_scans.mpt");
        eisFile = dir.resolve("peis_ocp.mpt");
        Files.writeString(cvFile, "EC-Lab ASCII FILE\nNb header lines : 3\ntime/s\tEwe/V\t<I>/mA\n0\t0.1\t0.01\n",
                StandardCharsets.UTF_8);
        Files.writeString(eisFile, "EC-Lab ASCII FILE\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000\t12\t0.5\n",
                StandardCharsets.UTF_8);
        Provenance cvProv = Provenance.ofFile(cvFile, "echem.biologic.mpt", "0.1.0");
        Provenance eisProv = Provenance.ofFile(eisFile, "echem.biologic.mpt", "0.1.0");
        Map<String, String> conditions = new LinkedHashMap<>();
        conditions.put("Electrolyte", "0.1 M KHCO3, CO2-saturated (pH 6.8)");
        conditions.put("Temperature", "298 K");
        conditions.put("Reference electrode", "Ag/AgCl (sat. KCl), converted to RHE");
        conditions.put("iR compensation", "85 % (Ru = 4.2 Ω)");
        conditions.put("Geometric area", "1.0 cm²");
        List<DatasetSummary> datasets = List.of(
                new DatasetSummary("cdl_scans", "Cdl scans, Cu foil", DatasetKind.VOLTAMMOGRAM, 1200,
                        List.of("E / V vs Ag/AgCl (sat. KCl)", "I / mA", "cycle"), cvProv, Map.of("scan.rates", "10-100 mV/s")),
                new DatasetSummary("peis_ocp", "PEIS at OCP", DatasetKind.IMPEDANCE, 50, List.of("f / Hz", "Z' / Ohm",
                        "Z'' / Ohm"), eisProv, Map.of()),
                new DatasetSummary("evil", EVIL, DatasetKind.TABLE, 4, List.of("x"), null, Map.of("note", EVIL)));
        List<ResultEntry> results = new ArrayList<>();
        results.add(cdl(cvProv));
        results.add(eis(eisProv));
        results.add(faradaicEfficiency());
        results.add(orr());
        results.add(insituIr());
        results.add(broken());
        Map<String, String> software = new LinkedHashMap<>();
        software.put("ElectroCat", "0.1.0");
        software.put("org.electrocat.echem", "0.1.0");
        software.put("Java", "17");
        input = new ReportInput("CO2 reduction on Cu-based catalysts: screening run",
                "Screening of three Cu-based catalysts for CO2 electroreduction.\n\nDouble-layer capacitance and "
                        + "impedance were measured before electrolysis; products were quantified by GC and NMR.",
                conditions, datasets, results, software, Instant.parse("2025-11-25T14:03:00Z"));
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static ResultEntry cdl(Provenance source) {
        Map<String, String> p = params("window", "0.05 V", "potential", "0.10 V vs Ag/AgCl (sat. KCl)", "specificCapacitance",
                "0.040 mF/cm2");
        double[] rate = {0.02, 0.04, 0.06, 0.08, 0.10};
        double[] dj = {0.0118, 0.0231, 0.0342, 0.0449, 0.0561};
        Table.Builder t = Table.builder("Charging current against scan rate").column("Scan rate", Units.parse("V/s"))
                .column("Δj/2", MA_CM2);
        for (int i = 0; i < rate.length; i++) {
            t.row(rate[i], Quantity.of(dj[i], 0.0004, MA_CM2));
        }
        Result r = Result.builder("cdl", "echem.cdl", "0.1.0", "echem").title("Double-layer capacitance, Cu foil")
                .value("cdl", "Double-layer capacitance", Quantity.of(0.5634, 0.0123, MF_CM2), "slope of Δj/2 against ν")
                .value("ecsa", "Electrochemically active surface area", Quantity.of(14.08, 0.31, Units.parse("cm2")),
                        "Cs = 0.040 mF cm⁻² (McCrory et al. 2013)")
                .value("r2", "R² of the fit", Quantity.of(0.99912, Units.ONE))
                .table(t.build()).warning("Scan at 0.01 V/s excluded: Faradaic current above 5 % of the charging current.")
                .parameters(p).provenance(source.then("echem.cdl", "0.1.0", p)).build();
        NamedChart chart = new NamedChart("cdl-fit", "Half the charging-current difference against scan rate, with the "
                + "least-squares line whose slope is Cdl.", Charts.scatterWithFit("", Axis.of("ν", "V/s"),
                        Axis.of("Δj/2", "mA cm-2"), Series.of("measured", rate, dj), 0.5594, 0.0006, "fit"));
        return new ResultEntry(r, List.of(chart), List.of());
    }

    static ImpedanceSpectrum randles(String name, double rs, double rct, double c, int n) {
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(10, 5 - 7.0 * i / (n - 1));
            double w = 2 * Math.PI * f[i] * rct * c;
            re[i] = rs + rct / (1 + w * w);
            im[i] = -rct * w / (1 + w * w);
        }
        return new ImpedanceSpectrum(name, f, re, im);
    }

    /** A plugin section that writes heading, paragraph, values and one of the two charts. */
    static final class EisSection implements ReportSection {
        @Override
        public boolean supports(Result result) {
            return result.analysisId().equals("eis.fit");
        }

        @Override
        public void write(Result result, ReportBuilder report) {
            report.heading("Equivalent circuit R0-p(R1,C1)");
            report.paragraph("Fitted by weighted least squares (|Z| weights). Rct < 100 Ω & Rs > 10 Ω <ok>.");
            report.values(result.values());
            report.warning(result.warnings().get(0));
        }
    }

    private static ResultEntry eis(Provenance source) {
        Map<String, String> p = params("circuit", "R0-p(R1,C1)", "weights", "modulus", "fmin", "0.01 Hz");
        Unit ohm = Units.OHM;
        Result r = Result.builder("eis-fit", "eis.fit", "0.1.0", "eis").title("Impedance at OCP")
                .value("R0", "Solution resistance", Quantity.of(12.04, 0.05, ohm))
                .value("R1", "Charge-transfer resistance", Quantity.of(84.6, 1.3, ohm))
                .value("C1", "Double-layer capacitance", Quantity.of(2.03e-5, 4e-7, Units.FARAD))
                .value("chi2", "χ² per point", Quantity.of(Double.NaN, Units.ONE), "not determined")
                .warning("Lin-KK residuals above 1 % below 0.05 Hz; those points were dropped.")
                .parameters(p).provenance(source.then("eis.fit", "0.1.0", p)).build();
        ImpedanceSpectrum m = randles("measured", 12, 85, 2e-5, 50);
        ImpedanceSpectrum fit = randles("fit", 12.04, 84.6, 2.03e-5, 200);
        return new ResultEntry(r, List.of(
                new NamedChart("nyquist", "Nyquist plot with the fitted Randles circuit.",
                        Charts.nyquist("", ohm, List.of(m), List.of(fit))),
                new NamedChart("bode", "Bode plot.", Charts.bode("", ohm, List.of(m), List.of(fit)))),
                List.of(new EisSection()));
    }

    private static ResultEntry faradaicEfficiency() {
        List<String> cats = List.of("Cu foil", "Cu2O-derived Cu", "Sn/Cu");
        Table.Builder t = Table.builder("Faradaic efficiency at −1.0 V vs RHE").column("Catalyst", null)
                .column("FE(H2)", Units.PERCENT).column("FE(CO)", Units.PERCENT).column("FE(C2H4)", Units.PERCENT);
        double[][] fe = {{38, 12, 30}, {22, 9, 48}, {18, 25, 5}};
        for (int i = 0; i < 3; i++) {
            t.row(cats.get(i), Quantity.of(fe[i][0], 2, Units.PERCENT), Quantity.of(fe[i][1], 1, Units.PERCENT),
                    Quantity.of(fe[i][2], 2.5, Units.PERCENT));
        }
        Result r = Result.builder("fe", "ms.fe", "0.1.0", "ms").title("Faradaic efficiencies")
                .value("fe_c2h4_best", "Best FE(C2H4)", Quantity.of(48, 3, Units.PERCENT), "Cu2O-derived Cu, −1.0 V vs RHE")
                .table(t.build()).warning("Carbon balance 92 % on Sn/Cu (below 95 %).")
                .parameters(params("charge", "10 C", "calibration", "GC 2025-11-20")).build();
        org.jfree.chart.JFreeChart bar = Charts.bar("", "Catalyst", Axis.of("FE", "%"), cats, List.of(
                        new BarSeries("H₂", new double[] {38, 22, 18}, new double[] {2, 2, 1.5}),
                        new BarSeries("CO", new double[] {12, 9, 25}, new double[] {1, 1, 2}),
                        new BarSeries("C₂H₄", new double[] {30, 48, 5}, new double[] {2.5, 3, 1})));
        org.jfree.chart.JFreeChart map = Charts.heatmap("", Axis.potential("E", Units.VOLT, PotentialScale.RHE),
                        new double[] {-0.8, -0.9, -1.0, -1.1}, "Catalyst", cats,
                        new double[][] {{5, 12, 30, 34}, {9, 25, 48, 52}, {0.5, 1, 5, Double.NaN}}, Axis.of("FE(C₂H₄)", "%"));
        return new ResultEntry(r, List.of(new NamedChart("fe-bar", "FE of each product on each catalyst at −1.0 V vs RHE.",
                bar), new NamedChart("fe-map", "FE(C₂H₄) over potential and catalyst.", map)), List.of());
    }

    private static ResultEntry orr() {
        double[] g0 = {4.92, 3.72, 1.72, 0.86, 0};
        double[] g = new double[5];
        for (int k = 0; k < 5; k++) {
            g[k] = g0[k] - (4 - k) * 1.23;
        }
        Result r = Result.builder("orr", "mechanism.che", "0.1.0", "mechanism").title("ORR free-energy diagram")
                .value("UL", "Limiting potential", Quantity.of(0.86, Units.VOLT), "vs RHE, step *OH → H₂O")
                .value("eta", "Theoretical overpotential", Quantity.of(0.37, Units.VOLT))
                .parameters(params("U", "1.23 V vs RHE", "T", "298.15 K")).build();
        return new ResultEntry(r, List.of(new NamedChart("orr-steps", "Free energies at U = 0 and 1.23 V vs RHE.",
                Charts.step("", Axis.of("ΔG", "eV"), List.of("O₂ + 4(H⁺+e⁻)", "*OOH", "*O", "*OH", "H₂O"),
                        List.of(new EnergyPath("U = 0 V", g0), new EnergyPath("U = 1.23 V", g))))), List.of());
    }

    private static ResultEntry insituIr() {
        List<Series> spectra = new ArrayList<>();
        String[] names = {"0.0 V", "−0.2 V", "−0.4 V", "−0.6 V"};
        for (int s = 0; s < 4; s++) {
            double[] x = new double[500];
            double[] y = new double[500];
            for (int i = 0; i < 500; i++) {
                x[i] = 1200 + 1200.0 * i / 499;
                double u = (x[i] - (2060 - 10 * s)) / 12;
                double v = (x[i] - 1630) / 25;
                y[i] = (0.2 + 0.35 * s) * Math.exp(-0.5 * u * u) + 0.5 * Math.exp(-0.5 * v * v);
            }
            spectra.add(Series.of(names[s], x, y));
        }
        Result r = Result.builder("insitu-ir", "vibspec.series", "0.1.0", "vibspec").title("In situ ATR-SEIRAS")
                .value("shift", "CO stretch Stark tuning", Quantity.of(50, 4, Units.parse("cm-1/V"))).build();
        return new ResultEntry(r, List.of(new NamedChart("waterfall", "Linear-bonded CO band against potential (vs RHE).",
                Charts.spectrum("", Axis.of("ν̃", Units.WAVENUMBER), Axis.of("A", "a.u."), spectra,
                        SpectrumLayout.OVERLAY.reversed().stackedAuto()))), List.of());
    }

    /** A section that throws: the report must fall back to the generic section and say so. */
    static final class BrokenSection implements ReportSection {
        @Override
        public boolean supports(Result result) {
            return true;
        }

        @Override
        public void write(Result result, ReportBuilder report) {
            report.paragraph("half written");
            throw new IllegalStateException("plugin bug");
        }
    }

    private static ResultEntry broken() {
        Result r = Result.builder("tafel/1", "echem.tafel", "0.1.0", "echem").title("Tafel slope " + EVIL)
                .value("b", "Tafel slope", Quantity.of(118.4, 6.2, Units.parse("mV"))).build();
        return new ResultEntry(r, List.of(), List.of(new BrokenSection()));
    }
}
