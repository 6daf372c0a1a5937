"""Benchmark (a): fit R0-p(R1,CPE1) to 1000 spectra x 60 frequencies with scipy.optimize.least_squares.

Writes the spectra and the common initial guesses to a little-endian binary file that the Java
benchmark (org.electrocat.eis.bench.FitBench) reads, so both fit exactly the same data from the
same starting points, then times scipy on them:
  * 'numeric jac' : least_squares(TRF, bounds, 2-point finite differences) - what impedance.py's
                    curve_fit does;
  * 'analytic jac': the same with an analytic Jacobian (vectorised numpy).
Residuals are stacked [Re, Im] divided by |Z| (modulus weighting); bounds [0, inf), alpha <= 1;
ftol = xtol = gtol = 1e-10 (the Java fitter's stopping tolerances). Times are wall and process CPU
time (the ratio uses CPU time: the benchmark machine is shared).

usage: python3 fit_bench.py [file=/tmp/electrocat-eis-fitbench.bin] [spectra=1000]
"""
import sys, time
import numpy as np
from scipy.optimize import least_squares

path = sys.argv[1] if len(sys.argv) > 1 else '/tmp/electrocat-eis-fitbench.bin'
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
n = 60
rng = np.random.default_rng(2024)
f = 1e5 * (1e-2 / 1e5) ** (np.arange(n) / (n - 1))
w = 2 * np.pi * f

def model(p):
    r0, r1, q, a = p
    return r0 + 1 / (1 / r1 + q * (1j * w) ** a)

truth = np.column_stack([rng.uniform(5, 50, count), 10 ** rng.uniform(np.log10(50), np.log10(5000), count),
                         10 ** rng.uniform(-6, -4, count), rng.uniform(0.75, 0.98, count)])
start = truth * np.column_stack([rng.uniform(0.5, 2, (count, 3)), np.ones(count)])
start[:, 3] = 0.85
data = []
for p in truth:
    z = model(p)
    m = np.abs(z)
    data.append(z + 0.005 * m * (rng.standard_normal(n) + 1j * rng.standard_normal(n)))
with open(path, 'wb') as out:
    np.array([count, n], '<i4').tofile(out)
    f.astype('<f8').tofile(out)
    for z, p0, pt in zip(data, start, truth):
        np.concatenate([z.real, z.imag, p0, pt]).astype('<f8').tofile(out)

lo = [0, 0, 0, 0]
hi = [np.inf, np.inf, np.inf, 1]

def fit_all(analytic):
    results = []
    t0 = time.perf_counter()
    c0 = time.process_time()
    for z, p0 in zip(data, start):
        s = np.abs(z)
        def res(p):
            d = model(p) - z
            return np.concatenate([d.real / s, d.imag / s])
        def jac(p):
            r0, r1, q, a = p
            jw = (1j * w) ** a
            y = 1 / r1 + q * jw
            zp = 1 / y
            dz = np.column_stack([np.ones(n), zp ** 2 / r1 ** 2, -zp ** 2 * jw, -zp ** 2 * q * jw * np.log(1j * w)])
            return np.vstack([dz.real / s[:, None], dz.imag / s[:, None]])
        r = least_squares(res, p0, jac=jac if analytic else '2-point', bounds=(lo, hi), method='trf',
                          ftol=1e-10, xtol=1e-10, gtol=1e-10)
        results.append(r.x)
    return time.perf_counter() - t0, time.process_time() - c0, np.array(results)

t_num, c_num, x_num = fit_all(False)
t_ana, c_ana, x_ana = fit_all(True)
err = np.median(np.abs(x_ana / truth - 1), axis=0)
np.save(path + '.scipy.npy', x_ana)
print(f'scipy {count} fits, numeric jac : wall {t_num:.3f} s, cpu {c_num:.3f} s ({1e3 * c_num / count:.3f} ms/fit)')
print(f'scipy {count} fits, analytic jac: wall {t_ana:.3f} s, cpu {c_ana:.3f} s ({1e3 * c_ana / count:.3f} ms/fit)')
print('scipy median |p/p_true - 1|:', ' '.join(f'{e:.2e}' for e in err))
print(f'SCIPY_CPU numeric={c_num:.6f} analytic={c_ana:.6f}')
