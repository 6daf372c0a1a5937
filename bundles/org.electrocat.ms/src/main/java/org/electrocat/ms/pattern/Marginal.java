package org.electrocat.ms.pattern;

import java.util.Arrays;
import org.electrocat.ms.chem.Element;

/**
 * The isotopic configurations of {@code n} atoms of one element, generated lazily in order of
 * decreasing probability: the multinomial distribution over the element's isotopes, explored
 * best-first from its mode by moving one atom from one isotope to another. Because the multinomial
 * is log-concave, its superlevel sets are connected under such moves, so best-first search yields
 * the configurations exactly in descending order (the "marginal trek" of IsoSpec: Łącki, Startek,
 * Valkenborg, Gambin, Anal. Chem. 89 (2017) 3272).
 *
 * <p>Memory: {@code k} ints, two doubles per generated configuration plus the frontier.
 */
final class Marginal {

    private final Element element;
    private final int n;
    private final int k;
    private final double[] logAbundance;
    private final double[] isotopeMass;

    // generated configurations, in descending probability
    private int size;
    private double[] prob = new double[16];
    private double[] mass = new double[16];
    private int[] generatedConfig = new int[16];

    // every configuration seen (generated or on the frontier), k ints each
    private int[] pool;
    private double[] poolLogProb;
    private int poolSize;
    private int[] hashSlots; // pool index + 1, 0 = empty
    // max-heap of pool indices on the frontier
    private int[] heap = new int[16];
    private int heapSize;

    Marginal(Element element, int atoms) {
        this.element = element;
        this.n = atoms;
        this.k = element.isotopeCount();
        this.logAbundance = new double[k];
        this.isotopeMass = new double[k];
        for (int i = 0; i < k; i++) {
            logAbundance[i] = Math.log(element.abundance(i));
            isotopeMass[i] = element.mass(i);
        }
        pool = new int[16 * k];
        poolLogProb = new double[16];
        hashSlots = new int[64];
        push(mode());
    }

    Element element() {
        return element;
    }

    int atoms() {
        return n;
    }

    /** Probability of the most probable configuration. */
    double maxProbability() {
        ensure(0);
        return prob[0];
    }

    /** Number of configurations generated so far. */
    int size() {
        return size;
    }

    double probability(int i) {
        return prob[i];
    }

    double mass(int i) {
        return mass[i];
    }

    /** Isotope counts of configuration {@code i} (a copy). */
    int[] configuration(int i) {
        int p = generatedConfig[i];
        return Arrays.copyOfRange(pool, p * k, p * k + k);
    }

    /** Generates configurations until there are more than {@code i}; false when there are no more. */
    boolean ensure(int i) {
        while (size <= i) {
            if (!next()) {
                return false;
            }
        }
        return true;
    }

    /** Generates every configuration with probability at least {@code minProbability}. */
    void extendTo(double minProbability) {
        while (heapSize > 0 && Math.exp(poolLogProb[heap[0]]) >= minProbability) {
            next();
        }
    }

    private boolean next() {
        if (heapSize == 0) {
            return false;
        }
        int top = heap[0];
        heap[0] = heap[--heapSize];
        siftDown(0);
        if (size == prob.length) {
            prob = Arrays.copyOf(prob, size * 2);
            mass = Arrays.copyOf(mass, size * 2);
            generatedConfig = Arrays.copyOf(generatedConfig, size * 2);
        }
        prob[size] = Math.exp(poolLogProb[top]);
        double m = 0;
        int base = top * k;
        for (int i = 0; i < k; i++) {
            m += pool[base + i] * isotopeMass[i];
        }
        mass[size] = m;
        generatedConfig[size] = top;
        size++;
        int[] c = new int[k];
        for (int from = 0; from < k; from++) {
            if (pool[base + from] == 0) {
                continue;
            }
            for (int to = 0; to < k; to++) {
                if (to == from) {
                    continue;
                }
                System.arraycopy(pool, base, c, 0, k);
                c[from]--;
                c[to]++;
                push(c);
            }
        }
        return true;
    }

    /** Adds a configuration to the frontier unless it was seen before. */
    private void push(int[] c) {
        int h = hash(c) & (hashSlots.length - 1);
        while (hashSlots[h] != 0) {
            if (equalsPool(hashSlots[h] - 1, c)) {
                return;
            }
            h = (h + 1) & (hashSlots.length - 1);
        }
        if ((poolSize + 1) * k > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
            poolLogProb = Arrays.copyOf(poolLogProb, poolLogProb.length * 2);
        }
        int idx = poolSize++;
        System.arraycopy(c, 0, pool, idx * k, k);
        poolLogProb[idx] = logProbability(c);
        hashSlots[h] = idx + 1;
        if (poolSize * 2 > hashSlots.length) {
            rehash();
        }
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        heap[heapSize] = idx;
        siftUp(heapSize++);
    }

    private double logProbability(int[] c) {
        double lp = Combinatorics.logFactorial(n);
        for (int i = 0; i < k; i++) {
            if (c[i] > 0) {
                lp += c[i] * logAbundance[i] - Combinatorics.logFactorial(c[i]);
            }
        }
        return lp;
    }

    /** The most probable configuration: rounded expectation, then single-atom moves while they help. */
    private int[] mode() {
        int[] c = new int[k];
        int assigned = 0;
        for (int i = 0; i < k; i++) {
            c[i] = (int) Math.floor(n * element.abundance(i));
            assigned += c[i];
        }
        c[element.mostAbundantIsotope()] += n - assigned;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int from = 0; from < k && !improved; from++) {
                for (int to = 0; to < k && !improved; to++) {
                    if (from != to && c[from] > 0) {
                        double gain = Math.log(c[from]) - Math.log(c[to] + 1.0) + logAbundance[to] - logAbundance[from];
                        if (gain > 1e-12) {
                            c[from]--;
                            c[to]++;
                            improved = true;
                        }
                    }
                }
            }
        }
        return c;
    }

    private int hash(int[] c) {
        int h = 17;
        for (int v : c) {
            h = h * 1_000_003 + v;
        }
        return h ^ (h >>> 16);
    }

    private boolean equalsPool(int idx, int[] c) {
        int base = idx * k;
        for (int i = 0; i < k; i++) {
            if (pool[base + i] != c[i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] slots = new int[hashSlots.length * 2];
        int[] c = new int[k];
        for (int idx = 0; idx < poolSize; idx++) {
            System.arraycopy(pool, idx * k, c, 0, k);
            int h = hash(c) & (slots.length - 1);
            while (slots[h] != 0) {
                h = (h + 1) & (slots.length - 1);
            }
            slots[h] = idx + 1;
        }
        hashSlots = slots;
    }

    private void siftUp(int i) {
        int x = heap[i];
        double v = poolLogProb[x];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (poolLogProb[heap[parent]] >= v) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private void siftDown(int i) {
        if (heapSize == 0) {
            return;
        }
        int x = heap[i];
        double v = poolLogProb[x];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && poolLogProb[heap[child + 1]] > poolLogProb[heap[child]]) {
                child++;
            }
            if (poolLogProb[heap[child]] <= v) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }
}
