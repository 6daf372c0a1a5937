package org.electrocat.ms.chem;

import java.util.Arrays;
import java.util.Objects;

/**
 * An element as it enters an isotope-pattern calculation: its isotopes (mass number, atomic mass in
 * u, amount fraction). A natural element carries the table's composition; a label such as
 * {@code [15N]} is an "element" with one isotope of abundance 1; an enriched label carries a custom
 * composition (e.g. 98 % 15N). Two elements are equal when their labels are equal, so the label
 * must describe the composition ({@code N}, {@code [15N]}, {@code N(15N 0.98)}).
 *
 * <p>Arrays returned by the accessors are copies; the calculation code reads them once.
 */
public final class Element {

    private final String label;
    private final String symbol;
    private final int atomicNumber;
    private final int[] massNumbers;
    private final double[] masses;
    private final double[] abundances;

    /**
     * @param label        unique text for this composition, used in formulas and equality
     * @param symbol       chemical symbol of the element ({@code N} also for {@code [15N]})
     * @param atomicNumber Z
     * @param massNumbers  mass number of each isotope
     * @param masses       atomic mass of each isotope / u (neutral atom, AME2020)
     * @param abundances   amount fraction of each isotope; must be positive and sum to 1 within 1e-4
     *                     (they are renormalised to sum to 1 exactly)
     */
    public Element(String label, String symbol, int atomicNumber, int[] massNumbers, double[] masses,
            double[] abundances) {
        this.label = Objects.requireNonNull(label, "label");
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.atomicNumber = atomicNumber;
        if (masses.length == 0 || masses.length != abundances.length || masses.length != massNumbers.length) {
            throw new IllegalArgumentException("element " + label + ": isotope arrays must be non-empty and of equal"
                    + " length");
        }
        double sum = 0;
        for (int i = 0; i < abundances.length; i++) {
            if (!(abundances[i] > 0) || !(masses[i] > 0) || !Double.isFinite(masses[i])) {
                throw new IllegalArgumentException("element " + label + ": isotope " + massNumbers[i]
                        + " needs a positive mass and abundance, got " + masses[i] + " u, " + abundances[i]);
            }
            sum += abundances[i];
        }
        if (Math.abs(sum - 1) > 1e-4) {
            throw new IllegalArgumentException("element " + label + ": abundances sum to " + sum + ", not 1");
        }
        this.massNumbers = massNumbers.clone();
        this.masses = masses.clone();
        this.abundances = abundances.clone();
        for (int i = 0; i < this.abundances.length; i++) {
            this.abundances[i] /= sum;
        }
    }

    /** Label used in formulas and as identity, e.g. {@code C}, {@code [13C]}. */
    public String label() {
        return label;
    }

    /** Chemical symbol, e.g. {@code N} (also for the label {@code [15N]}). */
    public String symbol() {
        return symbol;
    }

    public int atomicNumber() {
        return atomicNumber;
    }

    /** Number of isotopes in this composition. */
    public int isotopeCount() {
        return masses.length;
    }

    public int massNumber(int isotope) {
        return massNumbers[isotope];
    }

    /** Atomic mass of isotope {@code i} / u. */
    public double mass(int isotope) {
        return masses[isotope];
    }

    /** Amount fraction of isotope {@code i}. */
    public double abundance(int isotope) {
        return abundances[isotope];
    }

    /** Index of the most abundant isotope (the lighter one on a tie). */
    public int mostAbundantIsotope() {
        int best = 0;
        for (int i = 1; i < abundances.length; i++) {
            if (abundances[i] > abundances[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Mass of the most abundant isotope / u: the element's share of a monoisotopic mass (IUPAC). */
    public double monoisotopicMass() {
        return masses[mostAbundantIsotope()];
    }

    /** Abundance-weighted mean atomic mass / u (the atomic weight of this composition). */
    public double averageMass() {
        double m = 0;
        for (int i = 0; i < masses.length; i++) {
            m += masses[i] * abundances[i];
        }
        return m;
    }

    /** True for a label with a single isotope ({@code [15N]}). */
    public boolean isSingleIsotope() {
        return masses.length == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Element e && e.label.equals(label);
    }

    @Override
    public int hashCode() {
        return label.hashCode();
    }

    @Override
    public String toString() {
        return label + Arrays.toString(massNumbers);
    }
}
