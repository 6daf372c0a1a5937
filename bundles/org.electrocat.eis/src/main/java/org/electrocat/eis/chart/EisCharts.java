package org.electrocat.eis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.ImpedanceSpectrum;
import org.electrocat.chart.Series;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.units.Units;

/**
 * The charts of each eis analysis, drawn from the curves in its result (see
 * {@link org.electrocat.eis.analysis.Curves} for the roles): Nyquist and Bode plots with fits,
 * relative residuals, phase overlays with their peaks (the reference study's Figure 4a–c), feature
 * frequencies and fitted parameters against potential, and the FTACV spectrum and harmonics
 * (Figure 4d–f).
 */
final class EisCharts {

    private EisCharts() {
    }

    static List<NamedChart> of(Result r) {
        return switch (r.analysisId()) {
            case "eis.fit" -> fit(r);
            case "eis.kk" -> kk(r);
            case "eis.bode" -> bode(r);
            case "eis.batch" -> batch(r);
            case "eis.ftacv" -> ftacv(r);
            case "eis.drt" -> drt(r);
            default -> List.of();
        };
    }

    private static List<NamedChart> fit(Result r) {
        List<NamedChart> out = new ArrayList<>();
        List<ImpedanceSpectrum> measured = spectra(r, "measured", ChartParts.names());
        List<ImpedanceSpectrum> fits = spectra(r, "fit", ChartParts.names());
        out.add(new NamedChart("nyquist", "Nyquist plot: measured points and the fitted circuit.",
                Charts.nyquist(null, Units.OHM, measured, fits)));
        out.add(new NamedChart("bode", "Bode plot: |Z| (filled) and −φ (open) with the fit.",
                Charts.bode(null, Units.OHM, measured, fits)));
        ChartParts.curve(r, "residuals").ifPresent(d -> out.add(new NamedChart("residuals",
                "Relative residuals (Z − Z_fit)/|Z| of the real and imaginary parts.", residuals(d))));
        return out;
    }

    private static List<NamedChart> kk(Result r) {
        List<NamedChart> out = new ArrayList<>();
        ChartParts.curve(r, "residuals").ifPresent(d -> out.add(new NamedChart("kk-residuals",
                "Lin-KK residuals (Z − Z_KK)/|Z|; dashed: the tolerance. Points outside are not KK-consistent.",
                residuals(d))));
        out.add(new NamedChart("kk-nyquist", "Nyquist plot of the data and the Kramers–Kronig-compliant model.",
                Charts.nyquist(null, Units.OHM, spectra(r, "measured", ChartParts.names()),
                        spectra(r, "kk", ChartParts.names()))));
        return out;
    }

    private static List<NamedChart> bode(Result r) {
        List<NamedChart> out = new ArrayList<>();
        List<Dataset> curves = ChartParts.curves(r, "measured");
        List<Series> phase = new ArrayList<>();
        List<Series> modulus = new ArrayList<>();
        Set<String> used = ChartParts.names();
        for (Dataset d : curves) {
            String name = ChartParts.unique(d.name(), used);
            phase.add(Series.of(name, d.require("f").array(), d.require("-phase").array()));
            modulus.add(Series.of(name, d.require("f").array(), d.require("|Z|").array()));
        }
        org.jfree.chart.JFreeChart phaseChart = ChartParts.logX(Charts.xy(null, Axis.of("f", "Hz"), Axis.of("−φ", "deg"),
                phase));
        int colour = phase.size();
        for (String role : new String[] {"peaks", "inflections"}) {
            final int c = colour++;
            ChartParts.curve(r, role).filter(p -> p.rows() > 0).ifPresent(p -> ChartParts.markers(phaseChart,
                    role.equals("peaks") ? "phase peaks" : "inflection points", p.require("f").array(),
                    p.require("-phase").array(), c));
        }
        out.add(new NamedChart("bode-phase", "Bode phase angle against frequency, one curve per spectrum, with the"
                + " phase peaks and inflection points found (open circles).", phaseChart));
        out.add(new NamedChart("bode-modulus", "Bode modulus |Z| against frequency, one curve per spectrum.",
                ChartParts.logY(ChartParts.logX(Charts.xy(null, Axis.of("f", "Hz"), Axis.of("|Z|", "Ohm"), modulus)))));
        out.add(new NamedChart("nyquist-overlay", "Nyquist plots of the series.",
                Charts.nyquist(null, Units.OHM, spectra(r, "measured", ChartParts.names()), List.of())));
        ChartParts.curve(r, "series").ifPresent(d -> {
            Column x = d.columns().get(0);
            List<Series> s = new ArrayList<>();
            addFinite(s, "f of the highest phase peak", x.array(), d.require("f_peak").array());
            addFinite(s, "f of the lowest-frequency inflection", x.array(), d.require("f_inflection_low").array());
            if (!s.isEmpty()) {
                out.add(new NamedChart("phase-features", "Frequencies of the phase peak and of the low-frequency"
                        + " inflection against " + x.name() + ".", ChartParts.logY(Charts.xy(null, Axis.of(x),
                                Axis.of("f", "Hz"), s))));
            }
        });
        return out;
    }

