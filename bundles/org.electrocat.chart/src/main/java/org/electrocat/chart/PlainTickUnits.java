package org.electrocat.chart;

import java.io.Serializable;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * JFreeChart's 1-2-5 tick sizes with {@link NumberText#tickFormat} labels: locale-independent
 * decimal point, no thousands grouping, as many decimals as the tick size needs.
 */
final class PlainTickUnits implements TickUnitSource, Serializable {

    private static final long serialVersionUID = 1L;
    static final PlainTickUnits INSTANCE = new PlainTickUnits();

    private final NumberTickUnitSource sizes = new NumberTickUnitSource(false);

    private PlainTickUnits() {
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        return plain(sizes.getLargerTickUnit(unit));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return plain(sizes.getCeilingTickUnit(unit));
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        return plain(sizes.getCeilingTickUnit(size));
    }

    private static NumberTickUnit plain(TickUnit u) {
        return new NumberTickUnit(u.getSize(), NumberText.tickFormat(u.getSize()), u.getMinorTickCount());
    }
}
