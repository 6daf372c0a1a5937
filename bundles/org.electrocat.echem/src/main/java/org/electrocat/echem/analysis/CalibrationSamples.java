package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Parameters;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Unit;
import org.electrocat.core.units.Units;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;

/**
 * Sample readings through a calibration line: concentration of the measured (diluted) solution by
 * inverse prediction, times the dilution factor, and the amount in the electrolyte volume; flags
 * readings below LOD/LOQ or outside the standards' range.
 */
final class CalibrationSamples {

    /**
     * @param concentrations undiluted concentrations with uncertainties
     * @param amounts        amounts in µmol (empty without a volume)
     * @param feInputs       the {@code products} text for {@code echem.fe}, per sample
     * @param table          per-sample table, {@code null} without samples
     * @param responses      sample readings
     * @param measured       concentrations of the measured solutions (before dilution correction)
     * @param warnings       flags
     */
    record Outcome(List<Quantity> concentrations, List<Quantity> amounts, List<String> feInputs, Table table,
            double[] responses, double[] measured, List<String> warnings) {
    }

    private CalibrationSamples() {
    }

    static Outcome convert(LinearFitResult fit, Parameters p, Unit cu, double lod, double loq, double[] standards,
            double[] responses0, CalibrationWeighting weighting, String product) {
        List<Quantity> readings = QuantityText.parseList(p.text("samples"), Units.ONE);
        List<Quantity> conc = new ArrayList<>();
        List<Quantity> amounts = new ArrayList<>();
        List<String> fe = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (readings.isEmpty()) {
            return new Outcome(conc, amounts, fe, null, new double[0], new double[0], warnings);
        }
        double[] dil = QuantityText.values(QuantityText.parseList(p.text("dilution"), Units.ONE), Units.ONE);
        if (dil.length != 1 && dil.length != readings.size()) {
            throw new IllegalArgumentException("echem.calibration: " + dil.length + " dilution factors for "
                    + readings.size() + " samples (give one for all or one per sample)");
        }
        double volumeL = p.number("volume") / 1000;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double s : standards) {
            lo = Math.min(lo, s);
            hi = Math.max(hi, s);
        }
        Table.Builder t = Table.builder("Samples").column("sample", Units.ONE).column("response", Units.ONE)
                .column("dilution", Units.ONE).column("c measured", cu).column("c undiluted", cu);
        if (volumeL > 0) {
            t.column("amount", EchemAnalysis.MICROMOLE);
        }
        t.column("flag", null);
        double[] responses = new double[readings.size()];
        double[] measured = new double[readings.size()];
        for (int i = 0; i < readings.size(); i++) {
            double y0 = readings.get(i).value();
            double d = dil.length == 1 ? dil[0] : dil[i];
            if (!(d >= 1)) {
                throw new IllegalArgumentException("echem.calibration: dilution factor " + d + " of sample " + (i + 1)
                        + " must be ≥ 1");
            }
            double x0 = fit.solveForX(y0);
            double w0 = weighting.weightOf(y0, x0, standards, responses0);
            double[] inv = fit.inversePrediction(y0, p.integer("replicates") * w0);
            responses[i] = y0;
            measured[i] = inv[0];
            String flag = "";
            if (inv[0] < lod) {
                flag = "< LOD";
            } else if (inv[0] < loq) {
                flag = "< LOQ";
            }
            if (inv[0] > hi || inv[0] < lo) {
                flag = (flag.isEmpty() ? "" : flag + ", ") + "outside standards";
                warnings.add(String.format(Locale.ROOT, "sample %d (response %.4g) lies outside the standards"
                        + " (%.4g .. %.4g %s): extrapolated", i + 1, y0, lo, hi, cu.symbol()));
            }
            if (flag.contains("LOD")) {
                warnings.add("sample " + (i + 1) + " is below the limit of detection");
            }
            Quantity c = Quantity.of(inv[0] * d, inv[1] * d, cu);
            conc.add(c);
            Object amountCell = null;
            if (volumeL > 0) {
                double[] mol = QuantityText.moles(c, volumeL, "sample " + (i + 1));
                Quantity a = Quantity.of(mol[0] * 1e6, mol[1] * 1e6, EchemAnalysis.MICROMOLE);
                amounts.add(a);
                amountCell = a;
                fe.add(String.format(Locale.ROOT, "%s: %.6g ± %.2g umol", product.isEmpty() ? "PRODUCT" : product,
                        a.value(), a.uncertainty()));
            }
            List<Object> row = new ArrayList<>(List.of(i + 1, y0, d, Quantity.of(inv[0], inv[1], cu), c));
            if (volumeL > 0) {
                row.add(amountCell);
            }
            row.add(flag);
            t.row(row.toArray());
        }
        return new Outcome(conc, amounts, fe, t.build(), responses, measured, warnings);
    }

    /** Standards, fitted line and samples as one dataset for the calibration chart. */
    static Dataset curves(double[] c, double[] a, LinearFitResult fit, Unit cu, Outcome samples) {
        int n = c.length + samples.measured().length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] line = new double[n];
        double[] role = new double[n];
        for (int i = 0; i < c.length; i++) {
            x[i] = c[i];
            y[i] = a[i];
            role[i] = 0;
        }
        for (int i = 0; i < samples.measured().length; i++) {
            x[c.length + i] = samples.measured()[i];
            y[c.length + i] = samples.responses()[i];
            role[c.length + i] = 1;
        }
        for (int i = 0; i < n; i++) {
            line[i] = fit.predict(x[i]);
        }
        return Dataset.builder("calibration", DatasetKind.TABLE).name("calibration points")
                .meta("role", "0 = standard, 1 = sample").column("c", cu, x).column("response", Units.ONE, y)
                .column("fit", Units.ONE, line).column("role", Units.ONE, role).build();
    }
}
