package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.fe-map}: Faradaic efficiencies of many electrolysis runs arranged over applied
 * potential × catalyst (the heat maps of Song et al., Fig. 3d-f), with replicates pooled.
 *
 * <p>Input: earlier {@code echem.fe} results of the study (all of them, or the steps listed), each
 * labelled with its {@code catalyst} and {@code potential} parameters. Runs with the same catalyst
 * and potential (within 0.1 mV) are replicates: the cell reports their mean and sample standard
 * deviation (n ≥ 2; error bars of the bar charts), or the propagated uncertainty of a single run
 * (n = 1). All potentials must be on one reference scale.
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.fe-map", "electrocat.technique=echem"})
public final class FeMapAnalysis extends EchemAnalysis {

    @Override
    public String id() {
        return "echem.fe-map";
    }

    @Override
    public String label() {
        return "FE map over potential and catalyst";
    }

    @Override
    public String description() {
        return "Faradaic efficiencies of earlier echem.fe steps over applied potential × catalyst, replicates pooled"
                + " (mean ± sample SD), as heat maps and grouped bar charts with error bars.";
    }

    @Override
    public List<String> inputKinds() {
        return List.of();
    }

    @Override
    public int minInputs() {
        return 0;
    }

    @Override
    public int maxInputs() {
        return 0;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.text("steps", "FE steps", "", "Step ids of the echem.fe results to map,"
                + " comma separated; empty (default) = every earlier echem.fe step."),
                ParameterSpec.text("products", "Products", "", "Products to map, e.g. 'CHOX, NO2-, NH4+'; empty ="
                        + " all products found."));
    }

    /** One run's place and FE values. */
    private record Run(String step, String catalyst, double potential, Map<String, Quantity> fe) {
    }

    @Override
    public Result run(AnalysisContext context) {
        inputs(context);
        List<Run> runs = new ArrayList<>();
        PotentialScale scale = null;
        List<Result> feResults = feResults(context);
        List<Provenance> origins = new ArrayList<>();
        for (Result fe : feResults) {
            origins.add(fe.provenance());
            String cat = fe.parameters().getOrDefault("catalyst", "").trim();
            String pot = fe.parameters().getOrDefault("potential", "").trim();
            if (cat.isEmpty() || pot.isEmpty()) {
                throw new IllegalArgumentException(id() + ": step '" + fe.id() + "' has no 'catalyst' and 'potential'"
                        + " parameters; label every echem.fe step that goes into the map");
            }
            PotentialScale s = RunLabel.scaleOf(pot);
            if (scale != null && !scale.equals(s)) {
                throw new IllegalArgumentException(id() + ": step '" + fe.id() + "' is " + s + " but earlier runs are "
                        + scale + "; give all potentials on one scale");
            }
            scale = s;
            Map<String, Quantity> values = new LinkedHashMap<>();
            for (Result.Value v : fe.values()) {
                if (v.key().startsWith("fe.") && !v.key().equals("fe.total")) {
                    values.put(v.key().substring(3), v.quantity());
                }
            }
            runs.add(new Run(fe.id(), cat, RunLabel.potential(pot), values));
        }
        List<String> products = products(context, runs);
        List<String> catalysts = new ArrayList<>();
        TreeSet<Double> potentials = new TreeSet<>();
        for (Run r : runs) {
            if (!catalysts.contains(r.catalyst())) {
                catalysts.add(r.catalyst());
            }
            potentials.add(Math.round(r.potential() * 1e4) / 1e4);
        }
        // the map's inputs are earlier results, not datasets: carry their files and steps forward
        Result.Builder out = Result.builder(this, context).provenance(Provenance.merge(origins).then(id(), version(),
                context.parameters().asText()));
        Table.Builder t = Table.builder("FE map (" + scale + ")").column("catalyst", null).column("E", Units.VOLT)
                .column("product", null).column("n", Units.ONE).column("FE", Units.PERCENT).column("runs", null);
        for (String product : products) {
            List<double[]> cells = new ArrayList<>(); // {potential, catalyst index, mean, sd, n}
            double best = Double.NEGATIVE_INFINITY;
            String bestAt = "";
            for (int c = 0; c < catalysts.size(); c++) {
                for (double e : potentials) {
                    List<Quantity> rep = new ArrayList<>();
                    List<String> steps = new ArrayList<>();
                    for (Run r : runs) {
                        if (r.catalyst().equals(catalysts.get(c)) && Math.abs(r.potential() - e) < 1e-4
                                && r.fe().containsKey(product)) {
                            rep.add(r.fe().get(product));
                            steps.add(r.step());
                        }
                    }
                    if (rep.isEmpty()) {
                        continue;
                    }
                    Quantity cell = pool(rep);
                    cells.add(new double[] {e, c, cell.value(), cell.uncertainty(), rep.size()});
                    t.row(catalysts.get(c), e, product, rep.size(), cell, String.join(", ", steps));
                    if (cell.value() > best) {
                        best = cell.value();
                        bestAt = String.format(Locale.ROOT, "%s at %.3f V %s (n = %d)", catalysts.get(c), e, scale,
                                rep.size());
                    }
                }
            }
            out.value("best." + product, "Highest FE " + product, Quantity.of(best, Units.PERCENT), bestAt);
            out.curve(cellCurve(product, cells, catalysts, scale));
        }
        out.value("runs", "Runs mapped", Quantity.of(runs.size(), Units.ONE));
        out.table(t.build());
        return out.build();
    }

    private List<Result> feResults(AnalysisContext context) {
        String steps = context.parameters().text("steps").trim();
        List<Result> out = new ArrayList<>();
        if (steps.isEmpty()) {
            for (Result r : context.earlier().values()) {
                if (r.analysisId().equals("echem.fe")) {
                    out.add(r);
                }
            }
            out.sort((a, b) -> a.id().compareTo(b.id()));
        } else {
            for (String s : steps.split("[,;]")) {
                Result r = context.earlier().get(s.trim());
                if (r == null || !r.analysisId().equals("echem.fe")) {
                    throw new IllegalArgumentException(id() + ": '" + s.trim() + "' is not an earlier echem.fe step"
                            + " (earlier steps: " + context.earlier().keySet() + ")");
                }
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(id() + ": no earlier echem.fe results to map");
        }
        return out;
    }

    private List<String> products(AnalysisContext context, List<Run> runs) {
        String wanted = context.parameters().text("products").trim();
        List<String> out = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (String p : wanted.split("[,;]")) {
                out.add(Products.parse(p.trim()).name());
            }
            return out;
        }
        for (Run r : runs) {
            for (String p : r.fe().keySet()) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Mean ± sample SD of replicates; a single run keeps its own uncertainty. */
    static Quantity pool(List<Quantity> rep) {
        if (rep.size() == 1) {
            return rep.get(0);
        }
        double m = 0;
        for (Quantity q : rep) {
            m += q.value();
        }
        m /= rep.size();
        double ss = 0;
        for (Quantity q : rep) {
            ss += (q.value() - m) * (q.value() - m);
        }
        return Quantity.of(m, Math.sqrt(ss / (rep.size() - 1)), Units.PERCENT);
    }

    private static Dataset cellCurve(String product, List<double[]> cells, List<String> catalysts, PotentialScale scale) {
        int n = cells.size();
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 5; k++) {
                cols[k][i] = cells.get(i)[k];
            }
        }
        return Dataset.builder("fe-map." + product, DatasetKind.TABLE).name("FE " + product)
                .meta("product", product).meta("catalysts", String.join("|", catalysts))
                .potentialColumn("E", Units.VOLT, cols[0], scale).column("catalyst", Units.ONE, cols[1])
                .column("FE", Units.PERCENT, cols[2]).column("sd", Units.PERCENT, cols[3]).column("n", Units.ONE, cols[4])
                .build();
    }
}
