package org.electrocat.ms.chem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Isotope masses and abundances of the naturally occurring isotopes, read from the bundled resource
 * {@code isotopes.tsv}: masses from the 2020 Atomic Mass Evaluation (Wang et al., Chinese Phys. C 45
 * (2021) 030003), abundances from the CIAAW evaluation "Isotopic compositions of the elements 2013"
 * (Meija et al., Pure Appl. Chem. 88 (2016) 293), best measurement from a single terrestrial source.
 * The file header states the source of every column; {@link #SOURCE} repeats it for reports.
 */
public final class IsotopeTable {

    /** Where the numbers come from, for reports and provenance. */
    public static final String SOURCE = "isotope masses: AME2020 (Wang et al., Chinese Phys. C 45 (2021) 030003); "
            + "abundances: CIAAW ICE 2013 (Meija et al., Pure Appl. Chem. 88 (2016) 293); electron mass: CODATA 2018";

    private static final class Holder {
        static final IsotopeTable STANDARD = load();
    }

    private final Map<String, Element> natural;
    private final Map<String, Integer> atomicNumbers;

    private IsotopeTable(Map<String, Element> natural, Map<String, Integer> atomicNumbers) {
        this.natural = Collections.unmodifiableMap(natural);
        this.atomicNumbers = Collections.unmodifiableMap(atomicNumbers);
    }

    /** The bundled table (loaded once). */
    public static IsotopeTable standard() {
        return Holder.STANDARD;
    }

    /** The element with its natural composition, if the table has it. */
    public Optional<Element> natural(String symbol) {
        return Optional.ofNullable(natural.get(symbol));
    }

    /** Symbols of all elements in the table, in order of atomic number. */
    public Set<String> symbols() {
        return natural.keySet();
    }

    /**
     * A single isotope as a label, e.g. {@code isotope("N", 15)} is {@code [15N]} with abundance 1.
     *
     * @throws IllegalArgumentException when the table has no mass for that isotope (only naturally
     *                                  occurring isotopes are tabulated)
     */
    public Element isotope(String symbol, int massNumber) {
        Element e = requireNatural(symbol);
        int i = indexOf(e, massNumber);
        return new Element("[" + massNumber + symbol + "]", symbol, e.atomicNumber(), new int[] {massNumber},
                new double[] {e.mass(i)}, new double[] {1.0});
    }

    /**
     * An isotopically enriched element: {@code fraction} of the atoms are isotope {@code massNumber},
     * the rest keep the natural proportions of the other isotopes (e.g. 98 atom-% 15N nitrate:
     * {@code enriched("N", 15, 0.98)}).
     *
     * @throws IllegalArgumentException when the fraction is outside (0, 1] or the isotope is unknown
     */
    public Element enriched(String symbol, int massNumber, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("enrichment of " + massNumber + symbol + " must be in (0, 1], was "
                    + fraction);
        }
        if (fraction == 1) {
            return isotope(symbol, massNumber);
        }
        Element e = requireNatural(symbol);
        int target = indexOf(e, massNumber);
        double others = 1 - e.abundance(target);
        int n = e.isotopeCount();
        int[] a = new int[n];
        double[] m = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = e.massNumber(i);
            m[i] = e.mass(i);
            p[i] = i == target ? fraction : (1 - fraction) * e.abundance(i) / others;
        }
        String label = symbol + "(" + massNumber + symbol + " " + String.format(Locale.ROOT, "%.4g", fraction) + ")";
        return new Element(label, symbol, e.atomicNumber(), a, m, p);
    }

    private Element requireNatural(String symbol) {
        Element e = natural.get(symbol);
        if (e == null) {
            throw new IllegalArgumentException("no element '" + symbol + "' in the isotope table (elements with a"
                    + " natural isotopic composition, H to U)");
        }
        return e;
    }

    private static int indexOf(Element e, int massNumber) {
        for (int i = 0; i < e.isotopeCount(); i++) {
            if (e.massNumber(i) == massNumber) {
                return i;
            }
        }
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < e.isotopeCount(); i++) {
            known.add(e.massNumber(i));
        }
        throw new IllegalArgumentException("no mass for " + massNumber + e.symbol() + " in the isotope table; it lists"
                + " the naturally occurring isotopes " + known);
    }

    private static IsotopeTable load() {
        try (InputStream in = IsotopeTable.class.getResourceAsStream("isotopes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("isotopes.tsv is missing from the bundle");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read isotopes.tsv", e);
        }
    }

    private static IsotopeTable parse(BufferedReader r) throws IOException {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        Map<String, Integer> z = new LinkedHashMap<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (f.length != 5) {
                throw new IllegalStateException("isotopes.tsv line " + no + ": expected 5 columns");
            }
            z.put(f[0], Integer.parseInt(f[1]));
            rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new double[] {Integer.parseInt(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
        Map<String, Element> elements = new LinkedHashMap<>();
        for (Map.Entry<String, List<double[]>> en : rows.entrySet()) {
            List<double[]> iso = en.getValue();
            int[] a = new int[iso.size()];
            double[] m = new double[iso.size()];
            double[] p = new double[iso.size()];
            for (int i = 0; i < iso.size(); i++) {
                a[i] = (int) iso.get(i)[0];
                m[i] = iso.get(i)[1];
                p[i] = iso.get(i)[2];
            }
            elements.put(en.getKey(), new Element(en.getKey(), en.getKey(), z.get(en.getKey()), a, m, p));
        }
        return new IsotopeTable(elements, z);
    }

    /** Atomic number of a tabulated element. */
    public int atomicNumber(String symbol) {
        Integer n = atomicNumbers.get(symbol);
        if (n == null) {
            throw new IllegalArgumentException("no element '" + symbol + "' in the isotope table");
        }
        return n;
    }
}
