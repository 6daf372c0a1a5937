"""Reference values for BaselineTest: the same algorithms written independently with numpy/scipy.

Run: python3 baseline_reference.py  (numpy, scipy). The Java tests paste the printed numbers; they
never call Python. The test signal is defined identically in BaselineTest.signal().
"""
import numpy as np
from scipy.linalg import solveh_banded
from scipy.spatial import ConvexHull

i = np.arange(501)
x = 200.0 + 2.0 * i
true_base = 100 + 0.05 * (x - 200) + 3e-5 * (x - 700) ** 2 + 40 * np.exp(-(x - 200) / 400)


def lorentz(x, c, area, fwhm):
    g = fwhm / 2
    return area / np.pi * g / ((x - c) ** 2 + g ** 2)


peaks = lorentz(x, 400, 2000, 10) + lorentz(x, 715, 1500, 14) + lorentz(x, 1000, 3000, 8) + lorentz(x, 1045, 1000, 12)
noise = 0.5 * np.sin(12.9898 * i) + 0.3 * np.cos(78.233 * i)
y = true_base + peaks + noise


def penalty_banded(n, lam, d=2):
    D = np.diff(np.eye(n), d, axis=0)
    P = lam * D.T @ D
    ab = np.zeros((d + 1, n))  # lower form for solveh_banded
    for k in range(d + 1):
        ab[k, : n - k] = np.diagonal(P, -k)
    return ab


def whittaker(y, w, ab):
    a = ab.copy()
    a[0] += w
    return solveh_banded(a, w * y, lower=True)


def asls(y, lam=1e6, p=1e-2, max_iter=50, tol=1e-3):
    ab = penalty_banded(len(y), lam)
    w = np.ones_like(y)
    hist = []
    for it in range(max_iter + 1):
        z = whittaker(y, w, ab)
        wn = np.where(y > z, p, 1 - p)
        hist.append(np.linalg.norm(wn - w) / np.linalg.norm(w))
        if hist[-1] < tol:
            break
        w = wn
    return z, len(hist)


def arpls(y, lam=1e5, max_iter=50, tol=1e-3):
    ab = penalty_banded(len(y), lam)
    w = np.ones_like(y)
    hist = []
    for it in range(max_iter + 1):
        z = whittaker(y, w, ab)
        r = y - z
        neg = r[r < 0]
        if neg.size < 2:
            break
        s = np.std(neg, ddof=1)
        wn = 1 / (1 + np.exp(2 * (r - (2 * s - neg.mean())) / s))
        hist.append(np.linalg.norm(wn - w) / np.linalg.norm(w))
        if hist[-1] < tol:
            break
        w = wn
    return z, len(hist)


def snip(y, m, filter_order=2, decreasing=False):
    n = len(y)
    w = max(2, min(n, m))
    def line(seg):
        t = np.arange(len(seg))
        slope, icpt = np.polyfit(t, seg, 1)
        return icpt, slope
    l0, l1 = line(y[:w])
    r0, r1 = line(y[n - w:])
    v = np.concatenate([l0 + l1 * -np.arange(m, 0, -1), y, r0 + r1 * (w - 1 + np.arange(1, m + 1))])
    order = range(m, 0, -1) if decreasing else range(1, m + 1)
    L = len(v)
    for p in order:
        f = (v[: L - 2 * p] + v[2 * p:]) / 2
        if filter_order >= 4:
            h = p // 2
            f = np.maximum(f, (-(v[: L - 2 * p] + v[2 * p:]) + 4 * (v[p - h: L - p - h] + v[p + h: L - p + h])) / 6)
        v[p: L - p] = np.minimum(v[p: L - p], f)
    return v[m: m + n]


def rubberband(x, y):
    hull = ConvexHull(np.column_stack([x, y])).vertices
    lo, hi = hull.argmin(), hull.argmax() + 1
    verts = np.concatenate([hull[lo:], hull[:hi]]) if hi < lo else hull[lo:hi]
    mask = np.zeros(len(y), bool)
    mask[np.unique(verts)] = True
    return np.interp(x, x[mask], y[mask]), mask


def poly(x, y, order, w):
    u = (x - (x.max() + x.min()) / 2) / ((x.max() - x.min()) / 2)
    V = np.vander(u, order + 1, increasing=True)
    s = np.sqrt(w)
    c = np.linalg.lstsq(V * s[:, None], y * s, rcond=None)[0]
    return V @ c


idx = [0, 100, 250, 400, 500]
np.set_printoptions(precision=17)
za, na = asls(y)
print("asls", na, repr(za[idx]), repr(za.sum()))
zr, nr = arpls(y)
print("arpls", nr, repr(zr[idx]), repr(zr.sum()))
zs = snip(y, 20)
print("snip2", repr(zs[idx]), repr(zs.sum()))
zs4 = snip(y, 20, 4, True)
print("snip4dec", repr(zs4[idx]), repr(zs4.sum()))
zb, mask = rubberband(x, y)
print("rubberband", int(mask.sum()), repr(zb[idx]), repr(zb.sum()))
w = np.ones_like(y)
for c, hw in [(400, 40), (715, 50), (1000, 80)]:
    w[np.abs(x - c) < hw] = 0
zp = poly(x, y, 3, w)
print("poly3", repr(zp[idx]), repr(zp.sum()))
