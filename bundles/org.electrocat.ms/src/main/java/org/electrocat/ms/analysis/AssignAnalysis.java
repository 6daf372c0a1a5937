package org.electrocat.ms.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.ms.match.Assignment;
import org.electrocat.ms.match.ConventionComparison;
import org.electrocat.ms.match.MeasuredPeaks;
import org.electrocat.ms.match.SpectrumAverage;
import org.electrocat.ms.pattern.MassConvention;
import org.electrocat.ms.pattern.TheoreticalIon;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ms.assign}: candidate formulas against a measured spectrum, or against reported m/z values
 * (a paper's peak list) when no spectrum is given. With a spectrum: m/z error (Da and ppm) under the
 * chosen convention, isotope-pattern similarity score, charge from the isotope spacing. With
 * reported values: the error under every convention and against the nearest envelope peak, and
 * which convention the numbers follow (smallest RMS error).
 */
@Component(service = Analysis.class, property = {"electrocat.id=ms.assign", "electrocat.technique=ms"})
public final class AssignAnalysis extends MsAnalysis {

    public static final String ID = "ms.assign";

    public AssignAnalysis() {
        super(ID, "Peak assignment");
    }

    @Override
    public String description() {
        return "Matches candidate ion formulas to a measured spectrum (m/z error in Da and ppm under a stated mass"
                + " convention: monoisotopic, most abundant peak at the resolving power, or average; cosine similarity"
                + " of the isotope pattern; charge from the isotope spacing), or to reported m/z values, telling which"
                + " convention the reported numbers follow.";
    }

    /** Several spectra (scans of one acquisition) are averaged. */
    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("candidates", "Candidate formulas", null,
                        "Ion formulas separated by ';', each optionally named: 'cluster: H{Ag4Pd2(SR)7-S}+; C8H11N4O2+'"),
                ParameterSpec.text("observed", "Reported m/z", "",
                        "Without a spectrum: the reported m/z of each candidate, in the same order, e.g. 3592.42, 1764.75"),
                ParameterSpec.choice("compare", "Mass convention", "most-abundant",
                        List.of("most-abundant", "monoisotopic", "average"),
                        "Which m/z of the envelope is compared: most abundant peak at R, monoisotopic, or average"),
                ParameterSpec.number("tolerance", "Tolerance", "ppm", 20.0,
                        "Largest m/z difference for a measured peak to match a theoretical one").range(0.01, 1e5),
                MsParameters.charge(), MsParameters.abbreviations(), MsParameters.resolvingPower(),
                MsParameters.coverage());
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        List<MsParameters.Candidate> cands = MsParameters.candidates(p.text("candidates"), MsParameters.parser(p),
                p.integer("charge"));
        List<TheoreticalIon> ions = new ArrayList<>();
        for (MsParameters.Candidate c : cands) {
            ctx.monitor().checkCancelled();
            ions.add(TheoreticalIon.of(c.formula(), p.number("resolvingPower"), p.number("coverage"), ctx.monitor()));
        }
        MassConvention convention = MassConvention.parse(p.choice("compare"));
        Result.Builder b = Result.builder(this, ctx);
        if (ctx.inputs().isEmpty()) {
            double[] observed = MsParameters.numbers("observed", p.text("observed"));
            if (observed.length != cands.size()) {
                throw new IllegalArgumentException("give one reported m/z per candidate (" + cands.size()
                        + " candidates, " + observed.length + " values in 'observed'), or a spectrum as input");
            }
            reported(b, cands, ions, observed, convention);
        } else {
            measured(b, SpectrumAverage.of(ctx.inputs()), cands, ions, convention, p.number("tolerance"));
        }
        return b.build();
    }

    private static void reported(Result.Builder b, List<MsParameters.Candidate> cands, List<TheoreticalIon> ions,
            double[] observed, MassConvention chosen) {
        b.title("Reported m/z against candidate formulas");
        Table.Builder t = Table.builder("Reported m/z against each mass convention (errors = reported − calculated)")
                .column("candidate", null).column("formula", null).column("reported m/z", Units.MASS_TO_CHARGE);
        for (MassConvention c : MassConvention.values()) {
            t.column(c.label() + " m/z", Units.MASS_TO_CHARGE).column(c.label() + " error", Units.parse("ppm"));
        }
        t.column("nearest envelope peak m/z", Units.MASS_TO_CHARGE).column("its relative height", Units.PERCENT)
                .column("nearest peak error", Units.parse("ppm")).column("closest convention", null);
        Map<MassConvention, Double> sumSq = new EnumMap<>(MassConvention.class);
        double nearestSq = 0;
        int mostAbundantCount = 0;
        for (int i = 0; i < cands.size(); i++) {
            ConventionComparison cmp = ConventionComparison.of(observed[i], ions.get(i));
            List<Object> row = new ArrayList<>(List.of(cands.get(i).name(), ions.get(i).formula().hill(), observed[i]));
            for (MassConvention c : MassConvention.values()) {
                row.add(ions.get(i).mz(c));
                row.add(cmp.errorPpm(c));
                sumSq.merge(c, cmp.errorPpm(c) * cmp.errorPpm(c), Double::sum);
            }
            row.add(cmp.nearestPeak().mz());
            row.add(100 * cmp.nearestRelativeHeight());
            row.add(cmp.nearestPeakErrorPpm());
            boolean nearestIsTop = Math.abs(cmp.nearestPeak().mz() - ions.get(i).mostAbundantMz())
                    < 0.1 / Math.abs(ions.get(i).formula().charge());
            if (nearestIsTop) {
                mostAbundantCount++;
            }
            row.add(Math.abs(cmp.nearestPeakErrorDa()) < Math.abs(cmp.errorsDa().get(cmp.closest()))
                    ? (nearestIsTop ? "most abundant peak" : "single envelope peak") : cmp.closest().label());
            nearestSq += cmp.nearestPeakErrorPpm() * cmp.nearestPeakErrorPpm();
            t.row(row.toArray());
            b.value("error." + i, cands.get(i).name() + ": error (" + chosen.label() + ")",
                    Quantity.of(cmp.errorPpm(chosen), Units.parse("ppm")),
                    String.format(Locale.ROOT, "reported %.4f, calculated %.4f (%s), %+.4f Da", observed[i],
                            ions.get(i).mz(chosen), chosen.label(), cmp.errorsDa().get(chosen)));
            b.curve(ResultCurves.profile("profile-" + i, cands.get(i).name(), "calculated " + ions.get(i).formula().hill(),
                    ions.get(i).profile(), 100));
        }
        b.table(t.build());
        int n = cands.size();
        String bestLabel = "single isotope peaks of the envelope (nearest peak)";
        double bestRms = Math.sqrt(nearestSq / n);
        for (MassConvention c : MassConvention.values()) {
            double rms = Math.sqrt(sumSq.get(c) / n);
            b.value("rms." + c.name().toLowerCase(Locale.ROOT), "RMS error, " + c.label(),
                    Quantity.of(rms, Units.parse("ppm")), "over all candidates");
            if (rms < bestRms) {
                bestRms = rms;
                bestLabel = c.label();
            }
        }
        b.value("rms.nearest.peak", "RMS error, nearest single envelope peak",
                Quantity.of(Math.sqrt(nearestSq / n), Units.parse("ppm")),
                "each reported value against the closest single isotope peak of its calculated envelope");
        String detail = bestLabel.startsWith("single")
                ? "; that peak is the most abundant one for " + mostAbundantCount + " of " + n + " ions" : "";
        b.value("convention", "Reported values follow: " + bestLabel, Quantity.of(bestRms, Units.parse("ppm")),
                "smallest RMS error of the conventions compared" + detail);
    }

    private static void measured(Result.Builder b, Dataset spectrum, List<MsParameters.Candidate> cands,
            List<TheoreticalIon> ions, MassConvention convention, double tolerancePpm) {
        b.title("Assignment of " + spectrum.name());
        Table.Builder t = Table.builder("Candidates against the measured spectrum (" + convention.label() + " m/z)")
                .column("candidate", null).column("formula", null).column("z", Units.ONE)
                .column("z from spacing", Units.ONE).column("calculated m/z", Units.MASS_TO_CHARGE)
                .column("measured m/z", Units.MASS_TO_CHARGE).column("error", Units.MASS_TO_CHARGE)
                .column("error", Units.parse("ppm")).column("pattern score", Units.ONE)
                .column("peaks matched", null);
        int best = -1;
        List<Assignment> all = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) {
            TheoreticalIon ion = ions.get(i);
            double[] mz = ion.profile().mz();
            List<org.electrocat.ms.pattern.Centroider.Peak> peaks = MeasuredPeaks.inWindow(spectrum, mz[0] - 1,
                    mz[mz.length - 1] + 1, 0.005);
            Assignment a = Assignment.match(peaks, ion, convention, tolerancePpm);
            all.add(a);
            if (best < 0 || a.score() > all.get(best).score()) {
                best = i;
            }
            t.row(cands.get(i).name(), ion.formula().hill(), ion.formula().charge(), a.chargeFromSpacing(),
                    a.theoreticalMz(), a.measuredMz(), a.errorDa(), a.errorPpm(), a.score(),
                    a.matchedPeaks() + " of " + a.expectedPeaks());
            String g = cands.get(i).name();
            b.curve(ResultCurves.measured("measured-" + i, g, "measured", spectrum, a.windowLow(), a.windowHigh()));
            b.curve(ResultCurves.profile("profile-" + i, g, "calculated " + ion.formula().hill(), ion.profile(), 100));
            b.curve(ResultCurves.centroids("centroids-" + i, g, "calculated centroids", ion));
            if (!a.chargeConsistent()) {
                b.warning(g + ": the isotope spacing suggests charge " + a.chargeFromSpacing() + ", the formula has "
                        + ion.formula().charge());
            }
            if (Double.isNaN(a.measuredMz())) {
                b.warning(g + ": no measured peak for the " + convention.label() + " m/z within " + tolerancePpm
                        + " ppm");
            }
        }
        b.table(t.build());
        Assignment top = all.get(best);
        b.value("best.score", "Best pattern score: " + cands.get(best).name(), Quantity.of(top.score(), Units.ONE),
                "cosine similarity of calculated and measured isotope peaks");
        b.value("best.error", "Error of the best candidate (" + convention.label() + ")",
                Quantity.of(top.errorPpm(), Units.parse("ppm")), String.format(Locale.ROOT, "%+.4f Da", top.errorDa()));
    }
}
