package org.electrocat.eis.circuit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An equivalent circuit written in impedance.py's notation (ECSHackWeek/impedance.py), e.g.
 * {@code R0-p(R1,CPE1)-W1}: {@code -} joins branches in series, {@code p(A,B,...)} puts them in
 * parallel, groups nest. Parameters are ordered as they appear in the string and named like
 * impedance.py: {@code R0} for a one-parameter element, {@code CPE1_0}, {@code CPE1_1} for the
 * parameters of a multi-parameter element (see {@link ElementType} for the elements and units).
 *
 * <p>Evaluation: the tree is flattened into post-order so one loop per frequency computes every
 * node's impedance, series as a sum, parallel as the reciprocal of the summed admittances. The
 * analytic gradient ∂Z/∂p comes in the same pass: an element's derivatives are its own, a series
 * node passes them on unchanged, and a parallel node scales every derivative of child i by
 * (Z/Z_i)² (from ∂(1/ΣY)/∂Y_i). A subtree's parameters are contiguous in the string order, so the
 * scaling touches only that child's index range. Cost O(nodes + p·depth) per frequency; nothing is
 * allocated per evaluation except by {@link #newWorkspace()}.
 *
 * <p>Immutable and thread-safe; a {@link Workspace} is per thread.
 */
public final class Circuit {

    /** Node kinds of the circuit tree. */
    enum NodeKind {
        ELEMENT, SERIES, PARALLEL
    }

    private static final int OP_ELEMENT = 0;
    private static final int OP_SERIES = 1;
    private static final int OP_PARALLEL = 2;

    /** One circuit element: its name in the string, type and first parameter index. */
    public record Element(String name, ElementType type, int firstParameter, int position) {
    }

    private final String text;
    private final List<Element> elements;
    private final List<String> parameterNames;
    // flattened post-order tree
    // node operation as a small int, so the evaluation loop needs no enum switch table
    private final int[] op;
    private final ElementType[] type;
    private final int[] paramStart;
    private final int[] paramEnd;
    private final int[][] children;

    private Circuit(String text, CircuitParser.Parsed root) {
        this.text = text;
        List<Element> els = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<CircuitParser.Parsed> order = new ArrayList<>();
        postOrder(root, order);
        int n = order.size();
        type = new ElementType[n];
        paramStart = new int[n];
        paramEnd = new int[n];
        children = new int[n][];
        op = new int[n];
        // parameters are numbered by a pre-order walk (string order); post-order indices follow
        numberParameters(root, els, names);
        java.util.IdentityHashMap<CircuitParser.Parsed, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            CircuitParser.Parsed node = order.get(i);
            index.put(node, i);
            op[i] = node.kind() == NodeKind.ELEMENT ? OP_ELEMENT : node.kind() == NodeKind.SERIES ? OP_SERIES : OP_PARALLEL;
            if (node.kind() == NodeKind.ELEMENT) {
                Element e = find(els, node.name());
                type[i] = node.type();
                paramStart[i] = e.firstParameter();
                paramEnd[i] = e.firstParameter() + e.type().parameterCount();
                children[i] = new int[0];
            } else {
                int[] c = new int[node.children().size()];
                for (int k = 0; k < c.length; k++) {
                    c[k] = index.get(node.children().get(k));
                }
                children[i] = c;
                paramStart[i] = paramStart[c[0]];
                paramEnd[i] = paramEnd[c[c.length - 1]];
            }
        }
        this.elements = Collections.unmodifiableList(els);
        this.parameterNames = Collections.unmodifiableList(names);
    }

    /**
     * Parses a circuit string.
     *
     * @throws CircuitSyntaxException with the position of the first error
     */
    public static Circuit parse(String circuit) {
        return new Circuit(circuit.trim(), CircuitParser.parse(circuit));
    }

    private static void postOrder(CircuitParser.Parsed node, List<CircuitParser.Parsed> out) {
        for (CircuitParser.Parsed c : node.children()) {
            postOrder(c, out);
        }
        out.add(node);
    }

    private static void numberParameters(CircuitParser.Parsed node, List<Element> els, List<String> names) {
        if (node.kind() == NodeKind.ELEMENT) {
            ElementType t = node.type();
            els.add(new Element(node.name(), t, names.size(), node.position()));
            if (t.parameterCount() == 1) {
                names.add(node.name());
            } else {
                for (int k = 0; k < t.parameterCount(); k++) {
                    names.add(node.name() + "_" + k);
                }
            }
            return;
        }
        for (CircuitParser.Parsed c : node.children()) {
            numberParameters(c, els, names);
        }
    }

    private static Element find(List<Element> els, String name) {
        for (Element e : els) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("element " + name + " not numbered");
    }

    /** The circuit string as given (trimmed). */
    public String text() {
        return text;
    }

    /** Elements in string order. */
    public List<Element> elements() {
        return elements;
    }

    /** Number of parameters. */
    public int parameterCount() {
        return parameterNames.size();
    }

    /** Parameter names in string order ({@code R0}, {@code CPE1_0}, {@code CPE1_1}, ...). */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** Index of a parameter by name, or −1. */
    public int indexOf(String parameterName) {
        return parameterNames.indexOf(parameterName);
    }

    /** The element that owns parameter j. */
    public Element elementOf(int j) {
        for (Element e : elements) {
            if (j >= e.firstParameter() && j < e.firstParameter() + e.type().parameterCount()) {
                return e;
            }
        }
        throw new IllegalArgumentException("parameter index " + j + " outside [0, " + parameterCount() + ")");
    }

    /** Unit of parameter j as text (Ohm, F, H, s, Ohm^-1 s^a, Ohm s^-1/2 or 1). */
    public String unit(int j) {
        Element e = elementOf(j);
        return e.type().unit(j - e.firstParameter());
    }

    /** Per-thread scratch for {@link #evaluate}. */
    public Workspace newWorkspace() {
        return new Workspace(op.length, parameterCount());
    }

    /** Scratch arrays for one thread: node impedances and the gradient. */
    public static final class Workspace {
        final double[] zr;
        final double[] zi;
        // admittance of each node, kept by parallel groups for the gradient scaling
        final double[] yr;
        final double[] yi;
        // per-node cache of element constants that depend on parameters only (CPE: cos, sin of απ/2)
        final double[] key;
        final double[] c1;
        final double[] c2;
        final double[] z = new double[2];
        /** Re ∂Z/∂p_j after {@link Circuit#evaluate} with gradient. */
        public final double[] gradRe;
        /** Im ∂Z/∂p_j after {@link Circuit#evaluate} with gradient. */
        public final double[] gradIm;
        /** Re Z after {@link Circuit#evaluate}. */
        public double re;
        /** Im Z after {@link Circuit#evaluate}. */
        public double im;

        Workspace(int nodes, int parameters) {
            zr = new double[nodes];
            zi = new double[nodes];
            yr = new double[nodes];
            yi = new double[nodes];
            key = new double[nodes];
            java.util.Arrays.fill(key, Double.NaN);
            c1 = new double[nodes];
            c2 = new double[nodes];
            gradRe = new double[parameters];
            gradIm = new double[parameters];
        }
    }

    /**
     * Impedance (and optionally its gradient) at one angular frequency; results in {@code ws.re},
     * {@code ws.im}, {@code ws.gradRe}, {@code ws.gradIm}.
     *
     * @param omega    ω = 2πf in rad/s, &gt; 0
     * @param lnOmega  ln ω
     * @param p        parameters in {@link #parameterNames()} order
     * @param gradient true to compute ∂Z/∂p as well
     */
    public void evaluate(double omega, double lnOmega, double[] p, Workspace ws, boolean gradient) {
        double[] gr = gradient ? ws.gradRe : null;
        double[] gi = gradient ? ws.gradIm : null;
        double[] zr = ws.zr;
        double[] zi = ws.zi;
        for (int i = 0; i < op.length; i++) {
            switch (op[i]) {
                case OP_ELEMENT -> {
                    type[i].evaluate(omega, lnOmega, p, paramStart[i], ws, i, gr, gi);
                    zr[i] = ws.z[0];
                    zi[i] = ws.z[1];
                }
                case OP_SERIES -> {
                    double sr = 0;
                    double si = 0;
                    for (int c : children[i]) {
                        sr += zr[c];
                        si += zi[c];
                    }
                    zr[i] = sr;
                    zi[i] = si;
                }
                default -> parallel(i, ws, gr, gi);
            }
        }
        int root = op.length - 1;
        ws.re = zr[root];
        ws.im = zi[root];
    }

    private void parallel(int i, Workspace ws, double[] gr, double[] gi) {
        double[] zr = ws.zr;
        double[] zi = ws.zi;
        double yr = 0;
        double yi = 0;
        for (int c : children[i]) {
            double m2 = zr[c] * zr[c] + zi[c] * zi[c];
            double ar = zr[c] / m2;
            double ai = -zi[c] / m2;
            ws.yr[c] = ar;
            ws.yi[c] = ai;
            yr += ar;
            yi += ai;
        }
        double ym2 = yr * yr + yi * yi;
        double pr = yr / ym2;
        double pi = -yi / ym2;
        zr[i] = pr;
        zi[i] = pi;
        if (gr == null) {
            return;
        }
        for (int c : children[i]) {
            // ∂Z/∂p = (Z/Z_c)² ∂Z_c/∂p, with Z/Z_c = Z·Y_c
            double qr = pr * ws.yr[c] - pi * ws.yi[c];
            double qi = pr * ws.yi[c] + pi * ws.yr[c];
            double fr = qr * qr - qi * qi;
            double fi = 2 * qr * qi;
            for (int j = paramStart[c]; j < paramEnd[c]; j++) {
                double a = gr[j];
                double b = gi[j];
                gr[j] = fr * a - fi * b;
                gi[j] = fr * b + fi * a;
            }
        }
    }

    /**
     * Impedance spectrum of the circuit.
     *
     * @param frequency f in Hz, each &gt; 0
     * @param p         parameters
     * @param re        receives Re Z in Ω
     * @param im        receives Im Z in Ω
     */
    public void impedance(double[] frequency, double[] p, double[] re, double[] im) {
        if (p.length != parameterCount()) {
            throw new IllegalArgumentException("circuit " + text + " has " + parameterCount() + " parameters "
                    + parameterNames + ", got " + p.length + " values");
        }
        Workspace ws = newWorkspace();
        for (int k = 0; k < frequency.length; k++) {
            double w = 2 * Math.PI * frequency[k];
            evaluate(w, Math.log(w), p, ws, false);
            re[k] = ws.re;
            im[k] = ws.im;
        }
    }

    @Override
    public String toString() {
        return text + " " + parameterNames;
    }
}
