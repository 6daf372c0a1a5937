package org.electrocat.mechanism.che;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.potential.PotentialScale;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.mechanism.MechanismAnalysis;
import org.electrocat.mechanism.network.Pathway;
import org.electrocat.mechanism.network.PathwayDatasets;
import org.osgi.service.component.annotations.Component;

/**
 * {@code mechanism.che}: step free energies of every input pathway at 0 V vs RHE and at an applied
 * potential U and pH with the computational hydrogen electrode (Nørskov et al., J. Phys. Chem. B 108
 * (2004) 17886; see {@link ComputationalHydrogenElectrode}), the limiting potential
 * U_L = −max ΔG_k/(n_k·e) over reduction steps, the potential-determining step and the largest step
 * at U (the "rate-determining step" of many papers), per catalyst and site ({@link PathwayEnergetics}).
 *
 * <p>Parameters: {@code potential} U (V, default 0) on {@code scale} (default RHE; other scales are
 * converted with the pH), {@code pH} (default 0, the CHE convention), {@code temperature} (K, default
 * 298.15, for the pH term). Results: values {@code UL.<pathway>}, {@code dGpds.<pathway>},
 * {@code dGmax.<pathway>}; tables of limiting potentials and of step free energies; one
 * {@link CheLevels} curve per pathway for the free-energy diagrams.
 */
@Component(service = Analysis.class, property = {"electrocat.id=mechanism.che", "electrocat.technique=mechanism"})
public final class CheAnalysis extends MechanismAnalysis {

    /** Analysis id. */
    public static final String ID = "mechanism.che";

    static final ParameterSpec POTENTIAL = ParameterSpec.number("potential", "Applied potential U", "V", 0.0,
            "Electrode potential for the 'at U' step energies and diagram, on the scale given by 'scale'.")
            .range(-10, 10);
    static final ParameterSpec SCALE = ParameterSpec.referenceScale("scale", "Potential scale", "RHE",
            "Reference scale of 'potential'; converted to RHE with the pH (E_RHE = E_SHE + 0.05916 V·pH at 25 °C).");
    static final ParameterSpec PH = ParameterSpec.number("pH", "pH", "1", 0.0,
            "Electrolyte pH. Moves steps whose proton and electron counts differ (e.g. NO3⁻ + * → *NO3 + e⁻) by"
                    + " (n_H − n_e)·k_B·T·ln10 per pH unit; proton–electron pairs do not move on the RHE scale.")
            .range(-2, 16);
    static final ParameterSpec TEMPERATURE = ParameterSpec.number("temperature", "Temperature", "K", 298.15,
            "Temperature of the pH term k_B·T·ln10 and of the potential-scale conversion.").range(200, 600);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Free-energy diagram (computational hydrogen electrode)";
    }

    @Override
    public String description() {
        return "Step free energies dG(U, pH) = dG_ref + n_e e (U - U_ref) + (n_H - n_e) kT ln10 (pH - pH_ref) of each"
                + " catalyst site's pathway (computational hydrogen electrode, Norskov et al., J. Phys. Chem. B 108"
                + " (2004) 17886), limiting potential U_L = -max dG/(n e) over reduction steps, the"
                + " potential-determining step, and free-energy diagrams at 0 V and at U vs RHE.";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(PathwayDatasets.KIND);
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(POTENTIAL, SCALE, PH, TEMPERATURE);
    }

    @Override
    public Result run(AnalysisContext context) {
        if (context.inputs().isEmpty()) {
            throw new IllegalArgumentException(ID + ": give one or more reaction pathways (a reaction-network file)");
        }
        Parameters p = context.parameters();
        double pH = p.number("pH");
        double t = p.number("temperature");
        PotentialScale scale = p.scale("scale");
        double u = new PotentialConverter(pH, t).convert(p.number("potential"), scale, PotentialScale.RHE);
        Result.Builder r = Result.builder(this, context);
        context.condition("pH").ifPresent(c -> {
            try {
                if (Math.abs(Double.parseDouble(c.trim()) - pH) > 1e-9) {
                    r.warning(String.format(Locale.ROOT, "the study's pH is %s but this analysis uses pH %s (parameter"
                            + " 'pH'; the CHE convention is pH 0)", c.trim(), fmt(pH)));
                }
            } catch (NumberFormatException e) {
                r.warning("study condition pH '" + c + "' is not a number; parameter pH " + fmt(pH) + " used");
            }
        });
        List<PathwayEnergetics> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Dataset d : context.inputs()) {
            context.monitor().checkCancelled();
            Pathway pw = PathwayDatasets.pathway(d);
            if (names.contains(pw.name())) {
                throw new IllegalArgumentException(ID + ": pathway " + pw.name() + " is given twice");
            }
            names.add(pw.name());
            PathwayEnergetics e = PathwayEnergetics.compute(pw, u, pH, t);
            all.add(e);
            e.warnings().forEach(r::warning);
            if (pw.illustrative()) {
                r.warning(pw.name() + ": some step energies are ILLUSTRATIVE, not published or computed values"
                        + d.meta("illustrative.note").filter(s -> !s.isBlank()).map(s -> " (" + s + ")").orElse(""));
            }
            String key = CheLevels.key(pw);
            if (e.pds() >= 0) {
                int k = e.pds();
                r.value("UL." + key, "Limiting potential U_L, " + pw.name(), Quantity.of(e.limitingPotential(),
                        Units.VOLT), "V vs RHE; PDS " + pw.stepLabel(k) + " (" + pw.steps().get(k).electrons() + " e⁻)"
                        + tag(pw, k));
                r.value("dGpds." + key, "ΔG of the potential-determining step at 0 V vs RHE, " + pw.name(),
                        Quantity.of(e.dG0()[k], Units.ELECTRONVOLT), pw.stepLabel(k) + tag(pw, k));
            }
            int m = e.largestStep();
            r.value("dGmax." + key, "Largest step ΔG at U, " + pw.name(), Quantity.of(e.dGU()[m], Units.ELECTRONVOLT),
                    pw.stepLabel(m) + " at U = " + fmt(u) + " V vs RHE" + tag(pw, m));
            r.curve(CheLevels.dataset(e));
        }
        r.table(CheTables.summary(all));
        r.table(CheTables.steps(all));
        return r.build();
    }

    /**
     * Says whether the value of step k is illustrative, and when it is not but others are, that the
     * choice of the step rests on illustrative values of the others.
     */
    static String tag(Pathway p, int k) {
        if (p.steps().get(k).illustrative()) {
            return " [ILLUSTRATIVE value]";
        }
        return p.illustrative() ? " [given value; other steps of this pathway are illustrative]" : "";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
