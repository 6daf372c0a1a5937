/**
 * Dataset export services ({@code core.csv}, {@code core.json}) and the {@link org.electrocat.io.writers.Json}
 * helper for writing maps, lists, quantities, scales and provenance with jackson-core.
 */
package org.electrocat.io.writers;
