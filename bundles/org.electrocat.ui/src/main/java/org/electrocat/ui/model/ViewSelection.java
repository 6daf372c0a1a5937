package org.electrocat.ui.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.WorkbenchView;

/**
 * Chooses the views for an input: every view whose {@code supports} accepts it, highest
 * {@code priority} first (ties by title, so the order is stable). A view whose {@code supports}
 * throws is a plugin bug; it is left out rather than allowed to break the workbench.
 */
public final class ViewSelection {

    private static final Comparator<WorkbenchView> ORDER = Comparator.comparingInt(WorkbenchView::priority).reversed()
            .thenComparing(WorkbenchView::title).thenComparing(WorkbenchView::id);

    private ViewSelection() {
    }

    /** The views that can show {@code input}, preferred first. */
    public static List<WorkbenchView> applicable(Collection<WorkbenchView> views, ViewInput input) {
        List<WorkbenchView> out = new ArrayList<>();
        for (WorkbenchView v : views) {
            boolean ok;
            try {
                ok = v.supports(input);
            } catch (RuntimeException e) {
                ok = false;
            }
            if (ok) {
                out.add(v);
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The view that opens on double-click, if any supports the input. */
    public static Optional<WorkbenchView> preferred(Collection<WorkbenchView> views, ViewInput input) {
        List<WorkbenchView> all = applicable(views, input);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
}
