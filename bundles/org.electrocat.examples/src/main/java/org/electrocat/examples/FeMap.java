package org.electrocat.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * {@code example.femap}: Faradaic efficiencies of earlier {@code echem.fe} steps arranged as a
 * catalyst × potential grid per product (the heat maps of Song et al., Figure 3d-f). Each row of
 * the {@code rows} parameter names a catalyst and, in the order of {@code potentials}, the FE step
 * of each electrolysis; the value {@code fe.<product>} of each step fills the cell (blank when a
 * step failed or did not quantify the product). No arithmetic: the map only re-arranges results,
 * with their uncertainties, and reports the best cell per product.
 */
@Component(service = Analysis.class, property = {"electrocat.id=example.femap", "electrocat.technique=example"})
public final class FeMap implements Analysis {

    /** Analysis id. */
    public static final String ID = "example.femap";
    /** Id of the curve holding the potential axis. */
    static final String AXIS_CURVE = "femap.potentials";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Faradaic-efficiency map (catalyst × potential)";
    }

    @Override
    public String technique() {
        return ExampleTechnique.ID;
    }

    @Override
    public String version() {
        return ExampleTechnique.VERSION;
    }

    @Override
    public String description() {
        return "FE of each product from earlier echem.fe steps arranged over catalyst and electrode potential, with"
                + " uncertainties and the highest FE per product.";
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
        return List.of(
                ParameterSpec.text("rows", "Rows", null, "One catalyst per line: 'name: step, step, ...' with one"
                        + " echem.fe step per potential, in the order of 'potentials' ('-' for no run)."),
                ParameterSpec.numberList("potentials", "Potentials", "V", null, "Electrode potential of each column,"
                        + " e.g. '-1.2, -1.4, -1.6 V'."),
                ParameterSpec.referenceScale("scale", "Reference scale", "unknown", "Scale of the potentials, e.g."
                        + " 'Ag/AgCl (sat. KCl)'."),
                ParameterSpec.text("products", "Products", "CHOX, NO2-, NH4+", "Products to map, as the FE steps"
                        + " name them (value keys fe.<product>)."));
    }

    @Override
    public Result run(AnalysisContext context) {
        double[] potentials = context.parameters().numbers("potentials");
        PotentialScale scale = context.parameters().scale("scale");
        Map<String, List<String>> rows = rows(context.parameters().text("rows"), potentials.length);
        List<String> products = new ArrayList<>();
        for (String p : context.parameters().text("products").split(",")) {
            if (!p.isBlank()) {
                products.add(p.strip());
            }
        }
        if (products.isEmpty()) {
            throw new IllegalArgumentException(ID + ": parameter 'products' names no product");
        }
        Result.Builder r = Result.builder(this, context);
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (String product : products) {
            Table.Builder t = Table.builder("FE " + product).column("Catalyst", null);
            for (double e : potentials) {
                t.column(String.format(Locale.ROOT, "%.2f V", e), Units.PERCENT);
            }
            double best = Double.NEGATIVE_INFINITY;
            String where = "";
            for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.getKey());
                for (int c = 0; c < potentials.length; c++) {
                    Optional<Quantity> fe = fe(context, row.getValue().get(c), product, missing);
                    cells.add(fe.isPresent() ? fe.get() : "");
                    if (fe.isPresent() && fe.get().value() > best) {
                        best = fe.get().value();
                        where = String.format(Locale.ROOT, "%s at %.2f V %s", row.getKey(), potentials[c], scale);
                    }
                }
                t.row(cells.toArray());
            }
            r.table(t.build());
            if (Double.isFinite(best)) {
                r.value("max." + product, "Highest FE " + product, Quantity.of(best, Units.PERCENT), where);
            }
        }
        if (!missing.isEmpty()) {
            r.warning("steps absent or failed, their cells are blank: " + String.join(", ", missing));
        }
        r.curve(Dataset.builder(AXIS_CURVE, DatasetKind.GENERIC).name("map potentials")
                .potentialColumn("E", Units.VOLT, potentials.clone(), scale).build());
        return r.build();
    }

    /** Catalyst name to its steps, one per potential. */
    static Map<String, List<String>> rows(String text, int columns) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n|;");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(ID + ": rows, line " + (i + 1) + ": expected 'catalyst: step, step,"
                        + " ...', found '" + l + "'");
            }
            List<String> steps = new ArrayList<>();
            for (String s : l.substring(colon + 1).split(",")) {
                steps.add(s.strip());
            }
            if (steps.size() != columns) {
                throw new IllegalArgumentException(ID + ": rows, line " + (i + 1) + " names " + steps.size()
                        + " steps for " + columns + " potentials");
            }
            if (out.put(l.substring(0, colon).strip(), steps) != null) {
                throw new IllegalArgumentException(ID + ": rows, line " + (i + 1) + ": catalyst '"
                        + l.substring(0, colon).strip() + "' appears twice");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(ID + ": parameter 'rows' names no catalyst");
        }
        return out;
    }

    private static Optional<Quantity> fe(AnalysisContext context, String step, String product,
            java.util.Set<String> missing) {
        if (step.equals("-") || step.isEmpty()) {
            return Optional.empty();
        }
        Result res = context.earlier().get(step);
        if (res == null) {
            missing.add(step);
            return Optional.empty();
        }
        return res.value("fe." + product).map(Result.Value::quantity).filter(q -> Double.isFinite(q.value()));
    }
}
