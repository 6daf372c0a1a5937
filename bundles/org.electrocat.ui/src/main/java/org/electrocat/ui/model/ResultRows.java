package org.electrocat.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.electrocat.api.Result;
import org.electrocat.runtime.StudyOutcome;

/**
 * The rows of the workbench's results table: one per value of every run (value, standard
 * uncertainty and unit in their own columns, so they sort and copy cleanly), one per failed run with
 * its reason, and the values of study runs under the study's name.
 */
public final class ResultRows {

    /** Column headers. */
    public static final List<String> HEADERS = List.of("Step", "Analysis", "Status", "Quantity", "Value", "±", "Unit", "Note");

    /**
     * One row.
     *
     * @param step     run or study step id (prefixed with the study name for study runs)
     * @param resultId id of the result to open, or {@code null}
     * @param analysis analysis id
     * @param status   done, failed or saved
     * @param quantity label of the value
     * @param value    the number as text
     * @param sigma    its standard uncertainty as text, empty when not determined
     * @param unit     unit symbol
     * @param note     the value's note, the failure reason or a warning
     */
    public record Row(String step, String resultId, String analysis, String status, String quantity, String value,
            String sigma, String unit, String note) {

        /** Cell {@code column} as text, in the order of {@link #HEADERS}. */
        public String cell(int column) {
            return switch (column) {
                case 0 -> step;
                case 1 -> analysis;
                case 2 -> status;
                case 3 -> quantity;
                case 4 -> value;
                case 5 -> sigma;
                case 6 -> unit;
                default -> note;
            };
        }
    }

    private ResultRows() {
    }

    /** The rows for a workspace. */
    public static List<Row> of(Workspace ws) {
        List<Row> rows = new ArrayList<>();
        for (AnalysisRun r : ws.runs()) {
            String status = r.status().name().toLowerCase(Locale.ROOT);
            if (r.status() == AnalysisRun.Status.FAILED || r.status() == AnalysisRun.Status.PENDING) {
                rows.add(new Row(r.id(), null, r.analysisId(), status, "", "", "", "",
                        r.failure() == null ? "" : r.failure()));
                continue;
            }
            String resultId = r.result() == null ? null : r.id();
            ResultSummary s = r.summary();
            for (ResultSummary.Value v : s.values()) {
                rows.add(new Row(r.id(), resultId, r.analysisId(), status, v.label(), number(v.value()),
                        Double.isNaN(v.uncertainty()) ? "" : number(v.uncertainty()), v.unit().equals("1") ? "" : v.unit(),
                        v.note()));
            }
            for (String w : s.warnings()) {
                rows.add(new Row(r.id(), resultId, r.analysisId(), "warning", "", "", "", "", w));
            }
        }
        for (StudyEntry st : ws.studies()) {
            if (st.outcome() == null) {
                continue;
            }
            String prefix = st.study().name() + " / ";
            for (StudyOutcome.StepResult sr : st.outcome().results()) {
                Result r = sr.result();
                for (Result.Value v : r.values()) {
                    var q = v.quantity();
                    rows.add(new Row(prefix + r.id(), r.id(), r.analysisId(), "done", v.label(), number(q.value()),
                            q.hasUncertainty() ? number(q.uncertainty()) : "",
                            q.unit().symbol().equals("1") ? "" : q.unit().symbol(), v.note()));
                }
            }
            for (StudyOutcome.Failure f : st.outcome().failures()) {
                rows.add(new Row(prefix + f.stepId(), null, "", "failed", "", "", "", "", f.message()));
            }
        }
        return rows;
    }

    /** Six significant digits, no grouping, decimal point whatever the locale. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-4)) {
            return String.format(Locale.ROOT, "%.5e", v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
