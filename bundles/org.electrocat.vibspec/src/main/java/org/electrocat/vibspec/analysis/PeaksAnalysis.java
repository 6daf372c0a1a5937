package org.electrocat.vibspec.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.vibspec.bands.BandAssignment;
import org.electrocat.vibspec.bands.BandLibrary;
import org.electrocat.vibspec.model.SpectralAxes;
import org.electrocat.vibspec.model.Spectrum;
import org.electrocat.vibspec.process.Arrays1;
import org.electrocat.vibspec.process.peaks.BandFitter;
import org.electrocat.vibspec.process.peaks.PeakDetection;
import org.electrocat.vibspec.process.peaks.PeakFit;
import org.electrocat.vibspec.process.peaks.PeakShape;
import org.osgi.service.component.annotations.Component;

/**
 * Band detection, multi-band fitting and assignment: bands are found by prominence and width
 * ({@link PeakDetection}) or given as positions, fitted in merged windows ({@link BandFitter}) with
 * Gaussian, Lorentzian or pseudo-Voigt shapes on a linear background, and each fitted band is matched
 * against a band library ({@link BandAssignment}). Reports position, FWHM, area and height with
 * standard errors, and every library match per band. Bands pointing down (transmittance) are fitted
 * on −y and reported with negative height and area.
 */
@Component(service = Analysis.class, property = {"electrocat.id=vibspec.peaks", "electrocat.technique=vibspec"})
public final class PeaksAnalysis extends VibspecAnalysis {

    public PeaksAnalysis() {
        super("vibspec.peaks", "Band fitting and assignment",
                "Finds bands by prominence (scipy.signal.find_peaks semantics), fits overlapping bands together "
                + "(unit-area Gaussian, Lorentzian or pseudo-Voigt on a linear background; Levenberg-Marquardt, "
                + "standard errors from the covariance scaled by the reduced chi-square) and lists the band-library "
                + "entries within the tolerance of each fitted position.");
    }

