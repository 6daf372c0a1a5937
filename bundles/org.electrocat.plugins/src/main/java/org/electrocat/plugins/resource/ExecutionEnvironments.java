package org.electrocat.plugins.resource;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Version;

/**
 * Converts {@code Bundle-RequiredExecutionEnvironment} names to an {@code osgi.ee} filter as OSGi
 * Core R8 section 3.4.1 (table 3.2) prescribes: {@code JavaSE-17} to
 * {@code (&(osgi.ee=JavaSE)(version=17.0.0))}, {@code J2SE-1.5} to {@code JavaSE} 1.5,
 * {@code JavaSE/compact1-1.8} to {@code JavaSE/compact1} 1.8, {@code CDC-1.0/Foundation-1.0} to
 * {@code CDC/Foundation} 1.0; several names are alternatives ({@code |}).
 */
final class ExecutionEnvironments {

    private ExecutionEnvironments() {
    }

    /** The {@code osgi.ee} filter for a comma-separated list of execution environment names. */
    static String filter(String bree) {
        List<String> alternatives = new ArrayList<>();
        for (HeaderClause c : HeaderParser.parse("Bundle-RequiredExecutionEnvironment", bree)) {
            for (String ee : c.paths()) {
                alternatives.add(one(ee.trim()));
            }
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(|" + String.join("", alternatives) + ")";
    }

    private static String one(String ee) {
        String[] parts = ee.split("/");
        String name;
        String version;
        if (parts.length == 2) {
            String[] a = nameAndVersion(parts[0]);
            String[] b = nameAndVersion(parts[1]);
            if (a[1] != null && a[1].equals(b[1])) {
                name = a[0] + "/" + b[0];
                version = a[1];
            } else if (a[1] == null) {
                name = parts[0] + "/" + b[0];
                version = b[1];
            } else {
                return "(osgi.ee=" + Filters.escape(ee) + ")";
            }
        } else {
            String[] a = nameAndVersion(ee);
            name = a[0];
            version = a[1];
        }
        if (name.equals("J2SE")) {
            name = "JavaSE";
        }
        String eq = "(osgi.ee=" + Filters.escape(name) + ")";
        return version == null ? eq : "(&" + eq + "(version=" + Version.parseVersion(version) + "))";
    }

    /** {@code JavaSE-1.8} to {@code [JavaSE, 1.8]}; no version part gives {@code [name, null]}. */
    private static String[] nameAndVersion(String s) {
        int dash = s.lastIndexOf('-');
        if (dash > 0 && dash + 1 < s.length() && Character.isDigit(s.charAt(dash + 1))) {
            try {
                Version.parseVersion(s.substring(dash + 1));
                return new String[] {s.substring(0, dash), s.substring(dash + 1)};
            } catch (IllegalArgumentException e) {
                // not a version: the whole string is the name
            }
        }
        return new String[] {s, null};
    }
}
