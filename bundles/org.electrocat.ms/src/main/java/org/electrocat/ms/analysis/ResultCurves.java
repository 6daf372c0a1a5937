package org.electrocat.ms.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Units;
import org.electrocat.ms.io.SpectrumDatasets;
import org.electrocat.ms.pattern.Centroider;
import org.electrocat.ms.pattern.IsotopePattern;
import org.electrocat.ms.pattern.ProfileSpectrum;
import org.electrocat.ms.pattern.TheoreticalIon;

/**
 * The curves MS results carry for charts and CSV export: spectra with {@code m/z} and
 * {@code intensity} (relative, %) columns, tagged with a role ({@link #PROFILE} theoretical profile,
 * {@link #STICKS} fine-structure sticks, {@link #MEASURED} measured spectrum region) and a group (the
 * candidate or fragment they belong to), so a chart can put a group's curves together.
 */
public final class ResultCurves {

    public static final String ROLE = "ms.role";
    public static final String GROUP = "ms.group";
    public static final String LABEL = "ms.label";
    public static final String PROFILE = "profile";
    public static final String STICKS = "sticks";
    public static final String MEASURED = "measured";

    private ResultCurves() {
    }

    static Dataset curve(String id, String group, String role, String label, double[] mz, double[] relative) {
        return Dataset.builder(id, DatasetKind.SPECTRUM).name(label)
                .column(SpectrumDatasets.MZ, Units.MASS_TO_CHARGE, mz)
                .column(SpectrumDatasets.INTENSITY, Units.PERCENT, relative)
                .meta(ROLE, role).meta(GROUP, group).meta(LABEL, label).build();
    }

    /** The profile scaled to {@code top} % at its maximum. */
    static Dataset profile(String id, String group, String label, ProfileSpectrum p, double top) {
        return curve(id, group, PROFILE, label, p.mz(), p.scaledTo(top));
    }

    /** The centroids of the calculated profile as sticks, in % of the highest. */
    static Dataset centroids(String id, String group, String label, TheoreticalIon ion) {
        List<Centroider.Peak> peaks = ion.peaks();
        double max = 0;
        for (Centroider.Peak pk : peaks) {
            max = Math.max(max, pk.height());
        }
        double[] x = new double[peaks.size()];
        double[] y = new double[peaks.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = peaks.get(i).mz();
            y[i] = 100 * peaks.get(i).height() / max;
        }
        return curve(id, group, STICKS, label, x, y);
    }

    /**
     * The fine structure under the most abundant peak (± 0.5/|z| around it) with the profile there, on
     * one scale: the profile in % of its highest point, each isotopologue at the height it alone would
     * give (the profile is in probability units), so the merging of the fine structure shows.
     */
    static List<Dataset> fineStructureUnderTopPeak(String group, TheoreticalIon ion) {
        double c = ion.mostAbundantMz();
        double half = 0.5 / Math.abs(ion.formula().charge());
        double[] px = ion.profile().mz();
        double[] py = ion.profile().intensity();
        List<double[]> prof = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < px.length; i++) {
            if (Math.abs(px[i] - c) <= half) {
                prof.add(new double[] {px[i], py[i]});
                max = Math.max(max, py[i]);
            }
        }
        IsotopePattern fine = ion.fineStructure();
        List<double[]> sticks = new ArrayList<>();
        for (int i = 0; i < fine.size(); i++) {
            double mz = fine.mz(i);
            if (Math.abs(mz - c) <= half && fine.probability(i) >= 1e-3 * max) {
                sticks.add(new double[] {mz, fine.probability(i)});
            }
        }
        return List.of(curve("top-profile", group, PROFILE, "profile", column(prof, 0, 1), column(prof, 1, 100 / max)),
                curve("top-fine", group, STICKS, "isotopologues", column(sticks, 0, 1), column(sticks, 1, 100 / max)));
    }

    private static double[] column(List<double[]> rows, int k, double scale) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[k] * scale;
        }
        return v;
    }

    /** The measured spectrum between {@code lo} and {@code hi}, scaled to 100 % at its highest point there. */
    static Dataset measured(String id, String group, String label, Dataset spectrum, double lo, double hi) {
        double[] x = spectrum.require(SpectrumDatasets.MZ).array();
        double[] y = spectrum.require(SpectrumDatasets.INTENSITY).array();
        List<Integer> idx = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= lo && x[i] <= hi) {
                idx.add(i);
                max = Math.max(max, y[i]);
            }
        }
        double[] wx = new double[idx.size()];
        double[] wy = new double[idx.size()];
        for (int k = 0; k < wx.length; k++) {
            wx[k] = x[idx.get(k)];
            wy[k] = max > 0 ? 100 * y[idx.get(k)] / max : 0;
        }
        return curve(id, group, MEASURED, label, wx, wy);
    }
}
