package org.electrocat.vibspec.process;

/** Small operations on primitive arrays that the processing steps share; each returns a new array. */
public final class Arrays1 {

    private Arrays1() {
    }

    /** The values in reverse order (to work on a decreasing axis as an increasing one). */
    public static double[] reverse(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    /** The values negated (to treat bands pointing down as bands pointing up). */
    public static double[] negate(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = -a[i];
        }
        return r;
    }
}
