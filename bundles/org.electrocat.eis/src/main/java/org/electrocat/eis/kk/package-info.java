/** Kramers–Kronig validity test of impedance spectra by the Lin-KK method (Schönleber et al. 2014). */
package org.electrocat.eis.kk;
