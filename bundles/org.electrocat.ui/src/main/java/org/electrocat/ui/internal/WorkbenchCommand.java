package org.electrocat.ui.internal;

import java.util.Map;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.electrocat.runtime.PluginRegistry;
import org.electrocat.ui.model.Contributions;
import org.electrocat.ui.model.WorkspaceRunner;
import org.electrocat.ui.swing.WorkbenchLauncher;
import org.electrocat.ui.swing.WorkbenchWindow;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the workbench to the command line as a {@code Function<String[], Integer>} (a JDK
 * type, so the CLI bundle needs no Swing) with the property {@code electrocat.command=gui}; see
 * {@link WorkbenchLauncher}. Nothing touches AWT until the command is called, so the bundle is
 * harmless in headless command-line runs.
 */
@Component(service = Function.class, property = "electrocat.command=gui")
public final class WorkbenchCommand implements Function<String[], Integer> {

    private final PluginRegistry registry;
    private final Contributions contributions;
    private final Map<String, String> software;
    private volatile WorkbenchWindow window;

    @Activate
    public WorkbenchCommand(@Reference PluginRegistry registry, @Reference Contributions contributions,
            BundleContext context) {
        this.registry = registry;
        this.contributions = contributions;
        // the same software record as the other front end's, so reports match
        this.software = org.electrocat.runtime.StudyReport.software(context);
    }

    @Override
    public Integer apply(String[] args) {
        try {
            return WorkbenchLauncher.run(args, new WorkspaceRunner(registry, software), contributions, software,
                    w -> window = w, System.err);
        } finally {
            window = null;
        }
    }

    /** The framework or this bundle is stopping: close the window so the command returns. */
    @Deactivate
    void deactivate() {
        WorkbenchWindow w = window;
        if (w != null) {
            SwingUtilities.invokeLater(w::dispose);
        }
    }
}
