package org.electrocat.vibspec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.core.model.Column;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;

/**
 * Conversion between lists of {@link Spectrum} and datasets: a {@code spectrum} dataset is one
 * spectrum, a {@link SpectrumKeys#SERIES_KIND} dataset (long form, see {@link SpectrumKeys}) is
 * many. Analyses take either and process every spectrum they find.
 */
public final class SpectrumSeries {

    private SpectrumSeries() {
    }

    /** Every spectrum of every input, in input order. */
    public static List<Spectrum> spectra(List<Dataset> inputs) {
        List<Spectrum> out = new ArrayList<>();
        for (Dataset d : inputs) {
            out.addAll(spectra(d));
        }
        return out;
    }

    /**
     * The spectra of one dataset: the spectra of a series, or the dataset itself as one spectrum.
     *
     * @throws IllegalArgumentException naming the dataset when a series lacks its columns or is not
     *                                  grouped by spectrum number
     */
    public static List<Spectrum> spectra(Dataset d) {
        if (!SpectrumKeys.SERIES_KIND.equals(d.kind())) {
            return List.of(Spectrum.of(d));
        }
        Spectrum all = Spectrum.of(d);
        Column e = d.require(SpectrumKeys.SERIES_POTENTIAL);
        double[] idx = d.require(SpectrumKeys.SERIES_INDEX).array();
        PotentialScale scale = e.scale() == null ? PotentialScale.UNKNOWN : e.scale();
        List<Spectrum> out = new ArrayList<>();
        int start = 0;
        int n = d.rows();
        Map<String, String> meta = d.metadata();
        while (start < n) {
            int end = start;
            while (end < n && idx[end] == idx[start]) {
                end++;
            }
            if (!out.isEmpty() && idx[start] <= idx[start - 1]) {
                throw new IllegalArgumentException("series '" + d.id() + "': rows are not grouped by increasing "
                        + SpectrumKeys.SERIES_INDEX + " (row " + (start + 1) + ")");
            }
            double[] x = java.util.Arrays.copyOfRange(all.x(), start, end);
            double[] y = java.util.Arrays.copyOfRange(all.y(), start, end);
            double volts = e.get(start);
            String label = d.name() + " #" + (long) idx[start];
            out.add(new Spectrum(label, all.xName(), all.xUnit(), x, all.yName(), all.yUnit(), y, volts,
                    Double.isNaN(volts) ? null : scale, meta));
            start = end;
        }
        return out;
    }

    /**
     * A series dataset (long form) of spectra that share their x quantity and unit and the reference
     * scale of their potentials.
     *
     * @throws IllegalArgumentException naming the spectrum that differs, or when a spectrum has no potential
     */
    public static Dataset toDataset(List<Spectrum> spectra, String id, Provenance provenance) {
        if (spectra.isEmpty()) {
            throw new IllegalArgumentException("series '" + id + "' has no spectra");
        }
        Spectrum first = spectra.get(0);
        PotentialScale scale = null;
        long total = 0;
        for (Spectrum s : spectra) {
            if (!s.xName().equals(first.xName()) || !s.xUnit().isCompatible(first.xUnit())
                    || s.xUnit().conversionFactorTo(first.xUnit()) != 1.0) {
                throw new IllegalArgumentException("series '" + id + "': spectrum '" + s.name() + "' has x "
                        + s.xName() + " / " + s.xUnit().symbol() + " but '" + first.name() + "' has " + first.xName()
                        + " / " + first.xUnit().symbol());
            }
            if (!s.hasPotential()) {
                throw new IllegalArgumentException("series '" + id + "': spectrum '" + s.name()
                        + "' has no electrode potential (give the reader option 'potential' or the analysis "
                        + "parameter 'potentials')");
            }
            if (scale == null) {
                scale = s.scale();
            } else if (!scale.equals(s.scale())) {
                throw new IllegalArgumentException("series '" + id + "': spectrum '" + s.name() + "' is "
                        + s.scale() + " but the first spectrum is " + scale + "; convert them to one scale first");
            }
            total += s.size();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("series '" + id + "' is too large: " + total + " points");
        }
        int n = (int) total;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        double[] k = new double[n];
        int at = 0;
        for (int i = 0; i < spectra.size(); i++) {
            Spectrum s = spectra.get(i);
            System.arraycopy(s.x(), 0, x, at, s.size());
            System.arraycopy(s.y(), 0, y, at, s.size());
            java.util.Arrays.fill(e, at, at + s.size(), s.potential());
            java.util.Arrays.fill(k, at, at + s.size(), i + 1);
            at += s.size();
        }
        Map<String, String> meta = first.metadata();
        meta.remove(SpectrumKeys.POTENTIAL);
        meta.remove(SpectrumKeys.POTENTIAL_SCALE);
        meta.remove(SpectrumKeys.POTENTIAL_SCALE_VS_SHE);
        return Dataset.builder(id, SpectrumKeys.SERIES_KIND).name(id).metadata(meta)
                .column(new Column(first.xName(), first.xUnit(), x))
                .column(new Column(first.yName(), first.yUnit(), y))
                .column(new Column(SpectrumKeys.SERIES_POTENTIAL, Units.VOLT, e, scale))
                .column(new Column(SpectrumKeys.SERIES_INDEX, Units.ONE, k))
                .meta(SpectrumKeys.AXIS_X, first.xName()).meta(SpectrumKeys.AXIS_Y, first.yName())
                .meta("series.count", String.valueOf(spectra.size()))
                .provenance(provenance).build();
    }
}
