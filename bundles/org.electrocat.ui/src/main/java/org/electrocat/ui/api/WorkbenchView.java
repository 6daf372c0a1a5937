package org.electrocat.ui.api;

/**
 * A view or editor a technique's {@code .ui} bundle contributes to the workbench: a Nyquist/Bode
 * pair for impedance spectra, a waterfall for in situ spectra, a free-energy diagram for a
 * mechanism result. Register it as an OSGi service (a Declarative Services {@code @Component}) with
 * the properties {@code electrocat.id} and {@code electrocat.technique}; the workbench tracks these
 * services, so the views appear when the bundle starts and close when it stops.
 *
 * <p>When several views {@link #supports support} an input, the one with the highest
 * {@link #priority()} opens on double-click and the others are offered under <em>Open With</em>.
 * The workbench's own generic views (any dataset as an x-y chart of chosen columns, any result as
 * a values table with its charts) have priority {@link #GENERIC}, so any technique view wins.
 */
public interface WorkbenchView {

    /** Priority of the workbench's generic views. */
    int GENERIC = -100;

    /** Unique id, by convention {@code <technique>.<name>}, e.g. {@code eis.nyquist-bode}. */
    String id();

    /** Name in menus and on the tab, e.g. {@code Nyquist / Bode}. */
    String title();

    /** Higher wins when several views support an input; technique views use 0 (the default) or more. */
    default int priority() {
        return 0;
    }

    /** True when this view can show the input (test the dataset kind, columns or the result's analysis id). Must be cheap and must not throw. */
    boolean supports(ViewInput input);

    /**
     * Creates the view for an input it {@link #supports}. Called on the Swing event dispatch thread.
     *
     * @param input   the dataset or result
     * @param context the workbench: charts of results, the standard chart panel, logging
     */
    ViewPart create(ViewInput input, WorkbenchContext context);
}
