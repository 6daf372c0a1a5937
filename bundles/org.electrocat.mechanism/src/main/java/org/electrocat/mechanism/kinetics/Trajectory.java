package org.electrocat.mechanism.kinetics;

/**
 * The cascade's state over time at one potential, with the Faradaic efficiencies and cyclohexanone
 * conversion it implies.
 *
 * @param potential  V on the model scale
 * @param times      s, starting at 0
 * @param states     {@code states[i]} is the {@link CascadeModel} state at {@code times[i]}
 * @param integrator which integrator ran ({@code rosenbrock23} or {@code dormand-prince-853})
 * @param steps      steps the integrator took (Rosenbrock) or derivative evaluations (Dormand–Prince)
 */
public record Trajectory(double potential, double[] times, double[][] states, String integrator, int steps) {

    /** FE of a product at time index i as a fraction: n·(c(t) − c(0))/q(t); NaN before any charge has passed. */
    public double fe(Product p, int i) {
        double q = states[i][CascadeModel.CHARGE];
        if (!(q != 0)) {
            return Double.NaN;
        }
        return p.electrons() * (states[i][p.state()] - states[0][p.state()]) / q;
    }

    /** FE of a product at the last time, as a fraction. */
    public double finalFe(Product p) {
        return fe(p, times.length - 1);
    }

    /** Cyclohexanone conversion (c0 − c)/c0 at time index i as a fraction; NaN without cyclohexanone. */
    public double conversion(int i) {
        double c0 = states[0][CascadeModel.CHO];
        return c0 > 0 ? (c0 - states[i][CascadeModel.CHO]) / c0 : Double.NaN;
    }

    /** Charge passed per electrode area at time index i, C cm⁻², for a cell of the given area and volume. */
    public double chargeDensity(int i, CellConditions c) {
        return states[i][CascadeModel.CHARGE] * org.electrocat.core.potential.PotentialConverter.F * c.volume() / 1000
                / c.area();
    }
}
