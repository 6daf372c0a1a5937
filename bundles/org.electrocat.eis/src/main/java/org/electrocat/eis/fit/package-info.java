/**
 * Complex nonlinear least-squares fitting of circuits to impedance spectra: weighting, parameter
 * text (initial guesses, constants, bounds), initial-guess heuristics and the fit result.
 */
package org.electrocat.eis.fit;