    /** Most band components written as curve columns per spectrum. */
    private static final int MAX_COMPONENT_COLUMNS = 24;

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> p = new ArrayList<>(detectionSpecs());
        p.addAll(fitSpecs(0.0, "How far a position may move from its start; 0: one band width"));
        p.addAll(BandLibraries.specs());
        return p;
    }

    /** Fit parameters (shape, window, maxShift), shared with the comparison and in situ analyses. */
    static List<ParameterSpec> fitSpecs(double maxShift, String maxShiftText) {
        return List.of(
                ParameterSpec.choice("shape", "Band shape", "pseudo-voigt", List.of("gaussian", "lorentzian",
                        "pseudo-voigt"), "Shape fitted to every band"),
                ParameterSpec.number("window", "Fit half window", "cm-1", 0.0,
                        "Half width of the fit window around each band; 0: three times its width").range(0, 1e6),
                ParameterSpec.number("maxShift", "Largest shift", "cm-1", maxShift, maxShiftText).range(0, 1e6));
    }

    /** Detection parameters, shared with {@link AssignAnalysis}. */
    static List<ParameterSpec> detectionSpecs() {
        return List.of(
                SpectrumAnalyses.positions("positions", "Band positions",
                        "Positions to fit (cm-1, e.g. '715, 1096'); empty: detect bands"),
                ParameterSpec.number("fwhmGuess", "Start width", "cm-1", 10.0,
                        "Starting FWHM for given positions").range(1e-6, 1e6),
                ParameterSpec.number("prominence", "Minimum prominence", "1", 0.0,
                        "Minimum prominence in intensity units; 0: five times the noise").range(0, 1e300),
                ParameterSpec.number("minWidth", "Minimum width", "cm-1", 0.0,
                        "Minimum FWHM of a detected band; 0: two point spacings (a single-point spike is noise, "
                                + "not a band)").range(0, 1e6),
                ParameterSpec.number("distance", "Minimum distance", "cm-1", 0.0,
                        "Minimum distance between detected bands; 0: none").range(0, 1e6),
                ParameterSpec.choice("direction", "Band direction", "auto", List.of("auto", "up", "down"),
                        "Bands pointing up (Raman, absorbance) or down (transmittance); auto decides from the intensity"));
    }

    /** True when the spectrum's bands point down under the direction parameter. */
    static boolean down(String direction, Spectrum s) {
        return direction.equals("down") || direction.equals("auto") && (SpectralAxes.TRANSMITTANCE.equals(s.yName())
                || SpectralAxes.REFLECTANCE.equals(s.yName()));
    }

    /** Starts: the given positions, else the detected bands (on −y for downward bands). */
    static List<BandFitter.Start> starts(Parameters p, Spectrum s, double[] y) {
        double[] given = SpectrumAnalyses.numbers(p.text("positions"), "positions");
        List<BandFitter.Start> starts = new ArrayList<>();
        if (given.length > 0) {
            for (double g : given) {
                starts.add(new BandFitter.Start(g, p.number("fwhmGuess")));
            }
            return starts;
        }
        double minWidth = p.number("minWidth") > 0 ? p.number("minWidth")
                : 2 * Math.abs(s.x()[s.size() - 1] - s.x()[0]) / Math.max(1, s.size() - 1);
        for (PeakDetection.Band b : PeakDetection.detect(s.x(), y, p.number("prominence"), minWidth,
                p.number("distance"), false)) {
            starts.add(new BandFitter.Start(b.position(), b.fwhm()));
        }
        return starts;
    }

    @Override
    public Result run(AnalysisContext ctx) {
        Parameters p = ctx.parameters();
        PeakShape shape = PeakShape.parse(p.choice("shape"));
        BandLibrary library = BandLibraries.load(p.text("library"));
        Table.Builder table = Table.builder("Fitted bands").column("spectrum", null).column("position", Units.WAVENUMBER)
                .column("FWHM", Units.WAVENUMBER).column("area", null).column("height", null).column("eta", Units.ONE)
                .column("assignment", null);
        int[] count = new int[1];
        Result.Builder r = SpectrumAnalyses.process(this, ctx, (s, w) -> {
            boolean down = down(p.choice("direction"), s);
            double[] y = down ? Arrays1.negate(s.y()) : s.y();
            List<BandFitter.Start> starts = starts(p, s, y);
            if (starts.isEmpty()) {
                w.add("no bands found (lower the prominence or give positions)");
                return new Processed(s, new LinkedHashMap<>());
            }
            BandFitter.Fits fits = BandFitter.fit(s.x(), y, starts, shape, p.number("window"), p.number("maxShift"),
                    false);
            w.addAll(fits.warnings());
            String technique = BandLibraries.technique(p.choice("assignTechnique"), s);
            int sign = down ? -1 : 1;
            for (PeakFit.FittedPeak b : fits.bands()) {
                List<BandAssignment.Match> m = BandAssignment.matches(library, b.position(), b.positionSE(), sign,
                        technique, p.number("tolerance"));
                table.row(s.label(), Quantity.of(b.position(), b.positionSE(), s.xUnit()),
                        Quantity.of(b.fwhm(), b.fwhmSE(), s.xUnit()),
                        Quantity.of(sign * b.area(), b.areaSE(), s.yUnit().times(s.xUnit())),
                        Quantity.of(sign * b.height(), b.heightSE(), s.yUnit()), b.eta(), BandAssignment.describe(m));
                if (b.atBound()) {
                    w.add(String.format(java.util.Locale.ROOT, "band at %.1f: a parameter ended on its bound; its "
                            + "uncertainty is only indicative", b.position()));
                }
                count[0]++;
            }
            return curves(s, fits, sign);
        });
        r.value("bands", "Bands fitted", Quantity.of(count[0], Units.ONE), "library: " + library.name());
        return r.table(table.build()).build();
    }

    /** The data with the total fit and each band's component (NaN outside the fitted windows). */
    static Processed curves(Spectrum s, BandFitter.Fits fits, int sign) {
        double[] fit = new double[s.size()];
        Arrays.fill(fit, Double.NaN);
        List<double[]> comps = new ArrayList<>();
        for (PeakFit.Outcome o : fits.windows()) {
            for (int k = 0; k < o.components().length; k++) {
                double[] c = new double[s.size()];
                Arrays.fill(c, Double.NaN);
                place(s.x(), o.x(), o.components()[k], o.background(), sign, c);
                comps.add(c);
            }
            place(s.x(), o.x(), o.model(), null, sign, fit);
        }
        Processed out = new Processed(s, new LinkedHashMap<>()).with("fit", fit, s.yUnit());
        for (int k = 0; k < Math.min(comps.size(), MAX_COMPONENT_COLUMNS); k++) {
            out.with("band " + (k + 1), comps.get(k), s.yUnit());
        }
        return out;
    }

    /** Writes window values (plus background) into the full-length array at the matching x. */
    private static void place(double[] x, double[] wx, double[] v, double[] bg, int sign, double[] into) {
        int j = 0;
        for (int i = 0; i < x.length && j < wx.length; i++) {
            if (x[i] == wx[j]) {
                into[i] = sign * (v[j] + (bg == null ? 0 : bg[j]));
                j++;
            }
        }
    }

}
