/** Impedance spectra on primitive arrays, read from datasets, and the features of their Bode phase curve. */
package org.electrocat.eis.spectrum;
