package org.electrocat.xps.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.xps.io.XpsSpectra;
import org.osgi.service.component.annotations.Component;

/**
 * {@code xps.quantify}: atomic fractions from background-subtracted region areas and relative
 * sensitivity factors from a user table: x_i = (A_i/S_i)/Σ_j(A_j/S_j). Areas are trapezoid integrals
 * of intensity − background over each region; their standard errors come from the counting noise
 * σ (estimated from point-to-point differences) as σ·ΔE·√N, and propagate to the fractions and to
 * the ratios against the first region by first-order error propagation.
 */
@Component(service = org.electrocat.api.Analysis.class, property = {"electrocat.id=xps.quantify",
    "electrocat.technique=xps"})
public final class XpsQuantifyAnalysis extends XpsAnalysis {

    @Override
    public String id() {
        return "xps.quantify";
    }

    @Override
    public String label() {
        return "XPS atomic ratios";
    }

    @Override
    public String description() {
        return "Integrates each region above its background and divides by the user's relative sensitivity factors; "
                + "reports atomic percentages and ratios to the first region with propagated noise uncertainties.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("regions", "Regions", null,
                        "Regions as 'label low-high' in eV separated by ';', e.g. 'Pd 3d 332-346; Ag 3d 365-377'."),
                ParameterSpec.text("sensitivity", "Sensitivity factors", null,
                        "Relative sensitivity factor per region label, e.g. 'Pd 3d=5.356; Ag 3d=5.987' (from your "
                                + "instrument's table, e.g. Scofield or Wagner factors with its transmission function)."),
                ParameterSpec.choice("background", "Background", "shirley", Region.BACKGROUNDS, "Background under each region."),
                ParameterSpec.integer("endPoints", "End points", 3, "Points averaged at each region end.").range(1, 50));
    }

    @Override
    public Result run(AnalysisContext c) {
        Dataset d = c.single();
        Map<String, double[]> regions = parseRegions(c.parameters().text("regions"));
        Map<String, Double> rsf = parseFactors(c.parameters().text("sensitivity"));
        List<String> labels = new ArrayList<>(regions.keySet());
        int n = labels.size();
        double[] norm = new double[n];
        double[] normSe = new double[n];
        double[] area = new double[n];
        double[] areaSe = new double[n];
        for (int i = 0; i < n; i++) {
            String l = labels.get(i);
            Double s = rsf.get(l);
            if (s == null || !(s > 0)) {
                throw new IllegalArgumentException("no positive sensitivity factor for region '" + l + "' (have " + rsf.keySet() + ")");
            }
            double[] lim = regions.get(l);
            Region r = Region.of(d, lim[0], lim[1], c.parameters().choice("background"), c.parameters().integer("endPoints"));
            double[] net = r.net();
            double a = 0;
            for (int k = 1; k < net.length; k++) {
                a += 0.5 * (net[k] + net[k - 1]) * Math.abs(r.be()[k] - r.be()[k - 1]);
            }
            double step = Math.abs(r.be()[net.length - 1] - r.be()[0]) / (net.length - 1);
            area[i] = a;
            areaSe[i] = r.noise() * step * Math.sqrt(net.length);
            norm[i] = a / s;
            normSe[i] = areaSe[i] / s;
        }
        double total = 0;
        for (double v : norm) {
            total += v;
        }
        Result.Builder b = Result.builder(this, c);
        Table.Builder t = Table.builder("Quantification of " + d.name()).column("region", null)
                .column("area", XpsSpectra.COUNTS_PER_SECOND.times(Units.ELECTRONVOLT)).column("RSF", Units.ONE)
                .column("atomic fraction", Units.PERCENT);
        for (int i = 0; i < n; i++) {
            // ∂x_i/∂N_j = (δ_ij·T − N_i)/T²
            double var = 0;
            for (int j = 0; j < n; j++) {
                double g = ((i == j ? total : 0) - norm[i]) / (total * total);
                var += g * g * normSe[j] * normSe[j];
            }
            Quantity frac = Quantity.of(100 * norm[i] / total, 100 * Math.sqrt(var), Units.PERCENT);
            b.value("atomic." + labels.get(i), labels.get(i) + " atomic fraction", frac);
            t.row(labels.get(i), Quantity.of(area[i], areaSe[i], XpsSpectra.COUNTS_PER_SECOND.times(Units.ELECTRONVOLT)),
                    rsf.get(labels.get(i)), frac);
            if (i > 0) {
                double ratio = norm[i] / norm[0];
                double rse = ratio * Math.hypot(normSe[i] / norm[i], normSe[0] / norm[0]);
                b.value("ratio." + labels.get(i), labels.get(i) + " / " + labels.get(0), Quantity.of(ratio, rse, Units.ONE),
                        "atomic ratio");
            }
        }
        return b.table(t.build()).build();
    }

    static Map<String, double[]> parseRegions(String text) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String raw : text.split("[;\n]")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s+([0-9.]+)\\s*-\\s*([0-9.]+)$").matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException("region '" + item + "': write 'label low-high', e.g. 'Pd 3d 332-346'");
            }
            double a = Double.parseDouble(m.group(2));
            double b = Double.parseDouble(m.group(3));
            out.put(m.group(1).trim(), new double[] {Math.min(a, b), Math.max(a, b)});
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no regions given");
        }
        return out;
    }

    static Map<String, Double> parseFactors(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String raw : text.split("[;\n]")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.lastIndexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("sensitivity '" + item + "': write 'label=factor'");
            }
            try {
                out.put(item.substring(0, eq).trim(), Double.parseDouble(item.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sensitivity '" + item + "': '" + item.substring(eq + 1).trim()
                        + "' is not a number");
            }
        }
        return out;
    }
}
