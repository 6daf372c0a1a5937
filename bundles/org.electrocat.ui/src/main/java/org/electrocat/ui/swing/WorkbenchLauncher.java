package org.electrocat.ui.swing;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.electrocat.ui.model.Contributions;
import org.electrocat.ui.model.WorkspaceRunner;

/**
 * Runs the workbench for {@code electrocat gui [--theme light|dark] [FILE...]}: opens the window,
 * opens the files, and blocks until the window is closed, because the launcher stops the OSGi
 * framework (and the JVM exits) as soon as the command returns.
 */
public final class WorkbenchLauncher {

    /** Exit code: the window was closed normally. */
    public static final int OK = 0;
    /** Exit code: bad arguments, or no display to open a window on. */
    public static final int USAGE = 2;

    private WorkbenchLauncher() {
    }

    /**
     * Opens the workbench and waits for its window to close.
     *
     * @param opened told the window once it is open (to close it when the framework stops)
     * @param err    where problems are reported
     * @return {@link #OK}, or {@link #USAGE} when the arguments are wrong or no window can be opened
     */
    public static int run(String[] args, WorkspaceRunner runner, Contributions contributions, Map<String, String> software,
            Consumer<WorkbenchWindow> opened, PrintStream err) {
        String theme = Themes.LIGHT;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--theme") && i + 1 < args.length) {
                theme = args[++i];
            } else if (a.startsWith("--theme=")) {
                theme = a.substring("--theme=".length());
            } else if (a.startsWith("-")) {
                err.println("electrocat gui: unknown option " + a + " (usage: electrocat gui [--theme light|dark] [FILE...])");
                return USAGE;
            } else {
                files.add(Path.of(a));
            }
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("electrocat gui: no display to open a window on (headless Java; is DISPLAY set?)");
            return USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        String chosen = theme;
        try {
            SwingUtilities.invokeAndWait(() -> {
                WorkbenchWindow w = WorkbenchWindow.open(runner, contributions, software,
                        new WorkbenchWindow.Options(chosen, true));
                w.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        closed.countDown();
                    }
                });
                opened.accept(w);
                if (!files.isEmpty()) {
                    w.openPaths(files);
                }
            });
        } catch (InvocationTargetException e) {
            err.println("electrocat gui: cannot open the workbench window: " + e.getCause());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return USAGE;
        } catch (java.awt.AWTError e) {
            err.println("electrocat gui: cannot open a window: " + e.getMessage());
            return USAGE;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }
}
