"""Independent reference values for the XAS tests (numpy/scipy only; not run by the build).

Textbook methods, written without looking at the Java code:
  E0        argmax of numpy.gradient(mu, E) inside the central 90 % of the scan, refined by the
            vertex of the parabola through the derivative at the maximum and its two neighbours;
  edge step pre-edge line (numpy.polyfit, degree 1) over [e0+pre1, e0+pre2]; polynomial of degree
            nnorm over [e0+norm1, e0+norm2] fitted to mu - line; step = that polynomial at e0;
            defaults pre1 = 5*round((Emin-e0)/5), pre2 = pre1/2, norm2 = 5*round((Emax-e0)/5)
            (kept inside the data), norm1 = min(25, 5*round(norm2/15)), nnorm 2/1/0 for a range
            >= 300 / >= 30 / else (Larch's current rules);
  chi(k)    AUTOBK solved iteratively with scipy.optimize.least_squares (as Larch does, not by the
            linear QR solve of the Java code): cubic B-spline in k (scipy BSpline, clamped uniform
            knots, 1 + int(2 rbkg (kmax-kmin)/pi) coefficients), residual = Re/Im of the k-weighted
            Hanning-windowed transform at R < rbkg plus the high-k clamp;
  |chi(R)|  k^2-weighted, Hanning window (dk = 1) over [kmin, kmax], zero-padded numpy.fft of 2048
            points with dk/sqrt(pi) scaling; first peak = first local maximum above 20 % of the
            largest |chi(R)| for R in [1, 4] A, refined by a parabola.
Run: python3 xas_reference.py  (paths relative to the repository's ../shared/data).
"""
import gzip, re, sys, os
import numpy as np
from scipy.interpolate import BSpline, CubicSpline
from scipy.optimize import least_squares

ETOK = 2 * 9.1093837015e-31 * 1.602176634e-19 / 1.054571817e-34**2 * 1e-20
DATA = os.path.join(os.path.dirname(__file__), *(['..'] * 7), '..', 'shared', 'data')
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(DATA)


def read_xdi(name):
    cols, rows = [], []
    for line in open(os.path.join(DATA, 'xas', name)):
        if line.startswith('#'):
            m = re.match(r'#\s*Column\.(\d+):\s*(\S+)', line)
            if m:
                cols.append(m.group(2).lower())
            continue
        if line.strip():
            rows.append([float(v) for v in line.split()])
    a = np.array(rows)
    d = {c: a[:, i] for i, c in enumerate(cols)}
    mu = d['mutrans'] if 'mutrans' in d else np.log(d['i0'] / d['itrans'])
    return d['energy'], mu


def read_prj(name):
    text = gzip.open(os.path.join(DATA, 'xas', name), 'rt').read()
    out = []
    for rec in text.split('$old_group')[1:]:
        arr = lambda n: np.array([float(v.strip("'")) for v in re.search(r'@' + n + r' = \((.*?)\);', rec).group(1).split(',')])
        args = dict(re.findall(r"'(bkg_\w+)','([^']*)'", rec))
        shift = re.search(r"'bkg_eshift','?([-0-9.eE]+)", rec)
        # Athena works on x + bkg_eshift (Demeter's pre_edge template), bkg_e0 is on that scale
        out.append((arr('x') + (float(shift.group(1)) if shift else 0.0), arr('y'), args))
    return out


def find_e0(e, mu):
    d = np.gradient(mu, e)
    n = len(e); nmin = max(3, int(0.05 * n))
    i = nmin + int(np.argmax(d[nmin:n - nmin]))
    x, y = e[i - 1:i + 2], d[i - 1:i + 2]
    a, b, c = np.polyfit(x, y, 2)
    return float(np.clip(-b / (2 * a), x[0], x[2])) if a < 0 else float(e[i])


def pre_edge(e, mu, e0=None, pre1=None, pre2=None, norm1=None, norm2=None, nnorm=None):
    e0 = find_e0(e, mu) if e0 is None else e0
    if pre1 is None:
        pre1 = max(5 * round((e[0] - e0) / 5), e[0] - e0)
    if pre2 is None:
        pre2 = pre1 / 2
    if norm2 is None:
        norm2 = min(5 * round((e[-1] - e0) / 5), e[-1] - e0)
    if norm1 is None:
        norm1 = min(25, 5 * round(norm2 / 15))
    if nnorm is None:
        nnorm = 2 if norm2 - norm1 >= 300 else 1 if norm2 - norm1 >= 30 else 0
    p = (e >= e0 + pre1) & (e <= e0 + pre2)
    line = np.polyfit(e[p] - e0, mu[p], 1)
    pre = np.polyval(line, e - e0)
    q = (e >= e0 + norm1) & (e <= e0 + norm2)
    post = np.polyfit(e[q] - e0, (mu - pre)[q], nnorm)
    return e0, float(np.polyval(post, 0.0))


