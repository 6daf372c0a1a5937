/**
 * Hardened access to hostile files: {@link org.electrocat.io.safe.SafeXml} (no DOCTYPE, no external
 * entities, no XInclude), {@link org.electrocat.io.safe.SafeZip} (zip-slip checks and limits on
 * entries, sizes and compression ratio), {@link org.electrocat.io.safe.SafeGzip} and
 * {@link org.electrocat.io.safe.LimitedInputStream} (bounded decompression).
 */
package org.electrocat.io.safe;
