/**
 * Equivalent circuits in impedance.py's string notation ({@code R0-p(R1,CPE1)-W1}): parser with
 * position-bearing errors, element impedances and the analytic gradient of the circuit impedance.
 */
package org.electrocat.eis.circuit;