    private static List<NamedChart> batch(Result r) {
        List<NamedChart> out = new ArrayList<>();
        out.add(new NamedChart("nyquist-batch", "Nyquist plots of the series with their fits.",
                Charts.nyquist(null, Units.OHM, spectra(r, "measured", ChartParts.names()),
                        spectra(r, "fit", ChartParts.names()))));
        ChartParts.curve(r, "parameters").ifPresent(d -> {
            Column x = d.columns().get(0);
            for (Column c : d.columns()) {
                if (c == x || c.name().startsWith("SE ") || c.name().equals("reduced chi2")) {
                    continue;
                }
                double[] se = d.require("SE " + c.name()).array();
                String id = "parameter-" + c.name().replaceAll("[^A-Za-z0-9._-]", "_");
                out.add(new NamedChart(id, c.name() + " (± 1 SE) against " + x.name() + ".",
                        ChartParts.errorBars(null, Axis.of(x), Axis.of(c.name(), c.unit()), c.name(), x.array(),
                                c.array(), se)));
            }
            List<Series> chi = new ArrayList<>();
            addFinite(chi, "χ²/ν", x.array(), d.require("reduced chi2").array());
            if (!chi.isEmpty()) {
                out.add(new NamedChart("reduced-chi2", "χ²/ν of each fit against " + x.name() + ".",
                        ChartParts.logY(Charts.xy(null, Axis.of(x), Axis.of("χ²/ν", ""), chi))));
            }
        });
        return out;
    }

    private static List<NamedChart> drt(Result r) {
        List<NamedChart> out = new ArrayList<>();
        ChartParts.curve(r, "drt").ifPresent(d -> out.add(new NamedChart("drt", "Distribution of relaxation times"
                + " γ(τ); each peak is a process with time constant τ and resistance ∫γ d ln τ.",
                ChartParts.logX(Charts.xy(null, Axis.of("τ", "s"), Axis.of("γ", "Ohm"), List.of(Series.of("γ",
                        d.require("tau").array(), d.require("gamma").array())))))));
        out.add(new NamedChart("drt-nyquist", "Nyquist plot of the data and the DRT model.",
                Charts.nyquist(null, Units.OHM, spectra(r, "measured", ChartParts.names()),
                        spectra(r, "fit", ChartParts.names()))));
        ChartParts.curve(r, "residuals").ifPresent(d -> out.add(new NamedChart("drt-residuals",
                "Relative residuals of the DRT model.", residuals(d))));
        return out;
    }

    private static List<NamedChart> ftacv(Result r) {
        List<NamedChart> out = new ArrayList<>();
        ChartParts.curve(r, "spectrum").ifPresent(d -> {
            double[] f = d.require("f").array();
            double[] a = d.require("|I(f)|").array();
            double[] y = new double[a.length];
            for (int i = 0; i < y.length; i++) {
                // zero amplitude cannot go on a log axis: a gap instead
                y[i] = a[i] > 0 ? a[i] : Double.NaN;
            }
            out.add(new NamedChart("ftacv-spectrum", "Amplitude spectrum of the current (harmonics at k·f).",
                    ChartParts.logY(Charts.xy(null, Axis.of("f", "Hz"), Axis.of(d.columns().get(1)),
                            List.of(Series.of("|I(f)|", f, y))))));
        });
        ChartParts.curve(r, "harmonics").ifPresent(d -> {
            Column time = d.require("time");
            Column edc = d.column("E_dc").orElse(null);
            Column x = edc != null ? edc : time;
            out.add(new NamedChart("ftacv-dc", "DC component of the current against " + x.name() + ".",
                    Charts.xy(null, Axis.of(x), Axis.of(d.require("I_dc")), List.of(Series.of("I_dc", x.array(),
                            d.require("I_dc").array())))));
            List<Series> all = new ArrayList<>();
            for (Column c : d.columns()) {
                if (!c.name().startsWith("|I_")) {
                    continue;
                }
                String k = c.name().substring(3, c.name().length() - 1);
                out.add(new NamedChart("ftacv-harmonic-" + k, "Harmonic " + k + " envelope against " + x.name() + ".",
                        Charts.xy(null, Axis.of(x), Axis.of(c), List.of(Series.of("harmonic " + k, x.array(),
                                c.array())))));
                double[] y = c.array().clone();
                for (int i = 0; i < y.length; i++) {
                    y[i] = y[i] > 0 ? y[i] : Double.NaN;
                }
                all.add(Series.of("harmonic " + k, time.array(), y));
            }
            if (!all.isEmpty()) {
                out.add(new NamedChart("ftacv-harmonics-time", "All harmonic envelopes against time.",
                        ChartParts.logY(Charts.xy(null, Axis.of(time), Axis.of("|I_k|", d.require("I_dc").unit()),
                                all))));
            }
        });
        return out;
    }

    /** Residual chart of a residual curve, with ±tolerance lines when the curve names one. */
    private static org.jfree.chart.JFreeChart residuals(Dataset d) {
        double[] f = d.require("f").array();
        List<Series> s = new ArrayList<>(List.of(Series.of("ΔZ′/|Z|", f, d.require("dZ'/|Z|").array()),
                Series.of("ΔZ″/|Z|", f, d.require("dZ''/|Z|").array())));
        String tol = d.metadata().get("eis.tolerance");
        if (tol != null) {
            double t = Double.parseDouble(tol);
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double v : f) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            s.add(Series.of("+tolerance", new double[] {lo, hi}, new double[] {t, t}));
            s.add(Series.of("−tolerance", new double[] {lo, hi}, new double[] {-t, -t}));
        }
        return ChartParts.logX(Charts.xy(null, Axis.of("f", "Hz"), Axis.of("Residual", "%"), s));
    }

    private static List<ImpedanceSpectrum> spectra(Result r, String role, Set<String> used) {
        List<ImpedanceSpectrum> out = new ArrayList<>();
        for (Dataset d : ChartParts.curves(r, role)) {
            out.add(ChartParts.spectrum(d, used));
        }
        return out;
    }

    private static void addFinite(List<Series> out, String name, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                out.add(Series.of(name, x, y));
                return;
            }
        }
    }
}
