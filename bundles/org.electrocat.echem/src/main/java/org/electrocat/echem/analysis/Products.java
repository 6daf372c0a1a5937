package org.electrocat.echem.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Products of nitrate electroreduction in the presence of cyclohexanone and the electrons their
 * formation takes from nitrate (or water for H2): CHOX (cyclohexanone oxime, via NH2OH) 6,
 * NH2OH 6, NO2⁻ 2, NH3/NH4⁺ 8, H2 2 (Song et al.; see docs/SCIENCE.md). Other products are
 * written with their electron count: {@code N2O(n=8)}.
 */
public final class Products {

    /**
     * A product and its electron number.
     *
     * @param name      canonical name ({@code CHOX}, {@code NH2OH}, {@code NO2-}, {@code NH4+}, {@code H2} ...)
     * @param electrons electrons per molecule formed
     */
    public record Product(String name, int electrons) {
    }

    private static final Pattern EXPLICIT = Pattern.compile("(.+?)\\s*\\(\\s*n\\s*=\\s*(\\d+)\\s*\\)");
    private static final Map<String, Product> KNOWN = new LinkedHashMap<>();

    static {
        add(new Product("CHOX", 6), "chox", "cyclohexanone oxime", "oxime", "cox");
        add(new Product("NH2OH", 6), "nh2oh", "hydroxylamine");
        add(new Product("NO2-", 2), "no2-", "no2", "nitrite", "no2⁻");
        add(new Product("NH3", 8), "nh3", "ammonia");
        add(new Product("NH4+", 8), "nh4+", "nh4", "ammonium", "nh4⁺");
        add(new Product("H2", 2), "h2", "hydrogen");
    }

    private Products() {
    }

    private static void add(Product p, String... aliases) {
        for (String a : aliases) {
            KNOWN.put(a, p);
        }
    }

    /**
     * The product named by {@code text}: a known name or alias, or {@code NAME(n=k)}.
     *
     * @throws IllegalArgumentException naming the text and the known products
     */
    public static Product parse(String text) {
        String t = text.trim();
        Matcher m = EXPLICIT.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            if (n < 1 || n > 100) {
                throw new IllegalArgumentException("product '" + t + "': electron number must be 1..100");
            }
            return new Product(m.group(1).trim(), n);
        }
        Product p = KNOWN.get(t.toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("unknown product '" + t + "'; known: CHOX, NH2OH, NO2-, NH3, NH4+, H2,"
                    + " or give the electron number as NAME(n=k)");
        }
        return p;
    }
}
