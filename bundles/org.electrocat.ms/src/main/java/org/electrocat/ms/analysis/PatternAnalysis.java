package org.electrocat.ms.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.IsotopeTable;
import org.electrocat.ms.match.SpectrumAverage;
import org.electrocat.ms.pattern.Centroider;
import org.electrocat.ms.pattern.FineStructure;
import org.electrocat.ms.pattern.IsotopePattern;
import org.electrocat.ms.pattern.TheoreticalIon;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ms.pattern}: the isotope pattern of an ion formula — fine structure (IsoSpec-like, to a
 * coverage or a relative threshold), the Gaussian profile at a resolving power, its centroids, and
 * the monoisotopic, most-abundant and average m/z with the electron mass of the charge accounted for.
 * With a spectrum as input, the measured region is kept for an overlay.
 */
@Component(service = Analysis.class, property = {"electrocat.id=ms.pattern", "electrocat.technique=ms"})
public final class PatternAnalysis extends MsAnalysis {

    public static final String ID = "ms.pattern";

    public PatternAnalysis() {
        super(ID, "Isotope pattern");
    }

    @Override
    public String description() {
        return "Isotopic fine structure of an ion (IsoSpec algorithm, Łącki et al., Anal. Chem. 89 (2017) 3272:"
                + " multinomial configurations per element, combined in order of probability until the coverage is"
                + " reached), its Gaussian profile at resolving power R (FWHM = m/z / R), centroids, and the"
                + " monoisotopic, most-abundant and average m/z ((M − z·mₑ)/|z|). " + IsotopeTable.SOURCE + ".";
    }

