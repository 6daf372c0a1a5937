"""Benchmark (b): FTACV harmonics of a 2^22-point record with numpy.fft.

Writes a synthetic record (10 kHz sampling, 419 s: E = ramp 0 -> -1 V + 0.1 V sin(2 pi 10 Hz t), current
with harmonics 1..6 and noise) as little-endian float64 (E then I) for the Java benchmark
(org.electrocat.eis.bench.FtacvBench), then times two numpy implementations of the same analysis
(DC band and harmonics 1..6 of the current, DC and first harmonic of the potential, band width f/2,
rectangular band):
  * 'full-length': the usual way - rfft, then per band an n-point complex ifft of the doubled
                   positive-frequency band (the analytic signal at every sample), abs();
  * 'decimated'  : the algorithm of org.electrocat.eis.ftacv.HarmonicExtractor in numpy - rfft, then
                   per band an L-point ifft of the band times exp(2 pi i j0 s / L), abs().

usage: python3 ftacv_bench.py [file=/tmp/electrocat-eis-ftacv.bin] [log2n=22]
"""
import sys, time
import numpy as np

path = sys.argv[1] if len(sys.argv) > 1 else '/tmp/electrocat-eis-ftacv.bin'
n = 1 << (int(sys.argv[2]) if len(sys.argv) > 2 else 22)
dt = 1e-4
f0 = 10.0
harm = 6
amps = np.array([1e-4, 3e-5, 1e-5, 4e-6, 2e-6, 1e-6])
rng = np.random.default_rng(7)
t = np.arange(n) * dt
e = -t / (n * dt) + 0.1 * np.sin(2 * np.pi * f0 * t)
i = 2e-4 * (-t / (n * dt)) + sum(a * np.cos(2 * np.pi * (k + 1) * f0 * t + 0.3 * k) for k, a in enumerate(amps))
i = i + 1e-7 * rng.standard_normal(n)
np.concatenate([e, i]).astype('<f8').tofile(path)

half = f0 / 4            # band width f/2
df = 1 / (n * dt)

def bands(x, centres):
    return [(max(0, int(np.ceil((c - half) / df))), int(np.floor((c + half) / df))) for c in centres]

def full_length(x, centres):
    X = np.fft.rfft(x)
    out = []
    for (lo, hi), c in zip(bands(x, centres), centres):
        Y = np.zeros(n, complex)
        Y[lo:hi + 1] = X[lo:hi + 1] * (1.0 if c == 0 else 2.0)
        a = np.fft.ifft(Y)
        out.append(a.real if c == 0 else np.abs(a))
    return out

def decimated(x, centres, points=4096):
    X = np.fft.rfft(x)
    out = []
    for (lo, hi), c in zip(bands(x, centres), centres):
        width = hi - lo + 1
        L = max(points, 1 << int(np.ceil(np.log2(2 * width))))
        Y = np.zeros(L, complex)
        g = np.full(width, 2.0 / n)
        if lo == 0:
            g[0] = 1.0 / n
        Y[:width] = X[lo:hi + 1] * g
        a = np.fft.ifft(Y) * L * np.exp(2j * np.pi * ((lo * np.arange(L)) % L) / L)
        out.append(a.real if c == 0 else np.abs(a))
    return out

centres_i = [0] + [k * f0 for k in range(1, harm + 1)]
centres_e = [0, f0]
for name, fn in [('full-length', full_length), ('decimated', decimated)]:
    best = 1e9
    cpu = 1e9
    for r in range(3):
        t0 = time.perf_counter()
        c0 = time.process_time()
        ri = fn(i, centres_i)
        re_ = fn(e, centres_e)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    mid = len(ri[5]) // 2
    print(f'numpy {name:11s}: best of 3 wall {best:.3f} s, cpu {cpu:.3f} s; harmonic 5 envelope at mid-record {ri[5][mid]:.4e} A'
          f' (true {amps[4]:.1e})')
    print(f'NUMPY_CPU {name}={cpu:.6f}')
