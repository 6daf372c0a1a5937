package org.electrocat.echem.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.fe}: Faradaic efficiency, partial current density and yield rates per product.
 *
 * <p>Method: FE_i = n_i·F·N_i / Q with F = 96485.33212 C mol⁻¹ (CODATA 2018), Q = ∫|I|dt of the
 * chronoamperogram (input dataset, see {@link ChargeIntegration}) or the {@code charge}
 * parameter; partial current density j_i = FE_i·Q/(t·A) = n_i·F·N_i/(t·A); areal yield rate
 * r_i = N_i/(t·A) in µmol h⁻¹ cm⁻² and mass-specific rate N_i/(t·m) in µmol h⁻¹ mg⁻¹. Standard
 * uncertainties by first-order propagation of independent relative uncertainties (JCGM 100:2008,
 * GUM §5.1.6): u(FE)/FE = √((u(N)/N)² + (u(Q)/Q)²); j_i and r_i carry u(N)/N (Q cancels).
 * Electron numbers: CHOX 6, NH2OH 6, NO2⁻ 2, NH3/NH4⁺ 8, H2 2 ({@link Products}).
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.fe", "electrocat.technique=echem"})
public final class FaradaicEfficiencyAnalysis extends EchemAnalysis {

    static final ParameterSpec PRODUCTS = ParameterSpec.text("products", "Product amounts", null,
            "Quantified products as 'NAME: value ± u unit' separated by ';' or ',', e.g. 'CHOX: 12.3 ± 0.4 umol;"
                    + " NO2-: 3.1 ± 0.2 umol; NH4+: 0.8 umol'. Names: CHOX, NH2OH, NO2-, NH3, NH4+, H2, or NAME(n=k)"
                    + " with its electron number. Amounts in mol units, or concentrations (mM, uM) with 'volume'.");
    static final ParameterSpec VOLUME = ParameterSpec.number("volume", "Electrolyte volume", "mL", 0.0,
            "Catholyte volume; needed only when product amounts are given as concentrations.").range(0, 1e7);
    static final ParameterSpec CHARGE = ParameterSpec.number("charge", "Charge", "C", 0.0,
            "Charge passed, when no chronoamperogram is given as input (0 = integrate the input).").range(0, 1e12);
    static final ParameterSpec CHARGE_U = ParameterSpec.number("chargeUncertainty", "Charge uncertainty", "C", 0.0,
            "Standard uncertainty of the charge beyond the integration estimate (e.g. from a blank).").range(0, 1e12);
    static final ParameterSpec DURATION = ParameterSpec.number("duration", "Electrolysis time", "s", 0.0,
            "Electrolysis duration for rates when no input is given (0 = the input's time window).").range(0, 1e12);
    static final ParameterSpec CATALYST = ParameterSpec.text("catalyst", "Catalyst", "", "Label of the catalyst"
            + " (e.g. 'Ag4Pd2-S-Ti4'), used by echem.fe-map to place this run.");
    static final ParameterSpec POTENTIAL = ParameterSpec.text("potential", "Applied potential", "", "Electrolysis"
            + " potential with its scale, e.g. '-1.6 V vs Ag/AgCl (sat. KCl)', used by echem.fe-map.");
    static final ParameterSpec MASS = ParameterSpec.number("catalystMass", "Catalyst mass", "mg", 0.0,
            "Catalyst loading on the electrode for mass-specific rates (0 = not reported).").range(0, 1e9);

    @Override
    public String id() {
        return "echem.fe";
    }

    @Override
    public String label() {
        return "Faradaic efficiency and yield rates";
    }

    @Override
    public String description() {
        return "FE_i = n_i F N_i / Q per product (CHOX 6, NH2OH 6, NO2- 2, NH3/NH4+ 8, H2 2 electrons), partial"
                + " current densities, yield rates per area and per catalyst mass, with uncertainties propagated"
                + " from the amounts and the charge (GUM first order).";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.TIME_SERIES, DatasetKind.VOLTAMMOGRAM);
    }

    @Override
    public int minInputs() {
        return 0;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(PRODUCTS, VOLUME, CHARGE, CHARGE_U, DURATION, T_START, T_END, AREA, MASS, CURRENT_U, CATALYST,
                POTENTIAL);
    }

    @Override
    public Result run(AnalysisContext context) {
        var in = inputs(context);
        Parameters p = context.parameters();
        Result.Builder r = Result.builder(this, context);
        double q;
        double uq;
        double duration;
        if (!in.isEmpty()) {
            ChargeIntegration ci = ChargeIntegration.of(in.get(0), p.number("tStart"), p.number("tEnd"),
                    p.number("currentUncertainty") / 100);
            ci.warnings().forEach(r::warning);
            q = ci.charge();
            uq = Math.hypot(ci.chargeU(), p.number("chargeUncertainty"));
            duration = ci.duration();
            if (p.number("charge") > 0) {
                r.warning("parameter 'charge' ignored: the charge is integrated from input '" + in.get(0).id() + "'");
            }
            r.curve(ChronoamperometryAnalysis.curve(in.get(0), ci, p.number("area")));
        } else {
            q = p.number("charge");
            uq = p.number("chargeUncertainty");
            duration = p.number("duration");
            if (!(q > 0)) {
                throw new IllegalArgumentException(id() + ": give a chronoamperogram as input or the parameter"
                        + " 'charge' (C)");
            }
        }
        Map<String, Quantity> amounts = QuantityText.parseNamed(p.text("products"), MICROMOLE);
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException(id() + ": parameter 'products' lists no product");
        }
        FaradaicBalance balance = FaradaicBalance.compute(amounts, p.number("volume") / 1000, q, uq, duration,
                p.number("area"), p.number("catalystMass"));
        if (!p.text("potential").isBlank()) {
            RunLabel.potential(p.text("potential")); // fail early on a potential FE maps could not read
        }
        r.value("charge", "Charge Q", Quantity.of(q, uq, Units.COULOMB), in.isEmpty() ? "parameter" : "integrated");
        if (duration > 0) {
            r.value("duration", "Electrolysis time", Quantity.of(duration, Units.SECOND));
        } else {
            r.warning("no electrolysis time (no input and parameter 'duration' = 0): rates and partial current"
                    + " densities are not reported");
        }
        for (FaradaicBalance.Line l : balance.lines()) {
            String k = l.product().name();
            r.value("fe." + k, "FE " + k, l.fe(), "n = " + l.product().electrons());
            if (duration > 0) {
                r.value("j." + k, "Partial current density " + k, l.partialCurrentDensity());
                r.value("rate." + k, "Yield rate " + k, l.rateArea());
                if (l.rateMass() != null) {
                    r.value("rateMass." + k, "Yield rate per mass " + k, l.rateMass());
                }
            }
            if (l.amount().value() <= 0) {
                r.warning("product " + k + ": amount " + l.amount() + " is not positive");
            }
        }
        r.value("fe.total", "FE sum", balance.total());
        Quantity tot = balance.total();
        double excess = tot.value() - 100;
        if (excess > 0 && (!tot.hasUncertainty() || excess > 2 * tot.uncertainty())) {
            r.warning(String.format(Locale.ROOT, "the Faradaic efficiencies add up to %.1f %% (> 100 %%): check the"
                    + " amounts, blanks and the charge window", tot.value()));
        }
        r.table(balance.table());
        return r.build();
    }
}
