package org.electrocat.echem.analysis;

import java.util.List;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Parameters;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.electrocat.echem.numeric.Decimator;
import org.electrocat.echem.numeric.GappedIntegral;
import org.osgi.service.component.annotations.Component;

/**
 * {@code echem.ca}: chronoamperometry. The charge passed Q = ∫|I| dt by the trapezoid rule over a
 * time window (exact |I| across zero crossings; see {@link GappedIntegral}), the signed net charge,
 * the mean current and the mean current density over the geometric area. Q carries a standard
 * uncertainty from the Richardson discretisation-error estimate and the relative current
 * uncertainty, combined in quadrature. The result's curves are I(t), j(t) and the cumulative
 * charge Q(t), decimated to at most 6000 points for charts (the integral uses every sample).
 *
 * <p>Parameters: {@code tStart} (s, 0), {@code tEnd} (s, 0 = end of record), {@code area}
 * (cm², 1), {@code currentUncertainty} (%, 0).
 */
@Component(service = Analysis.class, property = {"electrocat.id=echem.ca", "electrocat.technique=echem"})
public final class ChronoamperometryAnalysis extends EchemAnalysis {

    /** Display curve size. */
    static final int CURVE_POINTS = 6000;

    @Override
    public String id() {
        return "echem.ca";
    }

    @Override
    public String label() {
        return "Chronoamperometry: charge and mean current";
    }

    @Override
    public String description() {
        return "Charge Q = ∫|I|dt (trapezoid rule, exact across current zero crossings) over a time window, net"
                + " charge, mean current and current density per geometric area; u(Q) from the Richardson"
                + " estimate of the discretisation error and the stated current uncertainty.";
    }

    @Override
    public List<String> inputKinds() {
        return List.of(DatasetKind.TIME_SERIES, DatasetKind.VOLTAMMOGRAM);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(T_START, T_END, AREA, CURRENT_U);
    }

    @Override
    public Result run(AnalysisContext context) {
        Dataset d = inputs(context).get(0);
        Parameters p = context.parameters();
        double area = p.number("area");
        ChargeIntegration q = ChargeIntegration.of(d, p.number("tStart"), p.number("tEnd"),
                p.number("currentUncertainty") / 100);
        context.monitor().checkCancelled();
        Result.Builder r = Result.builder(this, context);
        q.warnings().forEach(r::warning);
        double relU = q.charge() > 0 ? q.chargeU() / q.charge() : Double.NaN;
        double meanAbs = q.charge() / q.duration();
        r.value("charge", "Charge Q = ∫|I|dt", Quantity.of(q.charge(), q.chargeU(), Units.COULOMB),
                "trapezoid over " + (q.to() - q.from()) + " samples");
        r.value("netCharge", "Net charge ∫I dt", Quantity.of(q.netCharge(), Units.COULOMB));
        r.value("duration", "Window duration", Quantity.of(q.duration(), Units.SECOND));
        r.value("meanCurrent", "Mean current (signed)", Quantity.of(q.meanCurrent() * 1e3, Math.abs(q.meanCurrent())
                * 1e3 * relU, MILLIAMPERE));
        r.value("meanAbsCurrent", "Mean |I|", Quantity.of(meanAbs * 1e3, meanAbs * 1e3 * relU, MILLIAMPERE));
        r.value("currentDensity", "Mean current density (signed)", Quantity.of(q.meanCurrent() * 1e3 / area,
                Math.abs(q.meanCurrent()) * 1e3 / area * relU, MA_PER_CM2), "per " + area + " cm² geometric area");
        r.value("points", "Samples integrated", Quantity.of(q.to() - q.from(), Units.ONE));
        r.curve(curve(d, q, area));
        return r.build();
    }

    /** I(t), j(t), Q(t) for charts, decimated. */
    static Dataset curve(Dataset d, ChargeIntegration q, double area) {
        double[] cumulative = GappedIntegral.cumulativeAbs(q.time(), q.current(), q.from(), q.to());
        int[] idx = Decimator.minMax(q.current(), q.from(), q.to(), CURVE_POINTS);
        double[] qc = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            qc[k] = cumulative[idx[k] - q.from()];
        }
        return Dataset.builder(d.id() + ".ca", DatasetKind.TIME_SERIES).name(d.name() + " (integrated window)")
                .provenance(d.provenance())
                .meta("decimated", idx.length < q.to() - q.from() ? (q.to() - q.from()) + " samples shown as "
                        + idx.length + " (min-max decimation)" : null)
                .column("time", Units.SECOND, Decimator.take(q.time(), idx, 1))
                .column("I", MILLIAMPERE, Decimator.take(q.current(), idx, 1e3))
                .column("j", MA_PER_CM2, Decimator.take(q.current(), idx, 1e3 / area))
                .column("Q", Units.COULOMB, qc).build();
    }
}
