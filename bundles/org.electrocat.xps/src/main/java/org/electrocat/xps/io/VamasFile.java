package org.electrocat.xps.io;

import java.util.List;
import java.util.Map;

/**
 * A parsed VAMAS (ISO 14976) file: the experiment header and its blocks.
 *
 * @param experimentMode e.g. {@code NORM}
 * @param scanMode       {@code REGULAR} or {@code IRREGULAR}
 * @param header         header items as text (institution, instrument, operator, comment ...)
 * @param blocks         the blocks in file order
 */
public record VamasFile(String experimentMode, String scanMode, Map<String, String> header, List<VamasBlock> blocks) {
}
