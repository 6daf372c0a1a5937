package org.electrocat.core.model;

import java.util.Objects;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Unit;

/**
 * One named axis of a dataset: a primitive array of values with one unit for all of them, and,
 * for potentials, the reference scale they are measured against.
 *
 * <p>The column owns its array. {@link #values()} hands out a copy; {@link #array()} exposes the
 * backing array for hot loops and must be treated as read-only.
 */
public final class Column {

    private final String name;
    private final Unit unit;
    private final double[] values;
    private final PotentialScale scale;

    /**
     * @param name   the column name as the domain says it ({@code E}, {@code I}, {@code time}, {@code Z'})
     * @param unit   unit of every value
     * @param values the values; the column takes ownership of the array
     * @param scale  reference scale for potential columns, else {@code null}
     */
    public Column(String name, Unit unit, double[] values, PotentialScale scale) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit of column " + name);
        this.values = Objects.requireNonNull(values, "values of column " + name);
        this.scale = scale;
    }

    /** A column that is not a potential. */
    public Column(String name, Unit unit, double[] values) {
        this(name, unit, values, null);
    }

    public String name() {
        return name;
    }

    public Unit unit() {
        return unit;
    }

    /** The reference scale of a potential column, or {@code null} for other quantities. */
    public PotentialScale scale() {
        return scale;
    }

    /** True when this column holds potentials (it has a reference scale). */
    public boolean isPotential() {
        return scale != null;
    }

    public int size() {
        return values.length;
    }

    public double get(int i) {
        return values[i];
    }

    /** A copy of the values. */
    public double[] values() {
        return values.clone();
    }

    /** The backing array itself, for read-only use in loops over large data. */
    public double[] array() {
        return values;
    }

    /** The values converted to {@code target} (a new array). */
    public double[] valuesIn(Unit target) {
        return unit.convert(values, target);
    }

    /** Index of the first NaN or infinite value, or -1 when all values are finite. */
    public int firstNonFinite() {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A column with the same metadata and new values (e.g. after conversion). */
    public Column withValues(double[] newValues, Unit newUnit) {
        return new Column(name, newUnit, newValues, scale);
    }

    /** Header text {@code name / unit (scale)} as used in tables and CSV exports. */
    public String label() {
        String u = unit.symbol().equals("1") ? "" : " / " + unit.symbol();
        return name + u + (scale != null ? " " + scale : "");
    }

    @Override
    public String toString() {
        return label() + " [" + values.length + "]";
    }
}
