"""W1 reference: FTACV harmonics with numpy.fft (pocketfft, any length).

Input: ftacv-N.f64 (E then I, N float64 each, dt in s). Bands: DC and k*f0 (k = 1..6) for the
current, DC and f0 for the potential, rectangular, full width f0/2 (half width f0/4), bins
ceil((c - h)/df) .. floor((c + h)/df).
Variants:
  decimated   - the algorithm of org.electrocat.eis.ftacv.HarmonicExtractor: rfft once, then per band
                an L-point inverse FFT of the band (gain 2/N, DC 1/N) times exp(2 pi i j0 s / L),
                L = max(points, next power of two >= 2 * band bins, capped at the next power of two >= N);
  full-length - what one usually writes: per band an N-point complex ifft of the band (doubled,
                except bin 0) placed in an otherwise zero spectrum, the envelope at every sample.
Both variants first remove the DC ramp's line (as eis.ftacv does) and add it back to the DC band.
Checks: median envelope of harmonic 1 and 5 of the current, median DC current.
"""
import os

import numpy as np


def prepare(d, p):
    n = int(p['n'])
    x = np.fromfile(os.path.join(d, f'ftacv-{n}.f64'), dtype='<f8')
    return {'e': x[:n], 'i': x[n:], 'n': n, 'dt': float(p['dt']), 'f0': float(p['f0']),
            'harmonics': int(p['harmonics']), 'points': int(p['points']), 'variant': p['variant']}


def bands(s, centres):
    df = 1 / (s['n'] * s['dt'])
    half = s['f0'] / 4
    last = s['n'] // 2
    return [(max(0, int(np.ceil((c - half) / df))), min(last, int(np.floor((c + half) / df)))) for c in centres]


def next_pow2(v):
    return 1 if v <= 1 else 1 << int(v - 1).bit_length()


def decimated(s, x, centres):
    n = s['n']
    X = np.fft.rfft(x)
    half = s['f0'] / 4
    bins = int(np.floor(2 * half * n * s['dt'])) + 2
    L = min(next_pow2(max(s['points'], 2 * bins)), next_pow2(n))
    out = []
    for (lo, hi), c in zip(bands(s, centres), centres):
        width = hi - lo + 1
        g = np.full(width, 2.0 / n)
        j = np.arange(lo, hi + 1)
        g[(j == 0) | (2 * j == n)] = 1.0 / n
        Y = np.zeros(L, complex)
        Y[:width] = X[lo:hi + 1] * g
        a = np.fft.ifft(Y) * L * np.exp(2j * np.pi * ((lo * np.arange(L)) % L) / L)
        out.append(a.real if c == 0 else np.abs(a))
    return out


def full_length(s, x, centres):
    n = s['n']
    X = np.fft.rfft(x)
    out = []
    for (lo, hi), c in zip(bands(s, centres), centres):
        j = np.arange(lo, hi + 1)
        Y = np.zeros(n, complex)
        Y[lo:hi + 1] = X[lo:hi + 1] * np.where((j == 0) | (2 * j == n), 1.0, 2.0)
        a = np.fft.ifft(Y)
        out.append(a.real if c == 0 else np.abs(a))
    return out


def trend(s, y):
    """The line through the means of the first and last AC period (as eis.ftacv removes it)."""
    n = s['n']
    period = int(max(1, min(n // 4, round(1 / (s['f0'] * s['dt'])))))
    first, last = y[:period].mean(), y[n - period:].mean()
    t_first, t_last = (period - 1) / 2 * s['dt'], (n - period + (period - 1) / 2) * s['dt']
    b = (last - first) / (t_last - t_first)
    return first - b * t_first, b


def run(s):
    f = decimated if s['variant'] == 'decimated' else full_length
    a, b = trend(s, s['i'])
    t = np.arange(s['n']) * s['dt']
    current = f(s, s['i'] - (a + b * t), [0.0] + [k * s['f0'] for k in range(1, s['harmonics'] + 1)])
    dc = current[0]
    current[0] = dc + a + b * (np.arange(len(dc)) * s['n'] * s['dt'] / len(dc))
    ae, be = trend(s, s['e'])
    f(s, s['e'] - (ae + be * t), [0.0, s['f0']])
    return [np.median(current[1]), np.median(current[5]), np.median(current[0])]
