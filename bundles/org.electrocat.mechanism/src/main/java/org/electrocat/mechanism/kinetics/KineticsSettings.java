package org.electrocat.mechanism.kinetics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.core.potential.PotentialScale;

/**
 * The declared parameters of {@code mechanism.kinetics} and their reading into a model set-up. Rate
 * defaults are illustrative values that give the qualitative behaviour of the paper (nitrite at low
 * overpotential, oxime in the middle, NH3 and H2 at the most negative potentials); they are not
 * fitted to the paper's data.
 *
 * @param cell          the cell
 * @param initial       starting (or, without fit, the) rate parameters
 * @param potentials    model grid, V on {@code scale}
 * @param scale         the model's potential scale
 * @param pH            pH for converting measured potentials
 * @param time          electrolysis time, s
 * @param timePoints    samples of the time course
 * @param timeCourseAt  potential of the time course (V on scale), NaN for automatic
 * @param catalyst      catalyst of an {@code echem.fe-map} input to fit, may be empty
 * @param fit           the {@code fit} parameter text
 * @param absoluteSigma trust uncertainties as standard deviations
 * @param simulator     integrator set-up
 */
record KineticsSettings(CellConditions cell, RateParameters initial, double[] potentials, PotentialScale scale,
        double pH, double time, int timePoints, double timeCourseAt, String catalyst, String fit, boolean absoluteSigma,
        CascadeSimulator simulator) {

    static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.numberList("potentials", "Model potentials", "V",
                    "-0.1, -0.15, -0.2, -0.25, -0.3, -0.35, -0.4, -0.45, -0.5, -0.55, -0.6, -0.65, -0.7, -0.75, -0.8,"
                            + " -0.85, -0.9, -0.95, -1.0",
                    "Electrode potentials at which FE and conversion are predicted, on 'scale'."),
            ParameterSpec.referenceScale("scale", "Potential scale", "RHE",
                    "Scale of the model's potentials, of 'referencePotential' and of 'formalPotentials'."),
            ParameterSpec.number("pH", "pH", "1", 14.0,
                    "Electrolyte pH, used to convert measured potentials to the model scale (alkaline KNO3 in the"
                            + " paper).").range(-2, 16),
            ParameterSpec.number("time", "Electrolysis time", "s", 3600.0,
                    "Duration at which FE and conversion are evaluated (and compared with measurements).")
                    .range(1e-3, 1e8),
            ParameterSpec.integer("timePoints", "Time-course points", 61, "Samples of the time course.")
                    .range(3, 100_000),
            ParameterSpec.text("timeCoursePotential", "Time-course potential", "auto",
                    "Potential of the time course, e.g. '-0.7 V' (on 'scale'); 'auto' takes the model potential"
                            + " with the highest FE of the oxime."),
            ParameterSpec.number("area", "Electrode area", "cm2", 1.0, "Geometric electrode area.").range(1e-6, 1e6),
            ParameterSpec.number("volume", "Catholyte volume", "mL", 30.0, "Catholyte volume (well mixed).")
                    .range(1e-6, 1e7),
            ParameterSpec.number("nitrate", "Initial NO3⁻", "M", 0.4, "Initial nitrate (paper: 0.4 M KNO3).")
                    .range(0, 20),
            ParameterSpec.number("nitrite", "Initial NO2⁻", "M", 0.0, "Initial nitrite.").range(0, 20),
            ParameterSpec.number("cyclohexanone", "Initial cyclohexanone", "M", 0.05,
                    "Initial cyclohexanone (paper: 0.05 M).").range(0, 20),
            ParameterSpec.number("temperature", "Temperature", "K", 298.15, "Electrolyte temperature.").range(200, 600),
            ParameterSpec.number("massTransfer", "Mass-transfer coefficient", "cm/s", 0.0,
                    "k_m of dissolved N species; 0 = no transport limit.").range(0, 1e3),
            ParameterSpec.number("referencePotential", "Reference potential E_ref", "V", -0.5,
                    "Potential (on 'scale') at which the Tafel rate constants are given.").range(-10, 10),
            ParameterSpec.choice("rateLaw", "Rate law", "tafel", List.of("tafel", "butler-volmer"),
                    "Tafel (irreversible) or Butler-Volmer with back reactions (needs 'formalPotentials')."),
            ParameterSpec.text("formalPotentials", "Formal potentials", "",
                    "Butler-Volmer only: E0' of NO3-/NO2-, NO2-/NH2OH, NH2OH/NH3 and H2O/H2 in V on 'scale',"
                            + " e.g. '0.83, 0.65, 1.25, 0'. The rate constants are then standard rate constants k0."),
            ParameterSpec.number("kNitrate", "k NO3⁻→NO2⁻", "cm/s", 2e-4, "Rate constant at E_ref (illustrative default).")
                    .range(1e-15, 1e4),
            ParameterSpec.number("alphaNitrate", "α NO3⁻→NO2⁻", "1", 0.15, "Cathodic transfer coefficient.")
                    .range(0.01, 0.99),
            ParameterSpec.number("kNitrite", "k NO2⁻→NH2OH", "cm/s", 2e-3, "Rate constant at E_ref (illustrative).")
                    .range(1e-15, 1e4),
            ParameterSpec.number("alphaNitrite", "α NO2⁻→NH2OH", "1", 0.30, "Cathodic transfer coefficient.")
                    .range(0.01, 0.99),
            ParameterSpec.number("kHydroxylamine", "k NH2OH→NH3", "cm/s", 1e-4, "Rate constant at E_ref (illustrative).")
                    .range(1e-15, 1e4),
            ParameterSpec.number("alphaHydroxylamine", "α NH2OH→NH3", "1", 0.35, "Cathodic transfer coefficient.")
                    .range(0.01, 0.99),
            ParameterSpec.number("jHer", "j HER at E_ref", "mA/cm2", 5.0, "HER partial current density at E_ref"
                    + " (illustrative).").range(1e-15, 1e6),
            ParameterSpec.number("alphaHer", "α HER", "1", 0.30, "Cathodic transfer coefficient of HER.")
                    .range(0.01, 0.99),
            ParameterSpec.number("kOxime", "k NH2OH + CHO", "L/(mol*s)", 1.0,
                    "Second-order rate constant of oxime formation in solution (illustrative).").range(1e-15, 1e4),
            ParameterSpec.text("catalyst", "Catalyst", "",
                    "With echem.fe-map curves as input: the catalyst whose FE are fitted (empty when there is one)."),
            ParameterSpec.text("fit", "Parameters to fit", "auto",
                    "With measured data: 'auto' (those the measured products determine), 'none', or a comma list"
                            + " of kNitrate, alphaNitrate, kNitrite, alphaNitrite, kHydroxylamine, alphaHydroxylamine,"
                            + " jHer, alphaHer, kOxime."),
            ParameterSpec.bool("absoluteSigma", "Absolute σ", false,
                    "True when the measured uncertainties are standard deviations to trust as such (covariance"
                            + " (JᵀWJ)⁻¹); false scales the covariance by the reduced χ² (scipy's default)."),
            ParameterSpec.choice("integrator", "ODE integrator", "auto", List.of("auto", "rosenbrock", "dormand-prince"),
                    "auto: Dormand-Prince 8(5,3) unless the stiffness estimate calls for the Rosenbrock method."),
            ParameterSpec.number("rtol", "ODE relative tolerance", "1", 1e-10,
                    "Relative tolerance of the integration (tight, because the fit differentiates the results).")
                    .range(1e-14, 1e-3));

    static KineticsSettings read(Parameters p) {
        PotentialScale scale = p.scale("scale");
        RateLaw law = p.choice("rateLaw").equals("tafel") ? RateLaw.TAFEL : RateLaw.BUTLER_VOLMER;
        double[] formal = law == RateLaw.BUTLER_VOLMER ? formalPotentials(p.text("formalPotentials")) : null;
        CellConditions cell = new CellConditions(p.number("area"), p.number("volume"), p.number("nitrate"),
                p.number("nitrite"), p.number("cyclohexanone"), p.number("temperature"), p.number("massTransfer"),
                p.number("referencePotential"), law, formal);
        RateParameters initial = RateParameters.of(p.number("kNitrate"), p.number("alphaNitrate"),
                p.number("kNitrite"), p.number("alphaNitrite"), p.number("kHydroxylamine"),
                p.number("alphaHydroxylamine"), p.number("jHer"), p.number("alphaHer"), p.number("kOxime"));
        double[] potentials = p.numbers("potentials");
        if (potentials.length == 0 || potentials.length > 10_000) {
            throw new IllegalArgumentException("parameter 'potentials' needs 1 to 10000 values");
        }
        String at = p.text("timeCoursePotential").trim();
        double timeCourseAt = Double.NaN;
        if (!at.equalsIgnoreCase("auto")) {
            try {
                timeCourseAt = Double.parseDouble(at.replaceFirst("(?i)\\s*V$", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter 'timeCoursePotential' = '" + at + "': give a potential in"
                        + " V (e.g. -0.7 V) or 'auto'");
            }
        }
        CascadeSimulator.Choice choice = switch (p.choice("integrator")) {
            case "rosenbrock" -> CascadeSimulator.Choice.ROSENBROCK;
            case "dormand-prince" -> CascadeSimulator.Choice.DORMAND_PRINCE;
            default -> CascadeSimulator.Choice.AUTO;
        };
        double rtol = p.number("rtol");
        double atol = rtol * 1e-3 * Math.max(cell.nitrate() + cell.nitrite(), 1e-6);
        return new KineticsSettings(cell, initial, potentials, scale, p.number("pH"), p.number("time"),
                p.integer("timePoints"), timeCourseAt, p.text("catalyst"), p.text("fit"), p.bool("absoluteSigma"),
                new CascadeSimulator(rtol, atol, choice));
    }

    private static double[] formalPotentials(String text) {
        String[] parts = text.replaceFirst("(?i)\\s*V\\s*$", "").split("[,;]");
        if (text.isBlank() || parts.length != 4) {
            throw new IllegalArgumentException("rateLaw butler-volmer needs 'formalPotentials': four potentials in V"
                    + " (NO3-/NO2-, NO2-/NH2OH, NH2OH/NH3, H2O/H2), got '" + text + "'");
        }
        double[] e = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                e[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("formalPotentials: '" + parts[i].trim() + "' is not a number");
            }
        }
        return e;
    }

    /**
     * Which parameters to fit: the {@code fit} text resolved against what the data can determine.
     *
     * @return flags, or {@code null} for no fit
     */
    boolean[] freeParameters(MeasuredSelectivity data) {
        String f = fit.trim().toLowerCase(Locale.ROOT);
        boolean[] free = new boolean[RateParameters.COUNT];
        if (f.equals("none")) {
            return null;
        }
        if (f.equals("auto")) {
            var fe = data.fe().keySet();
            boolean nitrogen = fe.contains(Product.NO2) || fe.contains(Product.NH2OH) || fe.contains(Product.CHOX)
                    || fe.contains(Product.NH3);
            free[0] = free[1] = nitrogen || data.conversion() != null;
            free[2] = free[3] = nitrogen || data.conversion() != null;
            free[4] = free[5] = fe.contains(Product.NH3);
            free[6] = free[7] = fe.contains(Product.H2);
            free[8] = fe.contains(Product.CHOX) && (fe.contains(Product.NH2OH) || fe.contains(Product.NH3)
                    || data.conversion() != null);
            return free;
        }
        List<String> unknown = new ArrayList<>();
        for (String name : fit.trim().split("[,;\\s]+")) {
            int i = -1;
            for (int k = 0; k < RateParameters.COUNT; k++) {
                if (RateParameters.NAMES.get(k).equalsIgnoreCase(name)) {
                    i = k;
                }
            }
            if (i < 0) {
                unknown.add(name);
            } else {
                free[i] = true;
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("parameter 'fit': unknown " + unknown + "; use 'auto', 'none' or names"
                    + " from " + RateParameters.NAMES);
        }
        return free;
    }
}
