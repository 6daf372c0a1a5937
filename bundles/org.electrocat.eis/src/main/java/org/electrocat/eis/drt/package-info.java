/** Distribution of relaxation times of impedance spectra (Tikhonov-regularised non-negative least squares). */
package org.electrocat.eis.drt;