def hanning(x, xmin, xmax, dx):
    x1, x2, x3, x4 = xmin - dx / 2, xmin + dx / 2, xmax - dx / 2, xmax + dx / 2
    w = np.where((x >= x2) & (x <= x3), 1.0, 0.0)
    r = (x > x1) & (x < x2); w[r] = np.sin(np.pi / 2 * (x[r] - x1) / (x2 - x1))**2
    f = (x > x3) & (x < x4); w[f] = np.cos(np.pi / 2 * (x[f] - x3) / (x4 - x3))**2
    return w


def autobk(e, mu, e0, step, rbkg=1.0, kweight=1, dk=0.1, nfft=2048, kstep=0.05, nclamp=3, clamp_hi=1.0):
    above = e >= e0
    kraw = np.sqrt(ETOK * (e[above] - e0)); m = mu[above]
    kmax = kraw[-1]; kmin = 0.0
    k = kstep * np.arange(int(1.01 + kmax / kstep))
    muk = CubicSpline(kraw, m, bc_type='natural')(k)
    win = k**kweight * hanning(k, kmin, kmax, dk)
    rgrid = np.pi / (kstep * nfft)
    nspl = max(5, min(128, 1 + int(2 * rbkg * (kmax - kmin) / np.pi)))
    irbkg = int(1 + (nspl - 1) * np.pi / (2 * rgrid * (kmax - kmin)))
    a = kraw[np.argmin(abs(kraw - kmin))]
    t = np.concatenate([[a] * 4, np.linspace(a, kmax, nspl - 2)[1:-1], [kmax] * 4])

    def resid(c, scale):
        chi = muk - BSpline(t, c, 3, extrapolate=True)(k)
        ft = kstep / np.sqrt(np.pi) * np.fft.fft(chi * win, nfft)[:irbkg]
        out = np.concatenate([ft.real, ft.imag])
        return np.concatenate([out, clamp_hi * scale * chi[-nclamp:]])

    c0 = np.interp(np.linspace(a, kmax, nspl), k, muk)
    scale = 0.1
    for _ in range(3):
        c = least_squares(resid, c0, args=(scale,), xtol=1e-12, ftol=1e-12, gtol=1e-12).x
        r = resid(c, scale)[:2 * irbkg]
        scale = 0.1 + 10 * np.mean(r**2)
        c0 = c
    return k, (muk - BSpline(t, c, 3)(k)) / step


def first_peak(k, chi, kmin, kmax, kw=2, dk=1.0, nfft=2048, kstep=0.05):
    w = hanning(k, kmin, kmax, dk)
    ft = kstep / np.sqrt(np.pi) * np.fft.fft(chi * w * k**kw, nfft)[:nfft // 2]
    r = np.pi / (kstep * nfft) * np.arange(nfft // 2)
    mag = abs(ft)
    sel = (r >= 1) & (r <= 4)
    top = mag[sel].max()
    for i in np.where(sel)[0]:
        if mag[i] > mag[i - 1] and mag[i] >= mag[i + 1] and mag[i] >= 0.2 * top:
            y0, y1, y2 = mag[i - 1:i + 2]
            return r[i] + 0.5 * (y0 - y2) / (y0 - 2 * y1 + y2) * (r[1] - r[0])


if __name__ == '__main__':
    for name in ['cu_metal_rt.xdi', 'ni_metal_rt.xdi', 'co_metal_rt.xdi', 'pt_metal_rt.xdi']:
        e, mu = read_xdi(name)
        e0, step = pre_edge(e, mu)
        k, chi = autobk(e, mu, e0, step)
        kmax = min(k[-1] - 1, 14.0)
        print(f'{name}: e0 = {e0:.4f} eV, edge step = {step:.6f}, first R peak (k 3..{kmax:.2f}, kw 2) = '
              f'{first_peak(k, chi, 3.0, kmax):.4f} A')
    for x, y, args in read_prj('tipb.prj'):
        e0, step = pre_edge(x, y, e0=float(args['bkg_e0']), pre1=float(args['bkg_pre1']), pre2=float(args['bkg_pre2']),
                            norm1=float(args['bkg_nor1']), norm2=float(args['bkg_nor2']), nnorm=int(args['bkg_nnorm']) - 1)
        print(f"tipb {args['bkg_e0']}: derivative e0 = {find_e0(x, y):.4f}, step with Athena ranges = {step:.6f}"
              f" (Athena bkg_step {args['bkg_step']})")
