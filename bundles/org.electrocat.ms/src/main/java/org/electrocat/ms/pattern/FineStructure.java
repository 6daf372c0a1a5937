package org.electrocat.ms.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.ms.chem.Element;
import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.IonMass;

/**
 * Isotopic fine structure of a formula: every isotopologue (each distinct combination of isotopes)
 * with its exact mass and probability, following the IsoSpec algorithms (Łącki et al., Anal. Chem.
 * 89 (2017) 3272; Łącki, Valkenborg, Startek, Anal. Chem. 92 (2020) 9472), written for this project.
 *
 * <p>Each element's configurations are a multinomial, generated lazily in descending probability by
 * {@link Marginal}. Isotopologues above an absolute probability threshold {@code t} are then
 * enumerated by depth-first search over the elements, pruning every branch whose best possible
 * completion (the product of the remaining elements' most probable configurations) falls below
 * {@code t}; the cost is proportional to the output. For a coverage target (IsoSpec's
 * {@code IsoTotalProb}, {@code prob_to_cover}), the threshold is lowered in layers (×1/4 per layer,
 * emitting only the new layer) until the summed probability reaches the target; the last layer is
 * then sorted and cut so that the result is the smallest set of isotopologues with total
 * probability ≥ the target ({@code get_minimal_pset}).
 */
public final class FineStructure {

    /** Default largest number of peaks returned (bounds memory to ~16 bytes per peak). */
    public static final int DEFAULT_MAX_PEAKS = 10_000_000;
    private static final double LAYER_FACTOR = 0.25;

    private FineStructure() {
    }

