package org.electrocat.vibspec.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.vibspec.model.Spectrum;
import org.jfree.chart.JFreeChart;
import org.osgi.service.component.annotations.Component;

/**
 * Charts for every vibspec analysis: the processed spectrum with its raw data and baseline (or the
 * fitted bands and their components) overlaid, series and sample sets as waterfalls (reversed
 * wavenumber axis for IR), and for in situ series the waterfall of spectra and of difference spectra,
 * the colour map of the difference spectra over potential, and band position and area against
 * potential.
 */
@Component(service = ChartContributor.class, property = {"electrocat.id=vibspec.charts", "electrocat.technique=vibspec"})
public final class VibspecChartContributor implements ChartContributor {

    static final Set<String> ANALYSES = Set.of("vibspec.despike", "vibspec.smooth", "vibspec.normalise",
            "vibspec.crop", "vibspec.convert", "vibspec.baseline", "vibspec.peaks", "vibspec.assign", "vibspec.compare",
            "vibspec.insitu");

    @Override
    public boolean supports(Result result) {
        return ANALYSES.contains(result.analysisId());
    }

    @Override
    public List<NamedChart> charts(Result result) {
        if (!supports(result) || result.curves().isEmpty()) {
            return List.of();
        }
        List<NamedChart> out = new ArrayList<>();
        switch (result.analysisId()) {
            case "vibspec.insitu":
                insitu(result, out);
                break;
            case "vibspec.compare": {
                List<Spectrum> samples = new ArrayList<>();
                for (Dataset d : result.curves()) {
                    samples.add(Spectrum.of(d).named(d.name()));
                }
                add(out, "samples", "The samples stacked (offset for clarity), first at the bottom.",
                        SpectrumCharts.waterfall(samples));
                break;
            }
            default:
                for (Dataset d : result.curves()) {
                    String id = result.curves().size() > 1 ? safe(d.id()) : "spectrum";
                    if (SpectrumCharts.isSeries(d)) {
                        add(out, id + "-waterfall", d.id() + ": " + result.title().toLowerCase() + ", spectra stacked "
                                + "by potential " + scaleOf(d) + ".", SpectrumCharts.waterfall(SpectrumCharts.spectra(d)));
                    } else {
                        add(out, id, caption(result, d), SpectrumCharts.overlay(d));
                    }
                }
        }
        return out;
    }

    private static void insitu(Result r, List<NamedChart> out) {
        for (Dataset d : r.curves()) {
            switch (d.id()) {
                case "spectra":
                    add(out, "spectra", "In situ spectra against potential " + scaleOf(d)
                            + " (stacked, offset for clarity).",
                            SpectrumCharts.waterfall(SpectrumCharts.spectra(d)));
                    break;
                case "difference":
                    add(out, "difference", "Difference spectra against the reference potential " + scaleOf(d)
                            + " (stacked); bands below zero were consumed.", SpectrumCharts.waterfall(SpectrumCharts.spectra(d)));
                    add(out, "colourmap", "Colour map of the difference spectra over potential; negative "
                            + "(dark) regions are consumed species.", InSituCharts.colourMap(SpectrumCharts.spectra(d)));
                    break;
                case "tracking":
                    add(out, "position", "Band positions against potential (fitted).",
                            InSituCharts.againstPotential(d, "position"));
                    add(out, "area", "Band areas against potential (fitted).",
                            InSituCharts.againstPotential(d, "area"));
                    break;
                default:
                    break;
            }
        }
    }

    private static String caption(Result r, Dataset d) {
        String what = switch (r.analysisId()) {
            case "vibspec.baseline" -> "raw spectrum, fitted baseline and corrected spectrum";
            case "vibspec.peaks" -> "spectrum with the fitted bands (total fit and each band on its background)";
            case "vibspec.despike" -> "spectrum after spike removal, with the raw data";
            default -> r.title().toLowerCase() + " (with the input as 'raw' where kept)";
        };
        return d.name() + ": " + what + ".";
    }

    private static void add(List<NamedChart> out, String id, String caption, JFreeChart chart) {
        if (chart != null) {
            out.add(new NamedChart(id, caption, chart));
        }
    }

    /** The reference scale of a series, as {@code vs RHE}. */
    private static String scaleOf(Dataset series) {
        return series.column("E").map(c -> String.valueOf(c.scale())).orElse("");
    }

    /** A chart-id-safe version of a dataset id (the report prefixes the step id). */
    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
