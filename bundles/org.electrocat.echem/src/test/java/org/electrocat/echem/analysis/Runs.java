package org.electrocat.echem.analysis;

import java.util.List;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Units;

/** Test helpers: run an analysis with text parameters, and synthetic datasets. */
final class Runs {

    private Runs() {
    }

    static Result run(Analysis a, List<Dataset> inputs, Map<String, String> params) {
        return run(a, inputs, params, Map.of());
    }

    static Result run(Analysis a, List<Dataset> inputs, Map<String, String> params, Map<String, String> conditions) {
        Parameters p = Parameters.resolve(a.id(), a.parameters(), params);
        return a.run(new AnalysisContext("step", inputs, p, conditions, Map.of(), ProgressMonitor.NONE));
    }

    static double value(Result r, String key) {
        return r.value(key).orElseThrow(() -> new AssertionError("no value " + key + " in " + r)).quantity().value();
    }

    static double uncertainty(Result r, String key) {
        return r.value(key).orElseThrow(() -> new AssertionError("no value " + key)).quantity().uncertainty();
    }

    /** A chronoamperogram with current {@code amps[i]} at time {@code i·dt}. */
    static Dataset ca(String id, double dt, double[] amps) {
        double[] t = new double[amps.length];
        double[] ma = new double[amps.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * dt;
            ma[i] = amps[i] * 1e3;
        }
        return Dataset.builder(id, DatasetKind.TIME_SERIES).column("time", Units.SECOND, t)
                .column("I", Units.MILLIAMPERE, ma).build();
    }

    static Dataset constantCa(String id, double amps, double seconds, int samples) {
        double[] a = new double[samples];
        java.util.Arrays.fill(a, amps);
        return ca(id, seconds / (samples - 1), a);
    }

    /** A voltammogram from E (V), I (A) and t (s). */
    static Dataset voltammogram(String id, double[] e, double[] amps, double[] t, PotentialScale scale) {
        return Dataset.builder(id, DatasetKind.VOLTAMMOGRAM).potentialColumn("E", Units.VOLT, e, scale)
                .column("I", Units.AMPERE, amps).column("time", Units.SECOND, t).build();
    }
}
