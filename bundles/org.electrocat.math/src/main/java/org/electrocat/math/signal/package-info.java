/**
 * Signal processing: FFT of any length with numpy's conventions ({@link org.electrocat.math.signal.Fft}),
 * peak detection with scipy.signal.find_peaks semantics ({@link org.electrocat.math.signal.PeakFinder})
 * and Savitzky–Golay smoothing and differentiation ({@link org.electrocat.math.signal.SavitzkyGolay}).
 */
package org.electrocat.math.signal;
