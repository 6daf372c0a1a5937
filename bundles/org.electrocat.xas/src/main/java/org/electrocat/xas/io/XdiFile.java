package org.electrocat.xas.io;

import java.util.List;
import java.util.Map;

/**
 * A parsed XDI 1.0 file (XAS Data Interchange, B. Ravel and M. Newville, J. Synchrotron Rad. 23
 * (2016) 347; specification at the XraySpectroscopy/XAS-Data-Interchange project).
 *
 * @param version     the {@code XDI/1.x} version token and any application tokens after it
 * @param fields      {@code Namespace.tag} to value, in file order (tags as written)
 * @param comments    the free-text user comments between {@code ///} and {@code ----}
 * @param names       column names (from {@code Column.N}, else from the label line), lower case
 * @param units       column units from {@code Column.N} (empty where none)
 * @param columns     {@code columns[c][row]}
 * @param rowLines    1-based line of each data row
 */
public record XdiFile(String version, Map<String, String> fields, String comments, List<String> names,
        List<String> units, double[][] columns, int[] rowLines) {

    /** A field by {@code Namespace.tag}, case-insensitive, or {@code null}. */
    public String field(String key) {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Number of data rows. */
    public int rows() {
        return columns.length == 0 ? 0 : columns[0].length;
    }
}
