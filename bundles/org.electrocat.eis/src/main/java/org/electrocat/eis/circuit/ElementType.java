package org.electrocat.eis.circuit;

import java.util.List;

/**
 * The circuit elements of the impedance.py notation (ECSHackWeek/impedance.py; M. D. Murbach et
 * al., J. Open Source Softw. 5 (2020) 2349), with their complex impedance Z(ω) and its analytic
 * partial derivatives ∂Z/∂p, written for primitive arrays (no complex objects in the hot loop).
 * ω = 2πf in rad/s; every impedance in Ω.
 *
 * <ul>
 * <li>{@code R} resistor, Z = R (R in Ω).</li>
 * <li>{@code C} capacitor, Z = 1/(jωC) (C in F).</li>
 * <li>{@code L} inductor, Z = jωL (L in H).</li>
 * <li>{@code CPE} constant-phase element, Z = 1/(Q (jω)^α) (Q in Ω⁻¹ s^α, α in [0, 1]).</li>
 * <li>{@code W} semi-infinite Warburg, Z = A_W (1 − j)/√ω (A_W in Ω s^−½).</li>
 * <li>{@code Wo} finite-space (open, reflective) Warburg, Z = Z0 coth(√(jωτ))/√(jωτ) (Z0 in Ω, τ in s).</li>
 * <li>{@code Ws} finite-length (short, transmissive) Warburg, Z = Z0 tanh(√(jωτ))/√(jωτ).</li>
 * <li>{@code K} Voigt RC element as R and τ, Z = R/(1 + jωτ) (used by Lin-KK).</li>
 * </ul>
 * The hyperbolic functions of s = √(ωτ)·e^{jπ/4} are evaluated in a form that neither overflows for
 * large ωτ nor loses the small-argument limit.
 */
public enum ElementType {
    /** Resistor. */
    R("R", List.of(""), List.of("Ohm"), new double[] {0}, new double[] {Double.POSITIVE_INFINITY}),
    /** Capacitor. */
    C("C", List.of(""), List.of("F"), new double[] {0}, new double[] {Double.POSITIVE_INFINITY}),
    /** Inductor. */
    L("L", List.of(""), List.of("H"), new double[] {0}, new double[] {Double.POSITIVE_INFINITY}),
    /** Constant-phase element (Q, α). */
    CPE("CPE", List.of("Q", "alpha"), List.of("Ohm^-1 s^a", "1"), new double[] {0, 0}, new double[] {
        Double.POSITIVE_INFINITY, 1}),
    /** Semi-infinite Warburg element (A_W). */
    W("W", List.of(""), List.of("Ohm s^-1/2"), new double[] {0}, new double[] {Double.POSITIVE_INFINITY}),
    /** Finite-space (open) Warburg element (Z0, τ). */
    WO("Wo", List.of("Z0", "tau"), List.of("Ohm", "s"), new double[] {0, 0}, new double[] {
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}),
    /** Finite-length (short) Warburg element (Z0, τ). */
    WS("Ws", List.of("Z0", "tau"), List.of("Ohm", "s"), new double[] {0, 0}, new double[] {
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}),
    /** Voigt RC element (R, τ). */
    K("K", List.of("R", "tau"), List.of("Ohm", "s"), new double[] {0, 0}, new double[] {
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});

    private static final double HALF_PI = Math.PI / 2;
    private static final double SQRT_HALF = Math.sqrt(0.5);

    private final String symbol;
    private final List<String> roles;
    private final List<String> units;
    private final double[] lower;
    private final double[] upper;

    ElementType(String symbol, List<String> roles, List<String> units, double[] lower, double[] upper) {
        this.symbol = symbol;
        this.roles = roles;
        this.units = units;
        this.lower = lower;
        this.upper = upper;
    }

    /** The prefix used in circuit strings, e.g. {@code CPE}, {@code Wo}. */
    public String symbol() {
        return symbol;
    }

    /** Number of parameters. */
    public int parameterCount() {
        return roles.size();
    }

    /** What parameter k is ({@code Q}, {@code alpha}, {@code Z0}, {@code tau}; empty for one-parameter elements). */
    public String role(int k) {
        return roles.get(k);
    }

    /** Unit symbol of parameter k as text (the CPE's Ω⁻¹ s^α has no fixed dimension). */
    public String unit(int k) {
        return units.get(k);
    }

    /** Default lower bound of parameter k (impedance.py: 0, and α ≥ 0). */
    public double defaultLower(int k) {
        return lower[k];
    }

    /** Default upper bound of parameter k (impedance.py: ∞, and α ≤ 1). */
    public double defaultUpper(int k) {
        return upper[k];
    }

