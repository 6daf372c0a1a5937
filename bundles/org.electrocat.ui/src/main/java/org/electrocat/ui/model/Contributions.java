package org.electrocat.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.electrocat.ui.api.WorkbenchAction;
import org.electrocat.ui.api.WorkbenchView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The views and menu actions that installed bundles contribute to the workbench. Under OSGi a
 * Declarative Services component with dynamic references, so a technique's {@code .ui} bundle
 * starting or stopping adds or removes its contributions while the workbench runs; listeners (the
 * open window) are told on the thread that changed the services and must hop to the Swing thread
 * themselves. Without OSGi (tests, embedding) contributions are added by hand.
 */
@Component(service = Contributions.class, immediate = true)
public final class Contributions {

    /** Told after any view or action came or went. */
    @FunctionalInterface
    public interface Listener {
        void contributionsChanged();
    }

    private final List<WorkbenchView> views = new CopyOnWriteArrayList<>();
    private final List<WorkbenchAction> actions = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Adds a view (DS bind method). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addView(WorkbenchView view) {
        views.add(view);
        fire();
    }

    /** Removes a view (DS unbind method). */
    public void removeView(WorkbenchView view) {
        views.remove(view);
        fire();
    }

    /** Adds a menu action (DS bind method). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addAction(WorkbenchAction action) {
        actions.add(action);
        fire();
    }

    /** Removes a menu action (DS unbind method). */
    public void removeAction(WorkbenchAction action) {
        actions.remove(action);
        fire();
    }

    /** The views, by id. */
    public List<WorkbenchView> views() {
        List<WorkbenchView> copy = new ArrayList<>(views);
        copy.sort(Comparator.comparing(WorkbenchView::id));
        return copy;
    }

    /** The actions, by menu and then label. */
    public List<WorkbenchAction> actions() {
        List<WorkbenchAction> copy = new ArrayList<>(actions);
        copy.sort(Comparator.comparing(WorkbenchAction::menu).thenComparing(WorkbenchAction::label));
        return copy;
    }

    /** True while the view is installed (an open tab of a removed view is closed). */
    public boolean contains(WorkbenchView view) {
        return views.contains(view);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        for (Listener l : listeners) {
            l.contributionsChanged();
        }
    }
}
