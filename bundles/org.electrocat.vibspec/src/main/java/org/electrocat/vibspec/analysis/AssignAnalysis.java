package org.electrocat.vibspec.analysis;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.bands.Band;
import org.electrocat.vibspec.bands.BandAssignment;
import org.electrocat.vibspec.bands.BandLibrary;
import org.electrocat.vibspec.process.Arrays1;
import org.electrocat.vibspec.process.peaks.BandFitter;
import org.osgi.service.component.annotations.Component;

/**
 * Band assignment without fitting: the detected (or given) band maxima of each spectrum are matched
 * against the band library, one table row per match (a band with several candidates gets several
 * rows, best first; a band without any gets one row saying so). Quick survey before
 * {@code vibspec.peaks}.
 */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.assign", "electrocat.technique=vibspec"})
public final class AssignAnalysis extends VibspecAnalysis {

    public AssignAnalysis() {
        super("vibspec.assign", "Band assignment",
                "Lists, for every detected (or given) band maximum, the library bands whose position or range lies "
                + "within the tolerance, best first (matching direction, then distance).");
    }

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(PeaksAnalysis.detectionSpecs());
        p.addAll(BandLibraries.specs());
        return p;
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        BandLibrary library = BandLibraries.load(p.text("library"));
        Table.Builder table = Table.builder("Band assignments").column("spectrum", null)
                .column("position", Units.WAVENUMBER).column("label", null).column("assignment", null)
                .column("library position", null).column("distance", Units.WAVENUMBER).column("technique", null)
                .column("reference", null);
        int[] assigned = new int[2];
        Result.Builder r = SpectrumAnalyses.process(this, ctx, (s, w) -> {
            boolean down = PeaksAnalysis.down(p.choice("direction"), s);
            double[] y = down ? Arrays1.negate(s.y()) : s.y();
            String technique = BandLibraries.technique(p.choice("assignTechnique"), s);
            for (BandFitter.Start b : PeaksAnalysis.starts(p, s, y)) {
                List<BandAssignment.Match> m = BandAssignment.matches(library, b.position(), Double.NaN,
                        down ? -1 : 1, technique, p.number("tolerance"));
                assigned[0]++;
                assigned[1] += m.isEmpty() ? 0 : 1;
                if (m.isEmpty()) {
                    table.row(s.label(), Quantity.of(b.position(), s.xUnit()), "—", "no library band within tolerance",
                            "", "", "", "");
                }
                for (BandAssignment.Match x : m) {
                    Band band = x.band();
                    table.row(s.label(), Quantity.of(b.position(), s.xUnit()), band.label(), band.assignment(),
                            band.positionText(), Quantity.of(x.distance(), Units.WAVENUMBER), band.technique(),
                            band.reference());
                }
            }
            return new Processed(s, new java.util.LinkedHashMap<>());
        });
        r.value("bands", "Bands examined", Quantity.of(assigned[0], Units.ONE));
        r.value("assigned", "Bands with at least one library match", Quantity.of(assigned[1], Units.ONE),
                "library: " + library.name() + ", tolerance " + p.number("tolerance") + " cm-1");
        return r.table(table.build()).build();
    }
}
