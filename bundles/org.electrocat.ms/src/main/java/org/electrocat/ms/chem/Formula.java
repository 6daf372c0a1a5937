package org.electrocat.ms.chem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An elemental composition with a charge: how many atoms of each {@link Element} (natural element,
 * single-isotope label or enriched label) an ion or molecule holds. Immutable; counts are positive
 * (a formula whose counts would go to zero or below after subtracting an adduct is refused).
 * Elements are kept in Hill order (C, H, then alphabetical, or all alphabetical without carbon; labels after their element).
 */
public final class Formula {

    /** Largest number of atoms of one element (bounds the memory of pattern calculations). */
    public static final int MAX_COUNT = 10_000_000;

    private final Element[] elements;
    private final int[] counts;
    private final int charge;

    private Formula(Map<Element, Long> atoms, int charge) {
        List<Map.Entry<Element, Long>> list = new ArrayList<>();
        for (Map.Entry<Element, Long> e : atoms.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative count " + e.getValue() + " of " + e.getKey().label()
                        + " (more atoms removed than present)");
            }
            if (e.getValue() > MAX_COUNT) {
                throw new IllegalArgumentException("count " + e.getValue() + " of " + e.getKey().label()
                        + " exceeds " + MAX_COUNT);
            }
            if (e.getValue() > 0) {
                list.add(e);
            }
        }
        boolean carbon = list.stream().anyMatch(e -> e.getKey().symbol().equals("C"));
        list.sort(Comparator.comparing((Map.Entry<Element, Long> e) -> hillKey(e.getKey(), carbon)));
        elements = new Element[list.size()];
        counts = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            elements[i] = list.get(i).getKey();
            counts[i] = (int) (long) list.get(i).getValue();
        }
        this.charge = charge;
    }

    /** Hill order: with carbon, C then H then the rest alphabetically; without, all alphabetically. */
    private static String hillKey(Element e, boolean carbon) {
        String s = e.symbol();
        String rank = !carbon ? "2" : s.equals("C") ? "0" : s.equals("H") ? "1" : "2";
        return rank + s + (e.isSingleIsotope() || !e.label().equals(s) ? "1" + e.label() : "0");
    }

    /**
     * A formula from atom counts.
     *
     * @throws IllegalArgumentException when a count is negative or above {@link #MAX_COUNT}
     */
    public static Formula of(Map<Element, Long> atoms, int charge) {
        return new Formula(new LinkedHashMap<>(atoms), charge);
    }

    /** Number of distinct elements and labels. */
    public int size() {
        return elements.length;
    }

    public Element element(int i) {
        return elements[i];
    }

    public int count(int i) {
        return counts[i];
    }

    /** Atoms of {@code e} (0 when absent). */
    public int count(Element e) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i].equals(e)) {
                return counts[i];
            }
        }
        return 0;
    }

    /** Total atoms of the chemical element {@code symbol}, over natural and labelled forms. */
    public int countSymbol(String symbol) {
        int n = 0;
        for (int i = 0; i < elements.length; i++) {
            if (elements[i].symbol().equals(symbol)) {
                n += counts[i];
            }
        }
        return n;
    }

    /** Signed charge number (0 for a neutral). */
    public int charge() {
        return charge;
    }

    public boolean isEmpty() {
        return elements.length == 0;
    }

    /** The atoms as a map (a copy), for building new formulas. */
    public Map<Element, Long> atoms() {
        Map<Element, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < elements.length; i++) {
            m.put(elements[i], (long) counts[i]);
        }
        return m;
    }

    /** The same atoms with another charge. */
    public Formula withCharge(int z) {
        return new Formula(atoms(), z);
    }

    /** Every atom of {@code from} replaced by {@code to} (e.g. all N by [15N] for a labelled fragment). */
    public Formula replace(Element from, Element to) {
        Map<Element, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < elements.length; i++) {
            m.merge(elements[i].equals(from) ? to : elements[i], (long) counts[i], Long::sum);
        }
        return new Formula(m, charge);
    }

    /** Monoisotopic mass of the neutral atoms / u: the most abundant isotope of each element (IUPAC). */
    public double monoisotopicMass() {
        double m = 0;
        for (int i = 0; i < elements.length; i++) {
            m += counts[i] * elements[i].monoisotopicMass();
        }
        return m;
    }

    /** Average (abundance-weighted) mass of the neutral atoms / u. */
    public double averageMass() {
        double m = 0;
        for (int i = 0; i < elements.length; i++) {
            m += counts[i] * elements[i].averageMass();
        }
        return m;
    }

    /** Monoisotopic m/z with the electron mass of the charge taken into account (neutral: the mass). */
    public double monoisotopicMz() {
        return IonMass.mz(monoisotopicMass(), charge);
    }

    /** Average m/z (the centroid of the whole isotope envelope). */
    public double averageMz() {
        return IonMass.mz(averageMass(), charge);
    }

    /**
     * Hill formula with charge, readable by {@link FormulaParser}: {@code C8H11N4O2+}, {@code CH4},
     * {@code [Cl4Pd]2-} (square brackets for |z| > 1, as in IUPAC ion notation).
     */
    public String hill() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            sb.append(elements[i].label());
            if (counts[i] != 1) {
                sb.append(counts[i]);
            }
        }
        if (Math.abs(charge) > 1) {
            sb.insert(0, '[').append(']').append(Math.abs(charge));
        }
        if (charge != 0) {
            sb.append(charge > 0 ? '+' : '-');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && f.hill().equals(hill());
    }

    @Override
    public int hashCode() {
        return hill().hashCode();
    }

    @Override
    public String toString() {
        return hill();
    }
}
