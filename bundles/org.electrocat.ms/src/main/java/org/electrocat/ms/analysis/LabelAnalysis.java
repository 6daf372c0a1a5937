package org.electrocat.ms.analysis;

import java.util.List;
import java.util.Locale;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.ms.chem.Element;
import org.electrocat.ms.chem.IsotopeTable;
import org.electrocat.ms.match.MeasuredPeaks;
import org.electrocat.ms.pattern.Centroider;
import org.electrocat.ms.pattern.TheoreticalIon;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ms.label}: isotope labelling, e.g. 15N-nitrate: for each fragment ion, the pattern with the
 * natural element and with every atom of it replaced by the enriched label (custom abundances, which
 * IsoSpecR silently ignored, issue #27), the expected shift n·Δm/|z| (Δm(15N−14N) = 0.997035 u), the
 * calculated shift of the most abundant peak, and, when given, the observed labelled m/z (a paper's
 * list) or the shift measured between an unlabelled and a labelled spectrum.
 */
@Component(service = Analysis.class, property = {"electrocat.id=ms.label", "electrocat.technique=ms"})
public final class LabelAnalysis extends MsAnalysis {

    public static final String ID = "ms.label";

    public LabelAnalysis() {
        super(ID, "Isotope labelling");
    }

    @Override
    public String description() {
        return "Compares unlabelled and isotope-labelled fragment ions (e.g. 14N vs 15N): patterns with the natural"
                + " and the enriched element, expected shift n·Δm/|z|, calculated and observed labelled m/z, and the"
                + " shift measured between an unlabelled (first input) and a labelled (second input) spectrum. "
                + IsotopeTable.SOURCE + ".";
    }

    @Override
    public int maxInputs() {
        return 2;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.text("fragments", "Fragment ions", null,
                        "Unlabelled fragment ions separated by ';', optionally named: 'HNO+; C3H4N+; M: C6H11NO+'"),
                ParameterSpec.text("observedLabelled", "Observed labelled m/z", "",
                        "Reported m/z of the labelled fragments, same order (e.g. 32, 55, 114); empty when unknown"),
                ParameterSpec.text("element", "Labelled element", "N", "Chemical symbol of the labelled element"),
                ParameterSpec.integer("massNumber", "Label isotope", 15, "Mass number of the label isotope")
                        .range(1, 300),
                ParameterSpec.number("enrichment", "Enrichment", "1", 0.99,
                        "Atom fraction of the label isotope in the labelled element (0.99 = 99 atom-%)").range(1e-6, 1),
                MsParameters.charge(), MsParameters.abbreviations(),
                ParameterSpec.number("resolvingPower", "Resolving power", "1", 2000.0,
                        "R = (m/z)/FWHM; the default suits unit-resolution fragment spectra").range(10, 1e8),
                MsParameters.coverage());
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        IsotopeTable table = IsotopeTable.standard();
        String symbol = p.text("element").trim();
        Element natural = table.natural(symbol).orElseThrow(() -> new IllegalArgumentException(
                "element '" + symbol + "' is not in the isotope table"));
        Element label = table.enriched(symbol, p.integer("massNumber"), p.number("enrichment"));
        double delta = table.isotope(symbol, p.integer("massNumber")).mass(0) - natural.monoisotopicMass();
        List<MsParameters.Candidate> frags = MsParameters.candidates(p.text("fragments"), MsParameters.parser(p),
                p.integer("charge"));
        double[] observed = MsParameters.numbers("observedLabelled", p.text("observedLabelled"));
        if (observed.length != 0 && observed.length != frags.size()) {
            throw new IllegalArgumentException("observedLabelled has " + observed.length + " values for "
                    + frags.size() + " fragments");
        }
        Dataset plain = ctx.inputs().isEmpty() ? null : ctx.inputs().get(0);
        Dataset labelled = ctx.inputs().size() < 2 ? null : ctx.inputs().get(1);
        Result.Builder b = Result.builder(this, ctx).title(p.integer("massNumber") + symbol + " labelling");
        String iso = p.integer("massNumber") + symbol;
        Table.Builder t = Table.builder("Unlabelled and " + iso + "-labelled fragments (most abundant peak m/z)")
                .column("fragment", null).column("formula", null).column("n(" + symbol + ")", Units.ONE)
                .column("unlabelled m/z", Units.MASS_TO_CHARGE).column("labelled m/z", Units.MASS_TO_CHARGE)
                .column("calculated shift", Units.MASS_TO_CHARGE).column("expected n·Δm/|z|", Units.MASS_TO_CHARGE)
                .column("observed labelled m/z", Units.MASS_TO_CHARGE).column("observed − calculated", Units.MASS_TO_CHARGE)
                .column("measured shift", Units.MASS_TO_CHARGE);
        for (int i = 0; i < frags.size(); i++) {
            ctx.monitor().checkCancelled();
            MsParameters.Candidate c = frags.get(i);
            int n = c.formula().count(natural);
            if (n == 0) {
                b.warning(c.name() + " contains no " + symbol + ": labelling cannot shift it");
            }
            TheoreticalIon a = TheoreticalIon.of(c.formula(), p.number("resolvingPower"), p.number("coverage"),
                    ctx.monitor());
            TheoreticalIon l = TheoreticalIon.of(c.formula().replace(natural, label), p.number("resolvingPower"),
                    p.number("coverage"), ctx.monitor());
            double shift = l.mostAbundantMz() - a.mostAbundantMz();
            double expected = n * delta / Math.abs(c.formula().charge());
            double obs = observed.length == 0 ? Double.NaN : observed[i];
            double measuredShift = plain != null && labelled != null ? top(labelled, l) - top(plain, a) : Double.NaN;
            t.row(c.name(), c.formula().hill(), n, a.mostAbundantMz(), l.mostAbundantMz(), shift, expected, cell(obs),
                    cell(obs - l.mostAbundantMz()), cell(measuredShift));
            b.value("shift." + i, c.name() + ": calculated shift", Quantity.of(shift, Units.MASS_TO_CHARGE),
                    String.format(Locale.ROOT, "%d %s × %.6f u / %d", n, symbol, delta, Math.abs(c.formula().charge())));
            String g = c.name();
            b.curve(ResultCurves.profile("unlabelled-" + i, g, "unlabelled " + c.formula().hill(), a.profile(), 100));
            b.curve(ResultCurves.profile("labelled-" + i, g, iso + "-labelled", l.profile(), 100));
            if (plain != null) {
                b.curve(ResultCurves.measured("measured-unlabelled-" + i, g, "measured " + plain.name(), plain,
                        a.profile().mz()[0], l.profile().mz()[l.profile().mz().length - 1]));
            }
            if (labelled != null) {
                b.curve(ResultCurves.measured("measured-labelled-" + i, g, "measured " + labelled.name(), labelled,
                        a.profile().mz()[0], l.profile().mz()[l.profile().mz().length - 1]));
            }
        }
        b.table(t.build());
        b.value("delta", "Δm(" + iso + " − most abundant " + symbol + ")", Quantity.of(delta, Units.parse("Da")),
                "AME2020 masses");
        return b.build();
    }

    /** A table cell: the number, or an empty text when it is not available. */
    private static Object cell(double v) {
        return Double.isNaN(v) ? "" : (Object) v;
    }

    /** m/z of the most intense measured peak in the calculated envelope's region (NaN when empty). */
    private static double top(Dataset spectrum, TheoreticalIon ion) {
        double[] mz = ion.profile().mz();
        List<Centroider.Peak> peaks = MeasuredPeaks.inWindow(spectrum, mz[0], mz[mz.length - 1], 0.01);
        Centroider.Peak best = null;
        for (Centroider.Peak pk : peaks) {
            if (best == null || pk.height() > best.height()) {
                best = pk;
            }
        }
        return best == null ? Double.NaN : best.mz();
    }
}
