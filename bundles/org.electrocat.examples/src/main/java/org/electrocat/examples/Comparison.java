package org.electrocat.examples;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.electrocat.api.Result;
import org.electrocat.core.units.Quantity;

/**
 * A published number set against the value a study computed for it.
 *
 * <p>Difference Δ = computed − reported, in the computed value's unit; relative difference
 * Δ/|reported| in %. The two agree when |Δ| ≤ k·u + ρ, with u the computed standard uncertainty
 * (0 when unknown), k the coverage factor and ρ half of the last digit the paper prints (a paper's
 * "41.2 %" stands for any value in [41.15, 41.25)); otherwise they differ. Published values carry
 * no uncertainty of their own, so this tests whether the data analysed reproduce the number, not
 * whether the paper's number is right.
 *
 * @param reported   the published number
 * @param computed   the study's value, empty when the step or key is absent
 * @param difference Δ in the computed unit (NaN when not computed)
 * @param relative   Δ/|reported| in % (NaN when the reported value is 0 or nothing was computed)
 * @param verdict    {@code agrees}, {@code differs} or {@code not computed: ...}
 */
public record Comparison(ReportedValue reported, Optional<Quantity> computed, double difference, double relative,
        String verdict) {

    /**
     * Compares one reported value with the earlier results of the study.
     *
     * @param k coverage factor for the computed uncertainty
     * @throws IllegalArgumentException when the units of the reported and the computed value differ in dimension
     */
    public static Comparison of(ReportedValue rv, Map<String, Result> earlier, double k) {
        Result r = earlier.get(rv.step());
        if (r == null) {
            return missing(rv, "not computed: step '" + rv.step() + "' is absent or failed");
        }
        Optional<Result.Value> v = r.value(rv.key());
        if (v.isEmpty()) {
            return missing(rv, "not computed: step '" + rv.step() + "' has no value '" + rv.key() + "'");
        }
        Quantity c = v.get().quantity();
        if (!Double.isFinite(c.value())) {
            return missing(rv, "not computed: " + rv.step() + "/" + rv.key() + " is not a finite number");
        }
        if (!rv.reported().unit().isCompatible(c.unit())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "reported values, line %d (%s): the paper's"
                    + " unit %s does not match %s of %s/%s", rv.line(), rv.label(), rv.reported().unit().symbol(),
                    c.unit().symbol(), rv.step(), rv.key()));
        }
        double[] rep = rv.in(c.unit());
        double d = c.value() - rep[0];
        double rel = rep[0] == 0 ? Double.NaN : 100 * d / Math.abs(rep[0]);
        double u = c.hasUncertainty() ? c.uncertainty() : 0;
        String verdict = Math.abs(d) <= k * u + rep[1] ? "agrees" : "differs";
        return new Comparison(rv, Optional.of(c), d, rel, verdict);
    }

    private static Comparison missing(ReportedValue rv, String why) {
        return new Comparison(rv, Optional.empty(), Double.NaN, Double.NaN, why);
    }

    /** True when a value was computed. */
    public boolean isComputed() {
        return computed.isPresent();
    }
}
