package org.electrocat.xas.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.xas.XasTechnique;
import org.electrocat.xas.io.AthenaProjectReader;
import org.electrocat.xas.io.XasSpectra;
import org.electrocat.xas.xanes.EdgeEnergy;
import org.electrocat.xas.xanes.PreEdge;

/**
 * What the XAS analyses share: technique, version, input kind, and the normalisation parameters
 * with Larch's names. A normalisation setting left at its "automatic" value (0, or −1 for nnorm)
 * takes the value stored with the dataset by an Athena project (so Athena's processing is
 * reproduced, not silently replaced by other defaults) and otherwise Larch's default.
 */
abstract class XasAnalysis implements Analysis {

    @Override
    public String technique() {
        return XasTechnique.ID;
    }

    @Override
    public String version() {
        return XasTechnique.VERSION;
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.SPECTRUM);
    }

    static List<ParameterSpec> normalisation() {
        String auto = " 0 = automatic: the Athena project's value when the data came from one, else Larch's default.";
        return List.of(
                ParameterSpec.number("e0", "E0", "eV", 0.0, "Edge energy." + auto + " (derivative maximum)").range(0, 2e5),
                ParameterSpec.choice("e0Method", "E0 rule", "derivative", List.of("derivative", "half-edge"),
                        "Automatic E0: maximum of dµ/dE, or where the normalised µ reaches edgeFraction."),
                ParameterSpec.number("edgeFraction", "Edge fraction", "1", 0.5, "Fraction of the step for the half-edge rule.")
                        .range(0.05, 0.95),
                ParameterSpec.number("pre1", "pre1", "eV", 0.0, "Start of the pre-edge range relative to E0." + auto)
                        .range(-5000, 0),
                ParameterSpec.number("pre2", "pre2", "eV", 0.0, "End of the pre-edge range relative to E0." + auto)
                        .range(-5000, 0),
                ParameterSpec.number("norm1", "norm1", "eV", 0.0, "Start of the normalisation range relative to E0." + auto)
                        .range(0, 1e4),
                ParameterSpec.number("norm2", "norm2", "eV", 0.0, "End of the normalisation range relative to E0." + auto)
                        .range(0, 1e4),
                ParameterSpec.integer("nnorm", "nnorm", -1, "Degree of the post-edge polynomial; −1 = automatic.").range(-1, 5),
                ParameterSpec.number("nvict", "nvict", "1", 0.0, "Victoreen exponent of the pre-edge fit (µ·E^nvict).")
                        .range(-4, 4));
    }

    /** Runs the pre-edge normalisation of {@code d} with the resolved settings. */
    static PreEdge.Result normalize(Dataset d, Parameters p) {
        double[] e = d.require(XasSpectra.ENERGY).array();
        double[] mu = d.require(XasSpectra.MU).array();
        if (XasSpectra.firstNonIncreasing(e) >= 0) {
            throw new IllegalArgumentException("dataset '" + d.id() + "': energies must increase strictly");
        }
        PreEdge.Settings s = new PreEdge.Settings(pick(d, p, "e0"), pick(d, p, "pre1"), pick(d, p, "pre2"),
                pick(d, p, "norm1"), pick(d, p, "norm2"), p.integer("nnorm") >= 0 ? p.integer("nnorm")
                        : (int) project(d, "nnorm", -1), p.number("nvict"), Double.NaN);
        PreEdge.Result r = PreEdge.normalize(e, mu, s);
        if (p.choice("e0Method").equals("half-edge") && Double.isNaN(s.e0())) {
            double e0 = EdgeEnergy.halfEdge(e, r.norm(), p.number("edgeFraction"), r.e0() + r.used().pre2());
            r = PreEdge.normalize(e, mu, s.withE0(e0));
        }
        return r;
    }

    private static double pick(Dataset d, Parameters p, String name) {
        double v = p.number(name);
        return v != 0 ? v : project(d, name, Double.NaN);
    }

    /** A processing parameter stored with the dataset (Athena project), or {@code fallback}. */
    static double project(Dataset d, String name, double fallback) {
        String v = d.metadata().get(AthenaProjectReader.PARAM + name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static List<ParameterSpec> concat(List<ParameterSpec> a, List<ParameterSpec> b) {
        List<ParameterSpec> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
