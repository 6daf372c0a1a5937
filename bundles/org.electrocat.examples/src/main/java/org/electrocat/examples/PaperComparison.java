package org.electrocat.examples;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * {@code example.compare}: the "paper vs ElectroCat" table. Takes no datasets; reads the values of
 * earlier steps ({@link AnalysisContext#earlier()}) named in the {@code reported} parameter (see
 * {@link ReportedValue}) and sets each against the published number ({@link Comparison}): reported,
 * computed ± u, difference, relative difference and verdict. A value whose step failed or is missing
 * is listed as not computed and warned about, so a broken step cannot hide in the table.
 *
 * <p>Parameters: {@code reported} (text, required), {@code coverage} (k, default 2).
 */
@Component(service = Analysis.class, property = {"electrocat.id=example.compare", "electrocat.technique=example"})
public final class PaperComparison implements Analysis {

    /** Analysis id. */
    public static final String ID = "example.compare";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Paper vs ElectroCat";
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
        return "Each published number against the value an earlier step computed: difference, relative difference"
                + " and whether they agree within k standard uncertainties plus the paper's rounding.";
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
                ParameterSpec.text("reported", "Reported values", null, "One published number per line: 'label |"
                        + " value unit | step | key', e.g. 'FE(CHOX), -1.6 V | 41.2 % | fe_m1.6 | fe.CHOX'; the step"
                        + " must come earlier in the study."),
                ParameterSpec.number("coverage", "Coverage factor k", "1", 2.0, "Agreement when |computed - reported|"
                        + " <= k u(computed) + half of the paper's last digit.").range(0, 10));
    }

    @Override
    public Result run(AnalysisContext context) {
        if (!context.inputs().isEmpty()) {
            throw new IllegalArgumentException(ID + " (step '" + context.stepId() + "') reads earlier results, not"
                    + " datasets: give 'inputs: []'");
        }
        List<ReportedValue> reported = ReportedValue.parse(context.parameters().text("reported"));
        double k = context.parameters().number("coverage");
        Result.Builder r = Result.builder(this, context);
        Table.Builder t = Table.builder("Paper vs ElectroCat").column("Quantity", null).column("Paper", null)
                .column("ElectroCat", null).column("Difference", null).column("Relative", Units.PERCENT)
                .column("Verdict", null).column("Computed by", null);
        int agree = 0;
        int differ = 0;
        List<Comparison> rows = new ArrayList<>();
        for (ReportedValue rv : reported) {
            context.monitor().checkCancelled();
            Comparison c = Comparison.of(rv, context.earlier(), k);
            rows.add(c);
            if (!c.isComputed()) {
                r.warning(rv.label() + ": " + c.verdict());
            } else if (c.verdict().equals("agrees")) {
                agree++;
            } else {
                differ++;
            }
            Quantity computed = c.computed().orElse(null);
            // the paper's number as printed (95.0 % keeps its zero); the relative difference to 0.01 %
            t.row(rv.label(), rv.text(), computed == null ? "" : computed,
                    computed == null ? "" : Quantity.of(c.difference(), computed.unit()),
                    Double.isNaN(c.relative()) ? "" : Math.round(c.relative() * 100) / 100.0, c.verdict(),
                    rv.step() + " · " + rv.key());
        }
        r.value("compared", "Published numbers compared", Quantity.of(reported.size(), Units.ONE));
        r.value("agree", "Agree", Quantity.of(agree, Units.ONE), "|Δ| <= " + k + " u + rounding of the paper");
        r.value("differ", "Differ", Quantity.of(differ, Units.ONE));
        r.value("missing", "Not computed", Quantity.of(reported.size() - agree - differ, Units.ONE));
        r.table(t.build());
        return r.build();
    }
}
