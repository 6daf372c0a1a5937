package org.electrocat.echem.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.core.model.Table;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;

/**
 * The arithmetic of {@link FaradaicEfficiencyAnalysis}, separate so that recyclability and future
 * FE maps reuse it: FE, partial current density and yield rates with first-order propagated
 * standard uncertainties (an unknown uncertainty, NaN, is treated as unknown, not zero, unless the
 * other terms are known: then the known part is reported and the table says "u(N) not given").
 *
 * @param lines one line per product
 * @param total FE sum (%) with uncertainty from the amounts (correlated through Q: u_Q enters once)
 */
record FaradaicBalance(List<Line> lines, Quantity total) {

    /** F in C mol⁻¹ (CODATA 2018, exact). */
    static final double F = PotentialConverter.F;

    /**
     * Results for one product.
     *
     * @param product               product and electron number
     * @param amount                N in µmol
     * @param fe                    FE in %
     * @param partialCurrentDensity j_i in mA cm⁻² (magnitude)
     * @param rateArea              µmol h⁻¹ cm⁻²
     * @param rateMass              µmol h⁻¹ mg⁻¹, or {@code null} without a catalyst mass
     */
    record Line(Products.Product product, Quantity amount, Quantity fe, Quantity partialCurrentDensity,
            Quantity rateArea, Quantity rateMass) {
    }

    /**
     * @param amounts      products as written by the user
     * @param volumeLitres electrolyte volume for concentrations (0 = none)
     * @param q            charge in C (> 0)
     * @param uq           its standard uncertainty in C
     * @param seconds      electrolysis time (0 = unknown: rates NaN)
     * @param areaCm2      geometric area
     * @param massMg       catalyst mass (0 = none)
     */
    static FaradaicBalance compute(Map<String, Quantity> amounts, double volumeLitres, double q, double uq,
            double seconds, double areaCm2, double massMg) {
        if (!(q > 0)) {
            throw new IllegalArgumentException("the charge must be positive to compute Faradaic efficiencies, was " + q
                    + " C");
        }
        List<Line> lines = new ArrayList<>();
        double sum = 0;
        double varAmounts = 0;
        double relQ = uq / q;
        for (Map.Entry<String, Quantity> e : amounts.entrySet()) {
            Products.Product prod = Products.parse(e.getKey());
            double[] mol = QuantityText.moles(e.getValue(), volumeLitres, "amount of " + e.getKey());
            double n = mol[0];
            double un = mol[1];
            double relN = n != 0 ? un / Math.abs(n) : Double.NaN;
            double fe = prod.electrons() * F * n / q * 100;
            double ufe = Math.abs(fe) * Math.sqrt(sq(orZero(relN)) + sq(relQ));
            if (Double.isNaN(un)) {
                ufe = Double.NaN;
            }
            sum += fe;
            varAmounts += sq(fe * orZero(relN));
            double hours = seconds / 3600.0;
            double jPartial = seconds > 0 ? prod.electrons() * F * n / seconds / areaCm2 * 1e3 : Double.NaN;
            double rate = seconds > 0 ? n * 1e6 / hours / areaCm2 : Double.NaN;
            Quantity rateMass = massMg > 0 && seconds > 0
                    ? Quantity.of(n * 1e6 / hours / massMg, Math.abs(n * 1e6 / hours / massMg) * relN,
                            EchemAnalysis.RATE_MASS)
                    : null;
            lines.add(new Line(prod, Quantity.of(n * 1e6, un * 1e6, EchemAnalysis.MICROMOLE),
                    Quantity.of(fe, ufe, Units.PERCENT),
                    Quantity.of(jPartial, Math.abs(jPartial) * relN, EchemAnalysis.MA_PER_CM2),
                    Quantity.of(rate, Math.abs(rate) * relN, EchemAnalysis.RATE_AREA), rateMass));
        }
        boolean allKnown = lines.stream().allMatch(l -> l.amount().hasUncertainty());
        // Q is common to all products: its relative uncertainty scales the whole sum
        double uSum = allKnown ? Math.sqrt(varAmounts + sq(sum * relQ)) : Double.NaN;
        return new FaradaicBalance(List.copyOf(lines), Quantity.of(sum, uSum, Units.PERCENT));
    }

    /** The per-product table (uncertainties as Quantity cells). */
    Table table() {
        Table.Builder t = Table.builder("Faradaic efficiency per product").column("Product", null)
                .column("n", Units.ONE).column("N", EchemAnalysis.MICROMOLE).column("FE", Units.PERCENT)
                .column("j_partial", EchemAnalysis.MA_PER_CM2).column("rate", EchemAnalysis.RATE_AREA)
                .column("rate per mass", EchemAnalysis.RATE_MASS);
        for (Line l : lines) {
            t.row(l.product().name(), l.product().electrons(), l.amount(), l.fe(), l.partialCurrentDensity(),
                    l.rateArea(), l.rateMass() == null ? "" : l.rateMass());
        }
        t.row("sum", "", "", total, "", "", "");
        return t.build();
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double orZero(double x) {
        return Double.isNaN(x) ? 0 : x;
    }
}
