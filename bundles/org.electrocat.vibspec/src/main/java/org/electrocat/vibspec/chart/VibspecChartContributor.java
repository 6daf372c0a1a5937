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
        String step = safe(result.id());
        List<NamedChart> out = new ArrayList<>();
        switch (result.analysisId()) {
            case "vibspec.insitu":
                insitu(result, step, out);
                break;
            case "vibspec.compare": {
                List<Spectrum> samples = new ArrayList<>();
                for (Dataset d : result.curves()) {
                    samples.add(Spectrum.of(d).named(d.name()));
                }
                add(out, step + "-samples", "The samples stacked (offset for clarity), first at the bottom.",
                        SpectrumCharts.waterfall(samples));
                break;
            }
            default:
                for (Dataset d : result.curves()) {
                    String id = step + (result.curves().size() > 1 ? "-" + safe(d.id()) : "");
                    if (SpectrumCharts.isSeries(d)) {
                        add(out, id + "-waterfall", d.id() + ": " + result.title().toLowerCase() + ", spectra stacked "
                                + "by potential.", SpectrumCharts.waterfall(SpectrumCharts.spectra(d)));
                    } else {
                        add(out, id, caption(result, d), SpectrumCharts.overlay(d));
                    }
                }
        }
        return out;
    }

    private static void insitu(Result r, String step, List<NamedChart> out) {
        for (Dataset d : r.curves()) {
            switch (d.id()) {
                case "spectra":
                    add(out, step + "-spectra", "In situ spectra against potential (stacked, offset for clarity).",
                            SpectrumCharts.waterfall(SpectrumCharts.spectra(d)));
                    break;
                case "difference":
                    add(out, step + "-difference", "Difference spectra against the reference potential (stacked); "
                            + "bands below zero were consumed.", SpectrumCharts.waterfall(SpectrumCharts.spectra(d)));
                    add(out, step + "-colourmap", "Colour map of the difference spectra over potential; negative "
                            + "(dark) regions are consumed species.", InSituCharts.colourMap(SpectrumCharts.spectra(d)));
                    break;
                case "tracking":
                    add(out, step + "-position", "Band positions against potential (fitted).",
                            InSituCharts.againstPotential(d, "position"));
                    add(out, step + "-area", "Band areas against potential (fitted).",
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

    /** A chart-id-safe version of a step or dataset id. */
    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
