package org.electrocat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.core.units.Units;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchAction;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.electrocat.ui.model.Contributions;
import org.electrocat.ui.model.ViewSelection;
import org.electrocat.ui.views.DatasetChartView;
import org.electrocat.ui.views.ResultOverview;
import org.junit.jupiter.api.Test;

/** Which view opens an input, and contributions coming and going. */
class ViewSelectionTest {

    record View(String id, String title, int priority, Predicate<ViewInput> test) implements WorkbenchView {
        @Override
        public boolean supports(ViewInput input) {
            return test.test(input);
        }

        @Override
        public ViewPart create(ViewInput input, WorkbenchContext context) {
            throw new UnsupportedOperationException("not created in model tests");
        }
    }

    private static final Dataset IMPEDANCE = Dataset.builder("eis", DatasetKind.IMPEDANCE)
            .column("f", Units.parse("Hz"), new double[] {1, 10}).build();
    private static final Dataset CV = Dataset.builder("cv", DatasetKind.VOLTAMMOGRAM)
            .column("E", Units.VOLT, new double[] {0, 1}).build();
    private static final Result FIT = Result.builder("fit", "eis.fit", "1", "eis").build();

    @Test
    void techniqueViewsWinOverTheGenericOnesAndUnsupportedOrBrokenViewsAreLeftOut() {
        View nyquist = new View("eis.nyquist", "Nyquist / Bode", 0, in -> in.kind().equals(DatasetKind.IMPEDANCE));
        View fit = new View("eis.fit-view", "Fit", 10, in -> in.analysisId().filter("eis.fit"::equals).isPresent());
        View broken = new View("bad.view", "Broken", 50, in -> {
            throw new IllegalStateException("plugin bug");
        });
        List<WorkbenchView> all = List.of(new DatasetChartView(), new ResultOverview(), nyquist, fit, broken);
        assertEquals(List.of("eis.nyquist", DatasetChartView.ID), ids(ViewSelection.applicable(all, ViewInput.of(IMPEDANCE))));
        assertEquals(List.of(DatasetChartView.ID), ids(ViewSelection.applicable(all, ViewInput.of(CV))));
        assertEquals(List.of("eis.fit-view", ResultOverview.ID), ids(ViewSelection.applicable(all, ViewInput.of(FIT))));
        assertEquals("eis.nyquist", ViewSelection.preferred(all, ViewInput.of(IMPEDANCE)).orElseThrow().id());
        assertTrue(ViewSelection.preferred(List.of(nyquist), ViewInput.of(CV)).isEmpty());
    }

    @Test
    void equalPrioritiesAreOrderedByTitleSoTheChoiceIsStable() {
        View b = new View("x.b", "Beta", 0, in -> true);
        View a = new View("x.a", "Alpha", 0, in -> true);
        assertEquals(List.of("x.a", "x.b"), ids(ViewSelection.applicable(List.of(b, a), ViewInput.of(CV))));
    }

    @Test
    void viewInputsAreEitherADatasetOrAResult() {
        assertThrows(IllegalArgumentException.class, () -> new ViewInput(null, null));
        assertThrows(IllegalArgumentException.class, () -> new ViewInput(CV, FIT));
        assertEquals("dataset:cv", ViewInput.of(CV).key());
        assertEquals("result:fit", ViewInput.of(FIT).key());
        assertEquals(ViewInput.RESULT, ViewInput.of(FIT).kind());
    }

    @Test
    void contributionsTellListenersWhenViewsAndActionsComeAndGo() {
        Contributions c = new Contributions();
        List<String> events = new ArrayList<>();
        c.addListener(() -> events.add(c.views().size() + "v" + c.actions().size() + "a"));
        View v = new View("eis.nyquist", "Nyquist", 0, in -> true);
        WorkbenchAction act = new WorkbenchAction() {
            @Override
            public String id() {
                return "eis.compare";
            }

            @Override
            public String label() {
                return "Compare";
            }

            @Override
            public String menu() {
                return "Impedance";
            }

            @Override
            public void perform(WorkbenchContext context) {
            }
        };
        c.addView(v);
        c.addAction(act);
        assertTrue(c.contains(v));
        c.removeView(v);
        c.removeAction(act);
        assertEquals(List.of("1v0a", "1v1a", "0v1a", "0v0a"), events);
        assertTrue(!c.contains(v));
    }

    private static List<String> ids(List<WorkbenchView> views) {
        return views.stream().map(WorkbenchView::id).toList();
    }
}
