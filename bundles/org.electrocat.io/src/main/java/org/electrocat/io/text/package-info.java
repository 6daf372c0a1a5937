/**
 * Fast, tolerant reading of delimited numeric text (instrument exports, CSV, TSV): encoding,
 * delimiter, decimal separator, header and units rows are detected and can be overridden; numbers
 * are parsed from bytes into primitive arrays exactly as {@link java.lang.Double#parseDouble} would.
 * Entry point: {@link org.electrocat.io.text.TextReader}; result: {@link org.electrocat.io.text.TextTable}.
 */
package org.electrocat.io.text;
