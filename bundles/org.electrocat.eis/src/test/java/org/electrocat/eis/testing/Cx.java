package org.electrocat.eis.testing;

/**
 * A plain immutable complex number for tests: an independent second implementation of the
 * arithmetic the circuit code does on primitive arrays, so element formulas are checked against
 * textbook expressions rather than against themselves.
 */
public record Cx(double re, double im) {

    public static Cx of(double re, double im) {
        return new Cx(re, im);
    }

    public static Cx real(double re) {
        return new Cx(re, 0);
    }

    public Cx plus(Cx o) {
        return new Cx(re + o.re, im + o.im);
    }

    public Cx minus(Cx o) {
        return new Cx(re - o.re, im - o.im);
    }

    public Cx times(Cx o) {
        return new Cx(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public Cx times(double k) {
        return new Cx(re * k, im * k);
    }

    public Cx div(Cx o) {
        double d = o.re * o.re + o.im * o.im;
        return new Cx((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    public Cx inv() {
        return real(1).div(this);
    }

    public Cx exp() {
        double m = Math.exp(re);
        return new Cx(m * Math.cos(im), m * Math.sin(im));
    }

    /** Principal power z^a = exp(a ln z). */
    public Cx pow(double a) {
        double r = Math.hypot(re, im);
        double t = Math.atan2(im, re);
        return new Cx(Math.log(r) * a, t * a).exp();
    }

    public Cx sqrt() {
        return pow(0.5);
    }

    /** tanh z = (1 − e^{−2z})/(1 + e^{−2z}). */
    public Cx tanh() {
        Cx e = times(-2).exp();
        return real(1).minus(e).div(real(1).plus(e));
    }

    public double abs() {
        return Math.hypot(re, im);
    }

    /** Parallel combination 1/(1/a + 1/b). */
    public static Cx parallel(Cx a, Cx b) {
        return a.inv().plus(b.inv()).inv();
    }
}