    /** Several spectra (scans of one acquisition) are averaged. */
    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("formula", "Ion formula", null,
                        "The ion, with charge: e.g. H{Ag4Pd2(SR)7-S-Ti4O2(TBC[4])2(DCM)(CH3CN)7(OH)3(H2O)}+,"
                                + " [C8H10N4O2+H]+, [PdCl4]2-"),
                MsParameters.charge(), MsParameters.abbreviations(), MsParameters.coverage(),
                ParameterSpec.number("threshold", "Relative threshold", "1", 0.0,
                        "If > 0, keep isotopologues above this fraction of the most probable one instead of a coverage"
                                + " (IsoSpec IsoThreshold)").range(0, 1),
                MsParameters.resolvingPower(),
                ParameterSpec.integer("topPeaks", "Isotopologues listed", 20,
                        "How many of the most probable isotopologues the table lists, with their composition")
                        .range(1, 1000));
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        Formula f = MsParameters.withCharge(MsParameters.parser(p).parse(p.text("formula")), p.integer("charge"));
        if (f.charge() == 0) {
            throw new IllegalArgumentException("formula '" + p.text("formula") + "' has no charge: write it (e.g. "
                    + "[C8H10N4O2+H]+) or set the charge parameter");
        }
        double r = p.number("resolvingPower");
        IsotopePattern fine = p.number("threshold") > 0
                ? FineStructure.threshold(f, p.number("threshold"), false, FineStructure.DEFAULT_MAX_PEAKS, ctx.monitor())
                : FineStructure.coverage(f, p.number("coverage"), FineStructure.DEFAULT_MAX_PEAKS, ctx.monitor());
        TheoreticalIon ion = TheoreticalIon.of(fine, r);
        Result.Builder b = Result.builder(this, ctx).title("Isotope pattern of " + f.hill());
        values(b, ion);
        b.table(isotopologues(f, p.integer("topPeaks")));
        b.table(peaks(ion));
        b.curve(ResultCurves.profile("profile", f.hill(), "calculated, R = " + (long) r, ion.profile(), 100));
        b.curve(ResultCurves.centroids("centroids", f.hill(), "centroids at R = " + (long) r, ion));
        for (Dataset d : ResultCurves.fineStructureUnderTopPeak(f.hill() + ": fine structure of the most abundant peak",
                ion)) {
            b.curve(d);
        }
        if (!ctx.inputs().isEmpty()) {
            Dataset d = SpectrumAverage.of(ctx.inputs());
            double pad = 1.0 / Math.abs(f.charge());
            b.curve(ResultCurves.measured("measured", f.hill(), "measured " + d.name(), d,
                    ion.profile().mz()[0] - pad, ion.profile().mz()[ion.profile().mz().length - 1] + pad));
            String pol = d.metadata().get("ms.polarity");
            if (pol != null && (pol.equals("positive") != f.charge() > 0)) {
                b.warning("the spectrum was recorded in " + pol + " mode but the ion has charge " + f.charge());
            }
        }
        return b.build();
    }

    static void values(Result.Builder b, TheoreticalIon ion) {
        b.value("mz.monoisotopic", "Monoisotopic m/z", Quantity.of(ion.monoisotopicMz(), Units.MASS_TO_CHARGE),
                mz5(ion.monoisotopicMz()) + "; most abundant isotope of every element (IUPAC), electron mass included");
        b.value("mz.most.abundant", "Most abundant peak m/z", Quantity.of(ion.mostAbundantMz(), Units.MASS_TO_CHARGE),
                mz5(ion.mostAbundantMz()) + "; centroid of the most intense profile peak at R = "
                        + (long) ion.resolvingPower());
        b.value("mz.average", "Average m/z", Quantity.of(ion.averageMz(), Units.MASS_TO_CHARGE),
                mz5(ion.averageMz()) + "; abundance-weighted mean of the whole envelope");
        b.value("mz.most.probable.isotopologue", "Most probable isotopologue m/z",
                Quantity.of(ion.mostProbableIsotopologue(), Units.MASS_TO_CHARGE),
                mz5(ion.mostProbableIsotopologue()) + "; single isotopologue of the fine structure");
        b.value("fine.peaks", "Fine-structure peaks", Quantity.of(ion.fineStructure().size(), Units.ONE),
                "isotopologues computed");
        b.value("coverage", "Probability covered", Quantity.of(ion.fineStructure().totalProbability(), Units.ONE), "");
        b.value("fwhm", "Peak FWHM", Quantity.of(ion.profile().fwhm(), Units.MASS_TO_CHARGE), "m/z / R");
    }

    /** m/z with five decimals for notes (the report prints values to four significant digits). */
    static String mz5(double mz) {
        return String.format(java.util.Locale.ROOT, "m/z %.5f", mz);
    }

    private static Table isotopologues(Formula f, int n) {
        List<FineStructure.Isotopologue> top = FineStructure.mostProbable(f, n);
        double max = top.get(0).probability();
        Table.Builder t = Table.builder("Most probable isotopologues of " + f.hill())
                .column("m/z", Units.MASS_TO_CHARGE).column("probability", Units.PERCENT)
                .column("relative", Units.PERCENT).column("isotopes other than the most abundant", null);
        for (FineStructure.Isotopologue i : top) {
            t.row(i.mz(), 100 * i.probability(), 100 * i.probability() / max,
                    i.composition().isEmpty() ? "(none)" : i.composition());
        }
        return t.build();
    }

    static Table peaks(TheoreticalIon ion) {
        double max = 0;
        double area = 0;
        for (Centroider.Peak pk : ion.peaks()) {
            max = Math.max(max, pk.height());
            area += pk.area();
        }
        Table.Builder t = Table.builder("Peaks at R = " + (long) ion.resolvingPower() + " of " + ion.formula().hill())
                .column("centroid m/z", Units.MASS_TO_CHARGE).column("relative height", Units.PERCENT)
                .column("area", Units.PERCENT);
        for (Centroider.Peak pk : ion.peaks()) {
            if (pk.height() >= 0.01 * max) {
                t.row(pk.mz(), 100 * pk.height() / max, 100 * pk.area() / area);
            }
        }
        return t.build();
    }
}
