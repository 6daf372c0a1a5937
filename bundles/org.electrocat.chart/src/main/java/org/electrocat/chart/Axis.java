package org.electrocat.chart;

import java.util.Objects;
import org.electrocat.core.model.Column;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;

/**
 * What an axis shows, labelled the way the IUPAC Green Book asks: {@code quantity / unit}, and for
 * potentials the reference scale after the unit ({@code E / V vs Ag/AgCl (sat. KCl)}). A dimensionless
 * quantity shows its name alone.
 *
 * @param quantity symbol or name of the quantity, e.g. {@code E}, {@code j}, {@code Δj}, {@code FE}
 * @param unit     unit symbol as written in the data ({@code mA cm-2}); typeset by {@link UnitText};
 *                 empty or {@code 1} for a pure number
 * @param scale    reference scale for a potential axis, else {@code null}
 */
public record Axis(String quantity, String unit, PotentialScale scale) {

    public Axis {
        if (quantity == null || quantity.isBlank()) {
            throw new IllegalArgumentException("axis quantity is missing (unit '" + unit + "')");
        }
        unit = unit == null ? "" : unit.trim();
    }

    /** An axis for {@code quantity} in {@code unit}. */
    public static Axis of(String quantity, Unit unit) {
        return new Axis(quantity, Objects.requireNonNull(unit, "unit of " + quantity).symbol(), null);
    }

    /** An axis for {@code quantity} with a unit given as text (e.g. {@code a.u.}). */
    public static Axis of(String quantity, String unitSymbol) {
        return new Axis(quantity, unitSymbol, null);
    }

    /** A potential axis: the scale is required, because a potential without one cannot be read. */
    public static Axis potential(String quantity, Unit unit, PotentialScale scale) {
        if (scale == null) {
            throw new IllegalArgumentException("potential axis '" + quantity + "' needs a reference scale");
        }
        return new Axis(quantity, Objects.requireNonNull(unit, "unit of " + quantity).symbol(), scale);
    }

    /** The axis of a dataset column: its name, unit and (for potentials) reference scale. */
    public static Axis of(Column column) {
        return new Axis(column.name(), column.unit().symbol(), column.scale());
    }

    /** True when this axis carries a reference scale. */
    public boolean isPotential() {
        return scale != null;
    }

    /** The label, e.g. {@code j / mA cm⁻²} or {@code E / V vs RHE}. */
    public String label() {
        String u = UnitText.pretty(unit);
        StringBuilder sb = new StringBuilder(quantity);
        if (!u.isEmpty()) {
            sb.append(" / ").append(u);
        }
        if (scale != null) {
            sb.append(' ').append(scale);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
