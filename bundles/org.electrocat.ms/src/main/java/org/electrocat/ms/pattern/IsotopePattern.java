package org.electrocat.ms.pattern;

import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.IonMass;

/**
 * An isotope pattern as sticks: the isotopologues of an ion (fine structure) or merged peaks, each
 * with the summed neutral-atom mass / u and its probability, sorted by mass. m/z values account for
 * the electron mass of the charge ({@link IonMass#mz}).
 *
 * <p>The arrays are owned by the pattern; accessors return copies except {@link #massArray()} and
 * {@link #probabilityArray()}, which expose them read-only for large patterns.
 */
public final class IsotopePattern {

    private final Formula formula;
    private final double[] masses;
    private final double[] probabilities;
    private final double totalProbability;

    /**
     * @param formula       the ion (its charge sets the m/z)
     * @param masses        neutral-atom masses / u, ascending
     * @param probabilities probabilities of the peaks (not renormalised)
     */
    public IsotopePattern(Formula formula, double[] masses, double[] probabilities) {
        if (masses.length != probabilities.length) {
            throw new IllegalArgumentException("masses and probabilities differ in length");
        }
        this.formula = formula;
        this.masses = masses;
        this.probabilities = probabilities;
        double s = 0;
        for (double p : probabilities) {
            s += p;
        }
        this.totalProbability = s;
    }

    public Formula formula() {
        return formula;
    }

    public int charge() {
        return formula.charge();
    }

    /** Number of peaks. */
    public int size() {
        return masses.length;
    }

    /** Neutral-atom mass of peak {@code i} / u. */
    public double mass(int i) {
        return masses[i];
    }

    /** m/z of peak {@code i} (the mass for a neutral). */
    public double mz(int i) {
        return IonMass.mz(masses[i], formula.charge());
    }

    public double probability(int i) {
        return probabilities[i];
    }

    /** Summed probability of the peaks: the coverage reached. */
    public double totalProbability() {
        return totalProbability;
    }

    /** All m/z values (a new array). */
    public double[] mzValues() {
        double[] mz = new double[masses.length];
        for (int i = 0; i < mz.length; i++) {
            mz[i] = mz(i);
        }
        return mz;
    }

    /** The backing mass array (read-only use). */
    public double[] massArray() {
        return masses;
    }

    /** The backing probability array (read-only use). */
    public double[] probabilityArray() {
        return probabilities;
    }

    /** Index of the most probable peak. */
    public int mostProbable() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Probability-weighted mean m/z of the peaks (the envelope centroid of what was computed). */
    public double centroidMz() {
        double s = 0;
        for (int i = 0; i < masses.length; i++) {
            s += masses[i] * probabilities[i];
        }
        return IonMass.mz(s / totalProbability, formula.charge());
    }
}
