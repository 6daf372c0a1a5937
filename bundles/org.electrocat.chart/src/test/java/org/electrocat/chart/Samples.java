package org.electrocat.chart;

import java.util.ArrayList;
import java.util.List;

/** Synthetic data with known shapes for chart tests. */
final class Samples {

    private Samples() {
    }

    /** Randles cell Z = Rs + Rct / (1 + jωRctCdl), {@code n} log-spaced frequencies from 100 kHz to 10 mHz. */
    static ImpedanceSpectrum randles(String name, double rs, double rct, double cdl, int n) {
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(10, 5 - 7.0 * i / (n - 1));
            double wrc = 2 * Math.PI * f[i] * rct * cdl;
            double d = 1 + wrc * wrc;
            re[i] = rs + rct / d;
            im[i] = -rct * wrc / d;
        }
        return new ImpedanceSpectrum(name, f, re, im);
    }

    /** A sum of Gaussian bands on [from, to] (n points); centres, widths (σ) and heights given in triples. */
    static Series bands(String name, double from, double to, int n, double... cwh) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + (to - from) * i / (n - 1);
            for (int b = 0; b < cwh.length; b += 3) {
                double u = (x[i] - cwh[b]) / cwh[b + 1];
                y[i] += cwh[b + 2] * Math.exp(-0.5 * u * u);
            }
        }
        return new Series(name, x, y);
    }

    /** A cyclic sweep between e1 and e2 (V) with a capacitive box and a Gaussian redox couple. */
    static Series cv(String name, double e1, double e2, int perSweep, double scale) {
        int n = 2 * perSweep;
        double[] e = new double[n];
        double[] j = new double[n];
        for (int i = 0; i < n; i++) {
            boolean up = i < perSweep;
            double t = (double) (up ? i : i - perSweep) / (perSweep - 1);
            e[i] = up ? e1 + (e2 - e1) * t : e2 - (e2 - e1) * t;
            double u = (e[i] - 0.45) / 0.05;
            double peak = Math.exp(-0.5 * u * u) * 1.2;
            j[i] = scale * (up ? 0.2 + peak : -0.2 - 0.8 * peak);
        }
        return new Series(name, e, j);
    }

    static List<String> names(String... n) {
        return new ArrayList<>(List.of(n));
    }
}
