package org.electrocat.ui.api;

import java.util.Objects;
import javax.swing.JComponent;

/**
 * One open view in the workbench's editor area: its Swing component, and what to release when the
 * user closes it or the contributing bundle goes away.
 */
public interface ViewPart {

    /** The component shown in the editor tab. Called once, on the event dispatch thread. */
    JComponent component();

    /** Releases listeners, timers or background work; called on the event dispatch thread. */
    default void dispose() {
    }

    /** A view part for a component that needs no clean-up. */
    static ViewPart of(JComponent component) {
        Objects.requireNonNull(component, "view component");
        return () -> component;
    }
}
