package org.electrocat.ui.internal;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.electrocat.runtime.PluginRegistry;
import org.electrocat.ui.model.Contributions;
import org.electrocat.ui.model.WorkspaceRunner;
import org.electrocat.ui.swing.Themes;
import org.electrocat.ui.swing.WorkbenchWindow;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the workbench to the command line as a {@code Function<String[], Integer>} (a JDK
 * type, so the CLI bundle needs no Swing) with the property {@code electrocat.command=gui}:
 * {@code electrocat gui [--theme light|dark] [FILE...]} opens the window, opens the files (raw
 * data, studies, sessions) and returns only when the window is closed, because the launcher stops
 * the framework as soon as the command returns. Nothing touches AWT until the command is called,
 * so the bundle is harmless in headless command-line runs.
 */
@Component(service = Function.class, property = "electrocat.command=gui")
public final class WorkbenchCommand implements Function<String[], Integer> {

    /** Exit code when the window cannot be opened (no display). */
    public static final int NO_DISPLAY = 2;

    private final PluginRegistry registry;
    private final Contributions contributions;
    private final Map<String, String> software = new LinkedHashMap<>();
    private volatile WorkbenchWindow window;

    @Activate
    public WorkbenchCommand(@Reference PluginRegistry registry, @Reference Contributions contributions,
            BundleContext context) {
        this.registry = registry;
        this.contributions = contributions;
        Bundle system = context.getBundle(0);
        software.put("ElectroCat", context.getBundle().getVersion().toString());
        software.put("OSGi framework", system.getSymbolicName() + " " + system.getVersion());
        software.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        software.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    @Override
    public Integer apply(String[] args) {
        String theme = Themes.LIGHT;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--theme") && i + 1 < args.length) {
                theme = args[++i];
            } else if (a.startsWith("--theme=")) {
                theme = a.substring("--theme=".length());
            } else if (a.startsWith("-")) {
                System.err.println("electrocat gui: unknown option " + a + " (usage: electrocat gui [--theme light|dark] [FILE...])");
                return 2;
            } else {
                files.add(Path.of(a));
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("electrocat gui: no display to open a window on (headless Java; is DISPLAY set?)");
            return NO_DISPLAY;
        }
        CountDownLatch closed = new CountDownLatch(1);
        String chosenTheme = theme;
        try {
            SwingUtilities.invokeAndWait(() -> {
                WorkbenchWindow w = WorkbenchWindow.open(new WorkspaceRunner(registry, software), contributions, software,
                        new WorkbenchWindow.Options(chosenTheme, true));
                w.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        closed.countDown();
                    }
                });
                window = w;
                if (!files.isEmpty()) {
                    w.openPaths(files);
                }
            });
        } catch (InvocationTargetException e) {
            System.err.println("electrocat gui: cannot open the workbench window: " + e.getCause());
            return NO_DISPLAY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (java.awt.AWTError e) {
            System.err.println("electrocat gui: cannot open a window: " + e.getMessage());
            return NO_DISPLAY;
        }
        try {
            closed.await(); // the launcher stops the framework when we return: keep it alive until the window closes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        window = null;
        return 0;
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
