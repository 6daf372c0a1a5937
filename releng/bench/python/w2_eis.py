"""W2 reference: complex nonlinear least squares fits of R0-p(R1,CPE1) with
scipy.optimize.least_squares, as impedance.py sets them up (its CustomCircuit.fit calls curve_fit,
i.e. least_squares 'trf' with bounds, for weight_by_modulus=True).

Input: eis-MxN.f64 (N frequencies in Hz, then per spectrum Re Z, Im Z, start (R0, R1, Q, alpha) and
the true parameters). Residuals [Re, Im] of Z_fit - Z divided by |Z| (modulus weighting); bounds
>= 0 and alpha <= 1; ftol = xtol = gtol = 1e-10 (ElectroCat's CircuitFitter stops there too).
Variants: 'analytic' - vectorised analytic Jacobian; '2-point' - finite differences (curve_fit's
default, what impedance.py users get). Checks: medians of the fitted R0, R1, Q, alpha.
"""
import os

import numpy as np
from scipy.optimize import least_squares


def prepare(d, p):
    m, n = int(p['spectra']), int(p['freqs'])
    x = np.fromfile(os.path.join(d, f'eis-{m}x{n}.f64'), dtype='<f8')
    rows = x[n:].reshape(m, 2 * n + 8)
    return {'w': 2 * np.pi * x[:n], 'z': rows[:, :n] + 1j * rows[:, n:2 * n], 'start': rows[:, 2 * n:2 * n + 4],
            'jac': p['variant']}


def fit(w, z, p0, analytic):
    s = np.abs(z)
    jw = 1j * w
    lnjw = np.log(jw)

    def model(p):
        r0, r1, q, a = p
        return r0 + 1 / (1 / r1 + q * jw ** a)

    def residuals(p):
        d = (model(p) - z) / s
        return np.concatenate([d.real, d.imag])

    def jacobian(p):
        r0, r1, q, a = p
        jwa = jw ** a
        zp = 1 / (1 / r1 + q * jwa)
        dz = np.column_stack([np.ones_like(w), zp ** 2 / r1 ** 2, -zp ** 2 * jwa, -zp ** 2 * q * jwa * lnjw])
        dz /= s[:, None]
        return np.vstack([dz.real, dz.imag])

    r = least_squares(residuals, p0, jac=jacobian if analytic else '2-point', bounds=([0, 0, 0, 0],
                      [np.inf, np.inf, np.inf, 1]), method='trf', ftol=1e-10, xtol=1e-10, gtol=1e-10)
    return r.x


def run(s):
    analytic = s['jac'] == 'analytic'
    x = np.array([fit(s['w'], z, p0, analytic) for z, p0 in zip(s['z'], s['start'])])
    return list(np.median(x, axis=0))
