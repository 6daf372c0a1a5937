"""W5 reference: XPS Pd 3d fits with numpy and scipy.optimize.least_squares.

Input: xps-MxN.f64 (N binding energies, then M spectra). Per spectrum, as ElectroCat's xps.fit
does by default: iterative Shirley background (Proctor & Sherwood, Anal. Chem. 54 (1982) 13; end
intensities averaged over 3 points, tol 1e-7 of the step, at most 200 iterations); then two Pd 3d
doublets of GL(30) product lines (3d3/2 at +5.26 eV with 2/3 of the height, same width), free
position (start 335.1 / 336.9 eV, within +-1 eV), height (start: the net intensity at the nearest
point, at least 5 % of the maximum, >= 0) and width (start 1.5 eV, 0.05..20 eV), fitted by
least_squares (trf, bounds, 2-point Jacobian, ftol = xtol = gtol = 1e-8, max_nfev 400 x 7);
covariance (J'J)^-1 * chi2/(m - p); the areas of all four lines by the midpoint rule on x - x0 = (w/2) tan(theta)
(4000 nodes) and their standard errors from the central-difference gradient and the covariance.
Checks: medians of the metallic 3d5/2 position, FWHM, area and area SE.
"""
import os

import numpy as np
from scipy.optimize import least_squares

SPLIT = 5.26
RATIO = 2.0 / 3.0
STARTS = (335.1, 336.9)
LN2X4 = 4 * np.log(2)
MIX = 0.3


def gl(x, x0, w):
    u = (x - x0) / w
    return np.exp(-LN2X4 * (1 - MIX) * u * u) / (1 + 4 * MIX * u * u)


def shirley(be, y, end_points=3, tol=1e-7, max_iter=200):
    n = len(y)
    m = max(1, min(end_points, n // 3))
    lo, hi = y[:m].mean(), y[::-1][:m].mean()  # be ascending
    step = hi - lo
    b = np.full(n, lo)
    for _ in range(max_iter):
        d = y - b
        cum = np.concatenate(([0.0], np.cumsum(0.5 * (d[1:] + d[:-1]) * np.diff(be))))
        nb = lo + step * cum / cum[-1]
        change = np.abs(nb - b).max()
        b = nb
        if change <= tol * max(abs(step), 1e-300):
            break
    return b


def model(p, x):
    out = np.zeros_like(x)
    for k in range(2):
        pos, h, w = p[3 * k:3 * k + 3]
        out += h * (gl(x, pos, w) + RATIO * gl(x, pos + SPLIT, w))
    return out


THETA = -np.pi / 2 + (np.arange(4000) + 0.5) * (np.pi / 4000)
TAN = np.tan(THETA)
SEC2 = 1 / np.cos(THETA) ** 2


def area(p, line):
    """Area of line 0..3 (3d5/2, 3d3/2 of each doublet): height x unit-height profile area."""
    k, minor = divmod(line, 2)
    pos, h, w = p[3 * k:3 * k + 3]
    if minor:
        pos, h = pos + SPLIT, h * RATIO
    return h * np.sum(gl(pos + 0.5 * w * TAN, pos, w) * 0.5 * w * SEC2) * (np.pi / 4000)


def fit(be, y):
    net = y - shirley(be, y)
    lo, hi = be[0], be[-1]
    x0, lb, ub = [], [], []
    for c in STARTS:
        h0 = max(net[np.argmin(np.abs(be - c))], 0.05 * net.max())
        x0 += [c, h0, 1.5]
        lb += [max(lo, c - 1.0), 0, 0.05]
        ub += [min(hi, c + 1.0), np.inf, 20]
    x0 = np.clip(x0, lb, ub)
    r = least_squares(lambda p: model(p, be) - net, x0, bounds=(lb, ub), method='trf', jac='2-point',
                      ftol=1e-8, xtol=1e-8, gtol=1e-8, max_nfev=400 * 7)
    J = r.jac
    dof = len(net) - len(r.x)
    cov = np.linalg.inv(J.T @ J) * (2 * r.cost / dof)
    areas, errors = [], []
    for line in range(4):
        g = np.zeros(len(r.x))
        for j in range(len(r.x)):
            step = 1e-6 * max(abs(r.x[j]), 1e-3)
            a, b = r.x.copy(), r.x.copy()
            a[j] += step
            b[j] -= step
            g[j] = (area(a, line) - area(b, line)) / (2 * step)
        areas.append(area(r.x, line))
        errors.append(np.sqrt(max(g @ cov @ g, 0)))
    return [r.x[0], r.x[2], areas[0], errors[0]]


def prepare(d, p):
    m, n = int(p['spectra']), int(p['points'])
    x = np.fromfile(os.path.join(d, f'xps-{m}x{n}.f64'), dtype='<f8')
    return {'be': x[:n], 'y': x[n:].reshape(m, n)}


def run(s):
    found = np.array([fit(s['be'], y) for y in s['y']])
    return list(np.median(found, axis=0))
