/**
 * Generic dataset readers registered as OSGi services: {@link org.electrocat.io.readers.DelimitedTextReader}
 * ({@code core.csv}) reads any delimited numeric text with a user-given column mapping.
 */
package org.electrocat.io.readers;
