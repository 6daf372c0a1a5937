/**
 * Fourier-transformed AC voltammetry: harmonic envelopes, DC component and base-frequency detection
 * from time-domain records of any length.
 */
package org.electrocat.eis.ftacv;
