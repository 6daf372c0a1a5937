/**
 * Band libraries and band assignment: {@link org.electrocat.vibspec.bands.BandLibrary} reads the
 * shipped library of the reference paper's bands or a user CSV file, and
 * {@link org.electrocat.vibspec.bands.BandAssignment} lists the library bands near each observed band.
 */
package org.electrocat.vibspec.bands;