    /** The element type written as {@code symbol}, or {@code null}. */
    public static ElementType bySymbol(String symbol) {
        for (ElementType t : values()) {
            if (t.symbol.equals(symbol)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Evaluates the element at one angular frequency.
     *
     * @param w    ω in rad/s, &gt; 0
     * @param lnW  ln ω (precomputed, used by the CPE)
     * @param p    all circuit parameters
     * @param off  index of this element's first parameter in {@code p}
     * @param ws   workspace: receives Re Z in ws.z[0], Im Z in ws.z[1]; holds the node's cached constants
     * @param node index of the element's node (for the cache)
     * @param gRe  receives Re ∂Z/∂p at indices off..off+count−1 (may be {@code null} to skip derivatives)
     * @param gIm  receives Im ∂Z/∂p likewise
     */
    void evaluate(double w, double lnW, double[] p, int off, Circuit.Workspace ws, int node, double[] gRe,
            double[] gIm) {
        double[] z = ws.z;
        switch (this) {
            case R -> {
                z[0] = p[off];
                z[1] = 0;
                if (gRe != null) {
                    gRe[off] = 1;
                    gIm[off] = 0;
                }
            }
            case C -> {
                double c = p[off];
                z[0] = 0;
                z[1] = -1 / (w * c);
                if (gRe != null) {
                    gRe[off] = 0;
                    gIm[off] = 1 / (w * c * c);
                }
            }
            case L -> {
                z[0] = 0;
                z[1] = w * p[off];
                if (gRe != null) {
                    gRe[off] = 0;
                    gIm[off] = w;
                }
            }
            case CPE -> {
                double alpha = p[off + 1];
                // cos and sin of απ/2 change only with α, not with frequency
                if (ws.key[node] != alpha) {
                    ws.key[node] = alpha;
                    ws.c1[node] = Math.cos(alpha * HALF_PI);
                    ws.c2[node] = Math.sin(alpha * HALF_PI);
                }
                constantPhase(lnW, p[off], alpha, ws.c1[node], ws.c2[node], off, z, gRe, gIm);
            }
            case W -> {
                double k = 1 / Math.sqrt(w);
                z[0] = p[off] * k;
                z[1] = -p[off] * k;
                if (gRe != null) {
                    gRe[off] = k;
                    gIm[off] = -k;
                }
            }
            case WO -> warburgFinite(w, p[off], p[off + 1], true, off, z, gRe, gIm);
            case WS -> warburgFinite(w, p[off], p[off + 1], false, off, z, gRe, gIm);
            case K -> voigt(w, p[off], p[off + 1], off, z, gRe, gIm);
            default -> throw new IllegalStateException("no impedance for " + this);
        }
    }

    /** Z = ω^−α/Q · e^{−jαπ/2}; ∂Z/∂Q = −Z/Q, ∂Z/∂α = −Z (ln ω + jπ/2). */
    private static void constantPhase(double lnW, double q, double alpha, double cos, double sin, int off, double[] z,
            double[] gRe, double[] gIm) {
        double magnitude = Math.exp(-alpha * lnW) / q;
        double zr = magnitude * cos;
        double zi = -magnitude * sin;
        z[0] = zr;
        z[1] = zi;
        if (gRe != null) {
            gRe[off] = -zr / q;
            gIm[off] = -zi / q;
            gRe[off + 1] = -(zr * lnW - zi * HALF_PI);
            gIm[off + 1] = -(zi * lnW + zr * HALF_PI);
        }
    }

    /** Z = R/(1 + jωτ); ∂Z/∂R = 1/(1 + jωτ), ∂Z/∂τ = −jωR/(1 + jωτ)². */
    private static void voigt(double w, double r, double tau, int off, double[] z, double[] gRe, double[] gIm) {
        double x = w * tau;
        double d = 1 / (1 + x * x);
        double ur = d;
        double ui = -x * d;
        z[0] = r * ur;
        z[1] = r * ui;
        if (gRe != null) {
            gRe[off] = ur;
            gIm[off] = ui;
            // u² = (ur² − ui²) + 2j ur ui; −jωR u² = ωR (2 ur ui) − jωR (ur² − ui²)
            gRe[off + 1] = w * r * 2 * ur * ui;
            gIm[off + 1] = -w * r * (ur * ur - ui * ui);
        }
    }

    /**
     * Finite Warburg elements with s = √(jωτ) = u(1 + j), u = √(ωτ/2). With T = tanh s (or its
     * reciprocal coth s for the open element, here H): Z = Z0·H/s and ∂Z/∂τ = Z0((1 − H²)s − H)/(2sτ),
     * from d/ds(H/s) = ((1 − H²)s − H)/s² and ds/dτ = s/(2τ).
     */
    private static void warburgFinite(double w, double z0, double tau, boolean open, int off, double[] z,
            double[] gRe, double[] gIm) {
        double u = Math.sqrt(w * tau) * SQRT_HALF;
        double sr = u;
        double si = u;
        // tanh(u + ju) = (sinh 2u + j sin 2u)/(cosh 2u + cos 2u), rewritten with e^{−2u} so it never overflows
        double e2 = Math.exp(-2 * u);
        double den = 1 + e2 * e2 + 2 * Math.cos(2 * u) * e2;
        double tr = -Math.expm1(-4 * u) / den;
        double ti = 2 * Math.sin(2 * u) * e2 / den;
        double hr = tr;
        double hi = ti;
        if (open) {
            double m2 = tr * tr + ti * ti;
            hr = tr / m2;
            hi = -ti / m2;
        }
        // H/s
        double s2 = sr * sr + si * si;
        double qr = (hr * sr + hi * si) / s2;
        double qi = (hi * sr - hr * si) / s2;
        z[0] = z0 * qr;
        z[1] = z0 * qi;
        if (gRe != null) {
            gRe[off] = qr;
            gIm[off] = qi;
            // (1 − H²)s − H
            double ar = 1 - (hr * hr - hi * hi);
            double ai = -2 * hr * hi;
            double nr = ar * sr - ai * si - hr;
            double ni = ar * si + ai * sr - hi;
            // divide by 2 s τ
            double dr = 2 * tau * sr;
            double di = 2 * tau * si;
            double dd = dr * dr + di * di;
            gRe[off + 1] = z0 * (nr * dr + ni * di) / dd;
            gIm[off + 1] = z0 * (ni * dr - nr * di) / dd;
        }
    }
}
