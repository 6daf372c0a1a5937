package org.electrocat.ms.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Units;
import org.electrocat.ms.io.SpectrumDatasets;
import org.electrocat.ms.pattern.IsotopePattern;
import org.electrocat.ms.pattern.ProfileSpectrum;

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

    /** Fine-structure sticks of at least {@code minRelative} of the most probable, in % of it. */
    static Dataset sticks(String id, String group, String label, IsotopePattern fine, double minRelative) {
        double max = fine.probability(fine.mostProbable());
        List<double[]> keep = new ArrayList<>();
        for (int i = 0; i < fine.size(); i++) {
            if (fine.probability(i) >= minRelative * max) {
                keep.add(new double[] {fine.mz(i), 100 * fine.probability(i) / max});
            }
        }
        double[] x = new double[keep.size()];
        double[] y = new double[keep.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = keep.get(i)[0];
            y[i] = keep.get(i)[1];
        }
        return curve(id, group, STICKS, label, x, y);
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
