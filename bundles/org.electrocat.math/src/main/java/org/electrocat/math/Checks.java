package org.electrocat.math;

/**
 * Argument validation shared by the numerics: every failure is an {@link IllegalArgumentException}
 * whose message names the offending argument (and index), so a plugin passing a bad column learns
 * which one and where instead of meeting a NaN result or an index exception deep inside a loop.
 */
public final class Checks {

    private Checks() {
    }

    /** Requires a non-null array; returns it. */
    public static double[] notNull(double[] a, String name) {
        if (a == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return a;
    }

    /** Requires a non-null array of only finite values (no NaN, no infinity); returns it. */
    public static double[] finite(double[] a, String name) {
        notNull(a, name);
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + a[i] + "; finite values required");
            }
        }
        return a;
    }

    /** Requires a finite scalar; returns it. */
    public static double finite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " is " + v + "; a finite value is required");
        }
        return v;
    }

    /** Requires a finite, strictly positive scalar; returns it. */
    public static double positive(double v, String name) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " is " + v + "; a finite value > 0 is required");
        }
        return v;
    }

    /** Requires {@code a.length >= min}; returns the array. */
    public static double[] minLength(double[] a, int min, String name) {
        notNull(a, name);
        if (a.length < min) {
            throw new IllegalArgumentException(name + " has " + a.length + " points; at least " + min + " required");
        }
        return a;
    }

    /** Requires two arrays of equal length. */
    public static void sameLength(double[] a, String nameA, double[] b, String nameB) {
        notNull(a, nameA);
        notNull(b, nameB);
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " has " + a.length + " points but " + nameB + " has "
                    + b.length + "; equal lengths required");
        }
    }

    /** Requires finite values that strictly increase ({@code a[i] < a[i+1]}); returns the array. */
    public static double[] strictlyIncreasing(double[] a, String name) {
        finite(a, name);
        for (int i = 1; i < a.length; i++) {
            if (!(a[i] > a[i - 1])) {
                throw new IllegalArgumentException(name + " must strictly increase but " + name + "[" + (i - 1)
                        + "] = " + a[i - 1] + " >= " + name + "[" + i + "] = " + a[i]);
            }
        }
        return a;
    }
}
