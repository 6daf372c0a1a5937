package org.electrocat.echem.analysis;

import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.conversion}: cyclohexanone (CHO) conversion, cyclohexanone-oxime (CHOX)
 * selectivity and the carbon balance from start and end amounts.
 *
 * <p>Method: X = (n0 − nt)/n0; S = n_CHOX/(n0 − nt) (organic products only, as in Song et al.);
 * carbon balance CB = (nt + n_CHOX + n_other)/n0 (all C6 species, one CHO each). Standard
 * uncertainties by first-order propagation with independent inputs (JCGM 100:2008 §5.1.2), using
 * the partial derivatives, so the correlation of X and S through n0 and nt is respected within each
 * quantity. A carbon balance off 100 % by more than the tolerance, a selectivity above 100 %, or
 * an end amount above the start amount are flagged.
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.conversion", "electrocat.technique=echem"})
public final class ConversionAnalysis extends EchemAnalysis {

    private static ParameterSpec amount(String name, String label, Double def, String what) {
        return ParameterSpec.number(name, label, "umol", def, what + " Amount, e.g. '50 umol' or '0.05 mmol'"
                + " (concentration × volume).").range(0, 1e15);
    }

    @Override
    public String id() {
        return "echem.conversion";
    }

    @Override
    public String label() {
        return "CHO conversion, CHOX selectivity and carbon balance";
    }

    @Override
    public String description() {
        return "Conversion X = (n0 - nt)/n0 of cyclohexanone, oxime selectivity S = n_CHOX/(n0 - nt) and carbon"
                + " balance (nt + n_CHOX + n_other)/n0, with propagated standard uncertainties.";
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
        return List.of(amount("choStart", "CHO at start", null, "Cyclohexanone before electrolysis (n0)."),
                amount("choStartUncertainty", "u(CHO at start)", 0.0, "Standard uncertainty of n0."),
                amount("choEnd", "CHO at end", null, "Cyclohexanone left after electrolysis (nt)."),
                amount("choEndUncertainty", "u(CHO at end)", 0.0, "Standard uncertainty of nt."),
                amount("chox", "CHOX formed", null, "Cyclohexanone oxime formed."),
                amount("choxUncertainty", "u(CHOX)", 0.0, "Standard uncertainty of the oxime amount."),
                amount("otherOrganics", "Other C6 products", 0.0, "Other organic products from CHO (e.g."
                        + " cyclohexanol), for the carbon balance."),
                amount("otherOrganicsUncertainty", "u(other C6)", 0.0, "Standard uncertainty of the other products."),
                ParameterSpec.number("balanceTolerance", "Carbon-balance tolerance", "%", 5.0,
                        "Warn when the carbon balance differs from 100 % by more than this.").range(0, 100));
    }

    @Override
    public Result run(AnalysisContext context) {
        inputs(context);
        Parameters p = context.parameters();
        double n0 = p.number("choStart");
        double u0 = p.number("choStartUncertainty");
        double nt = p.number("choEnd");
        double ut = p.number("choEndUncertainty");
        double np = p.number("chox");
        double up = p.number("choxUncertainty");
        double no = p.number("otherOrganics");
        double uo = p.number("otherOrganicsUncertainty");
        if (!(n0 > 0)) {
            throw new IllegalArgumentException(id() + ": parameter 'choStart' must be positive");
        }
        Result.Builder r = Result.builder(this, context);
        double consumed = n0 - nt;
        double x = consumed / n0;
        double ux = Math.sqrt(sq(ut / n0) + sq(nt * u0 / (n0 * n0)));
        r.value("conversion", "CHO conversion", Quantity.of(100 * x, 100 * ux, Units.PERCENT));
        r.value("consumed", "CHO consumed", Quantity.of(consumed, Math.hypot(u0, ut), MICROMOLE));
        if (consumed > 0) {
            double sel = np / consumed;
            double us = Math.sqrt(sq(up / consumed) + sq(np / (consumed * consumed)) * (u0 * u0 + ut * ut));
            Quantity s = Quantity.of(100 * sel, 100 * us, Units.PERCENT);
            r.value("selectivity", "CHOX selectivity", s, "organic products only");
            if (100 * sel - 100 > 2 * 100 * us) {
                r.warning(String.format(Locale.ROOT, "CHOX selectivity %.1f %% exceeds 100 %%: more oxime than CHO"
                        + " consumed; check the amounts", 100 * sel));
            }
        } else {
            r.warning("no CHO consumed (end amount ≥ start amount): selectivity undefined");
        }
        double cb = (nt + np + no) / n0;
        double ucb = Math.sqrt((ut * ut + up * up + uo * uo) / (n0 * n0) + sq(cb * u0 / n0));
        Quantity balance = Quantity.of(100 * cb, 100 * ucb, Units.PERCENT);
        r.value("carbonBalance", "Carbon balance", balance);
        if (Math.abs(100 * cb - 100) > p.number("balanceTolerance")) {
            r.warning(String.format(Locale.ROOT, "carbon balance %.1f %% differs from 100 %% by more than %.1f %%:"
                    + " unquantified products, evaporation or adsorption", 100 * cb, p.number("balanceTolerance")));
        }
        r.table(Table.builder("Carbon bookkeeping").column("species", null).column("amount", MICROMOLE)
                .row("CHO start", Quantity.of(n0, u0, MICROMOLE)).row("CHO end", Quantity.of(nt, ut, MICROMOLE))
                .row("CHOX", Quantity.of(np, up, MICROMOLE)).row("other C6", Quantity.of(no, uo, MICROMOLE))
                .row("unaccounted", Quantity.of(n0 - nt - np - no, Math.sqrt(u0 * u0 + ut * ut + up * up + uo * uo),
                        MICROMOLE)).build());
        return r.build();
    }

    private static double sq(double v) {
        return v * v;
    }
}
