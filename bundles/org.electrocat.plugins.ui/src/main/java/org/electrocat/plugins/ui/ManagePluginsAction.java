package org.electrocat.plugins.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.electrocat.plugins.PluginManager;
import org.electrocat.ui.api.WorkbenchAction;
import org.electrocat.ui.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * <em>Plugins ▸ Manage plugins…</em>: opens the {@link PluginsDialog} over the platform's
 * {@link PluginManager}. The menu exists while the plugin manager runs (the component needs it).
 * Each dialog runs the manager's operations on its own background thread, which ends when the
 * dialog is closed.
 */
@Component(service = WorkbenchAction.class, property = {"electrocat.id=plugins.manage", "electrocat.technique=core"})
public final class ManagePluginsAction implements WorkbenchAction {

    private final PluginManager manager;

    @Activate
    public ManagePluginsAction(@Reference PluginManager manager) {
        this.manager = manager;
    }

    @Override
    public String id() {
        return "plugins.manage";
    }

    @Override
    public String label() {
        return "Manage plugins…";
    }

    @Override
    public String menu() {
        return "Plugins";
    }

    @Override
    public void perform(WorkbenchContext context) {
        open(context).setVisible(true);
    }

    /** The dialog, not yet shown, with its background thread. */
    PluginsDialog open(WorkbenchContext context) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "electrocat-plugins");
            t.setDaemon(true);
            return t;
        });
        PluginsDialog d = new PluginsDialog(context.window(), new PluginsModel(manager, worker), context::log);
        d.setDefaultCloseOperation(javax.swing.WindowConstants.DISPOSE_ON_CLOSE);
        d.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                worker.shutdown();
            }
        });
        return d;
    }
}