    /**
     * The smallest set of isotopologues whose probabilities sum to at least {@code coverage}.
     *
     * @param coverage probability to cover, in (0, 1), e.g. 0.999 (IsoSpec's {@code prob_to_cover})
     * @param maxPeaks refuse (IllegalArgumentException) when more peaks would be needed
     */
    public static IsotopePattern coverage(Formula formula, double coverage, int maxPeaks, ProgressMonitor monitor) {
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("coverage must be in (0, 1), e.g. 0.999; was " + coverage);
        }
        Search s = new Search(formula, maxPeaks, monitor);
        double t = s.maxProbability;
        double upper = Double.POSITIVE_INFINITY;
        double sumBefore = 0;
        int layerStart = 0;
        while (true) {
            layerStart = s.count;
            s.enumerate(t, upper);
            double layerSum = 0;
            for (int i = layerStart; i < s.count; i++) {
                layerSum += s.prob[i];
            }
            if (sumBefore + layerSum >= coverage || !s.pruned) {
                break;
            }
            sumBefore += layerSum;
            upper = t;
            t *= LAYER_FACTOR;
            monitor.checkCancelled();
        }
        s.trimLastLayer(layerStart, coverage - sumBefore);
        return s.pattern();
    }

    /**
     * All isotopologues with probability ≥ {@code threshold} (absolute) or ≥ {@code threshold} × the
     * most probable isotopologue's probability (relative, IsoSpec's default for {@code IsoThreshold}).
     */
    public static IsotopePattern threshold(Formula formula, double threshold, boolean absolute, int maxPeaks,
            ProgressMonitor monitor) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]; was " + threshold);
        }
        Search s = new Search(formula, maxPeaks, monitor);
        s.enumerate(absolute ? threshold : threshold * s.maxProbability, Double.POSITIVE_INFINITY);
        return s.pattern();
    }

    /** An isotopologue with its composition, e.g. {@code 13C2 37Cl}. */
    public record Isotopologue(double mz, double probability, String composition) {
    }

    /**
     * The {@code n} most probable isotopologues with their isotopic composition (isotopes other than
     * each element's most abundant one, e.g. {@code 13C1 37Cl1}; empty for the all-most-abundant one),
     * most probable first.
     */
    public static List<Isotopologue> mostProbable(Formula formula, int n) {
        Search s = new Search(formula, DEFAULT_MAX_PEAKS, ProgressMonitor.NONE);
        List<Isotopologue> out = new ArrayList<>();
        double t = s.maxProbability;
        while (true) {
            out.clear();
            s.count = 0;
            s.recordLabels = out;
            s.enumerate(t, Double.POSITIVE_INFINITY);
            if (out.size() >= n || !s.pruned || t < 1e-300) {
                break;
            }
            t *= LAYER_FACTOR;
        }
        out.sort(Comparator.comparingDouble(Isotopologue::probability).reversed());
        return List.copyOf(out.subList(0, Math.min(n, out.size())));
    }

    /** Depth-first enumeration state. */
    private static final class Search {
        final Formula formula;
        final Marginal[] marginals;
        final double[] maxRest;
        final double maxProbability;
        final int maxPeaks;
        final ProgressMonitor monitor;
        final int[] path;
        double[] mass = new double[1024];
        double[] prob = new double[1024];
        int count;
        List<Isotopologue> recordLabels;
        /** Whether the last enumeration left out anything below its threshold. */
        boolean pruned;
        private double threshold;
        private double upper;

        Search(Formula formula, int maxPeaks, ProgressMonitor monitor) {
            if (formula.isEmpty()) {
                throw new IllegalArgumentException("formula has no atoms");
            }
            this.formula = formula;
            this.maxPeaks = maxPeaks;
            this.monitor = monitor;
            List<Marginal> ms = new ArrayList<>();
            for (int i = 0; i < formula.size(); i++) {
                ms.add(new Marginal(formula.element(i), formula.count(i)));
            }
            // elements with few configurations outside, the widest innermost: fewer internal nodes
            ms.sort(Comparator.comparingDouble(Marginal::maxProbability).reversed());
            marginals = ms.toArray(new Marginal[0]);
            maxRest = new double[marginals.length + 1];
            maxRest[marginals.length] = 1;
            for (int j = marginals.length - 1; j >= 0; j--) {
                maxRest[j] = maxRest[j + 1] * marginals[j].maxProbability();
            }
            maxProbability = maxRest[0];
            path = new int[marginals.length];
        }

        /** Emits every isotopologue with threshold ≤ probability < upper. */
        void enumerate(double t, double up) {
            this.threshold = t;
            this.upper = up;
            this.pruned = false;
            dfs(0, 1.0, 0.0);
        }


        private void dfs(int j, double partialProb, double partialMass) {
            Marginal m = marginals[j];
            double rest = maxRest[j + 1];
            // generate this element's configurations down to the smallest that can still reach t
            m.extendTo(threshold / (partialProb * rest) * (1 - 1e-12));
            boolean last = j == marginals.length - 1;
            for (int i = 0; i < m.size() || m.ensure(i); i++) {
                double p = partialProb * m.probability(i);
                // inner levels prune with a little slack: the bound p·rest and the final product are
                // rounded differently, and an isotopologue at the edge must land in exactly one layer
                if (last ? p < threshold : p * rest < threshold * (1 - 1e-9)) {
                    pruned = true;
                    break;
                }
                path[j] = i;
                if (last) {
                    if (p < upper) { // layers are disjoint: [threshold, upper)
                        emit(partialMass + m.mass(i), p);
                    }
                } else {
                    dfs(j + 1, p, partialMass + m.mass(i));
                }
            }
        }

        private void emit(double m, double p) {
            if (count >= maxPeaks) {
                throw new IllegalArgumentException(formula.hill() + ": more than " + maxPeaks + " isotopologues"
                        + " are needed; lower the coverage or use a threshold");
            }
            if (count == mass.length) {
                int n = (int) Math.min((long) maxPeaks, 2L * count);
                mass = Arrays.copyOf(mass, n);
                prob = Arrays.copyOf(prob, n);
                if ((count & 0xFFFFF) == 0) {
                    monitor.checkCancelled();
                }
            }
            mass[count] = m;
            prob[count] = p;
            count++;
            if (recordLabels != null) {
                recordLabels.add(new Isotopologue(IonMass.mz(m, formula.charge()), p, label()));
            }
        }

        private String label() {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < marginals.length; j++) {
                Element e = marginals[j].element();
                int[] c = marginals[j].configuration(path[j]);
                int main = e.mostAbundantIsotope();
                for (int i = 0; i < c.length; i++) {
                    if (i != main && c[i] > 0) {
                        sb.append(sb.length() == 0 ? "" : " ").append(e.massNumber(i)).append(e.symbol());
                        if (c[i] > 1) {
                            sb.append(c[i]);
                        }
                    }
                }
            }
            return sb.toString();
        }

        /** Keeps of the last layer only the most probable peaks needed to add {@code need}. */
        void trimLastLayer(int start, double need) {
            int n = count - start;
            if (n == 0) {
                return;
            }
            double[] sorted = Arrays.copyOfRange(prob, start, count);
            Arrays.sort(sorted);
            double acc = 0;
            int keep = 0;
            double cutoff = sorted[0];
            for (int i = n - 1; i >= 0; i--) {
                acc += sorted[i];
                keep++;
                cutoff = sorted[i];
                if (acc >= need) {
                    break;
                }
            }
            int aboveCutoff = 0;
            for (int i = n - 1; i >= 0 && sorted[i] > cutoff; i--) {
                aboveCutoff++;
            }
            int equalAllowed = keep - aboveCutoff;
            int w = start;
            for (int r = start; r < count; r++) {
                boolean take = prob[r] > cutoff || (prob[r] == cutoff && equalAllowed-- > 0);
                if (take) {
                    mass[w] = mass[r];
                    prob[w] = prob[r];
                    w++;
                }
            }
            count = w;
        }

        IsotopePattern pattern() {
            double[] m = Arrays.copyOf(mass, count);
            double[] p = Arrays.copyOf(prob, count);
            PeakSort.byKey(m, p);
            return new IsotopePattern(formula, m, p);
        }
    }
}
