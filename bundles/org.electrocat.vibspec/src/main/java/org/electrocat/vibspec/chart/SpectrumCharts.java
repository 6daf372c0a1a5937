package org.electrocat.vibspec.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.electrocat.chart.Axis;
import org.electrocat.chart.Charts;
import org.electrocat.chart.Series;
import org.electrocat.chart.SpectrumLayout;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.model.SpectrumKeys;
import org.electrocat.vibspec.model.SpectrumSeries;
import org.jfree.chart.JFreeChart;

/**
 * Spectrum charts built on the shared {@link Charts} factories: one spectrum with the columns written
 * next to it (raw data, baseline, fit, band components) overlaid, or a series stacked as a waterfall,
 * with the x axis running from high to low wavenumber for IR spectra. Long series are thinned to at
 * most {@value #MAX_TRACES} evenly chosen traces so the chart stays legible.
 */
final class SpectrumCharts {

    static final int MAX_TRACES = 30;

    private SpectrumCharts() {
    }

    /** The layout for a spectrum: reversed x for IR wavenumber axes. */
    static SpectrumLayout layout(Spectrum s) {
        return SpectralAxes.isInfrared(s) ? SpectrumLayout.OVERLAY.reversed() : SpectrumLayout.OVERLAY;
    }

    static Axis xAxis(Spectrum s) {
        return Axis.of(s.xName(), s.xUnit());
    }

    static Axis yAxis(Spectrum s) {
        return Axis.of(s.yName(), s.yUnit());
    }

    /** One spectrum (a single-spectrum dataset) with its extra columns overlaid. */
    static JFreeChart overlay(Dataset d) {
        Spectrum s = Spectrum.of(d);
        List<Series> series = new ArrayList<>();
        Set<String> names = new HashSet<>();
        add(series, names, s.yName(), s.x(), s.y());
        for (Column c : d.columns()) {
            if (c.name().equals(s.xName()) || c.name().equals(s.yName()) || !c.unit().isCompatible(s.yUnit())) {
                continue;
            }
            add(series, names, c.name(), s.x(), c.array());
        }
        return Charts.spectrum(null, xAxis(s), yAxis(s), series, layout(s));
    }

    /** Several spectra (a series dataset or many datasets) stacked as a waterfall. */
    static JFreeChart waterfall(List<Spectrum> spectra) {
        List<Spectrum> shown = thin(spectra);
        List<Series> series = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean oneScale = shown.stream().allMatch(s -> s.hasPotential() && s.scale().equals(shown.get(0).scale()));
        for (Spectrum s : shown) {
            // on one scale the scale goes in the caption and each trace is named by its potential alone
            String label = oneScale ? String.format(java.util.Locale.ROOT, "%.3f V", s.potential()) : s.label();
            add(series, names, label, s.x(), s.y());
        }
        Spectrum first = shown.get(0);
        return Charts.spectrum(null, xAxis(first), yAxis(first), series, layout(first).stackedAuto());
    }

    /** The spectra of a dataset (one, or all of a series). */
    static List<Spectrum> spectra(Dataset d) {
        return SpectrumSeries.spectra(d);
    }

    static boolean isSeries(Dataset d) {
        return SpectrumKeys.SERIES_KIND.equals(d.kind());
    }

    /** At most MAX_TRACES spectra, evenly spread, first and last kept. */
    static List<Spectrum> thin(List<Spectrum> all) {
        if (all.size() <= MAX_TRACES) {
            return all;
        }
        List<Spectrum> out = new ArrayList<>();
        for (int k = 0; k < MAX_TRACES; k++) {
            out.add(all.get((int) Math.round(k * (all.size() - 1) / (double) (MAX_TRACES - 1))));
        }
        return out;
    }

    /** Adds a series when it has a finite point, with a name made unique. */
    static void add(List<Series> series, Set<String> names, String name, double[] x, double[] y) {
        boolean any = false;
        for (int i = 0; i < y.length; i++) {
            if (Double.isInfinite(y[i]) || Double.isInfinite(x[i])) {
                return;
            }
            any |= Double.isFinite(y[i]) && Double.isFinite(x[i]);
        }
        if (!any) {
            return;
        }
        String n = name;
        for (int k = 2; !names.add(n); k++) {
            n = name + " (" + k + ")";
        }
        series.add(Series.of(n, x, y));
    }
}
