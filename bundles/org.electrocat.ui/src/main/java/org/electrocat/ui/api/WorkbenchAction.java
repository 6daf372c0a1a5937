package org.electrocat.ui.api;

/**
 * A menu entry a technique's {@code .ui} bundle contributes, e.g. <em>Electrochemistry ▸ Compare
 * Tafel slopes…</em>. Register it as an OSGi service with {@code electrocat.id} and
 * {@code electrocat.technique}; the workbench adds the item to the named top-level menu when the
 * service appears (creating the menu with its first item) and removes it when the service goes.
 *
 * <p>Computations belong in an {@code org.electrocat.api.Analysis}, so the command line and studies
 * can run them too; actions are for what only a desktop needs: a comparison view, a dialog, a
 * specialised export.
 */
public interface WorkbenchAction {

    /** Unique id, by convention {@code <technique>.<name>}. */
    String id();

    /** Menu item text. */
    String label();

    /** Top-level menu the item goes into, e.g. {@code Electrochemistry}. */
    String menu();

    /** Whether the item is enabled for the current selection; asked each time the menu opens. Must not throw. */
    default boolean enabledFor(WorkbenchContext context) {
        return true;
    }

    /** Runs the action on the event dispatch thread. Long work must go to a background thread. */
    void perform(WorkbenchContext context);
}
