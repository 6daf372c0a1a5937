package org.electrocat.eis.ui.window;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.WorkbenchView;
import org.junit.jupiter.api.Assertions;

/**
 * The real workbench window for tests of a technique's views. The workbench exports only its
 * extension api, so its window, contributions and runner are reached by class name, as a launcher
 * would; everything the test checks goes through public Swing and api types.
 */
final class Workbench {

    final Object contributions;
    final JFrame window;

    private Workbench(Object contributions, JFrame window) {
        this.contributions = contributions;
        this.window = window;
    }

    /** Opens a window whose registry has the given readers and analyses, with the given views installed. */
    static Workbench open(List<Object> plugins, List<WorkbenchView> views) throws Exception {
        Object registry = create("org.electrocat.runtime.PluginRegistry");
        for (Object p : plugins) {
            call(registry, "add", p);
        }
        Object runner = create("org.electrocat.ui.model.WorkspaceRunner", registry, Map.of());
        Object contributions = create("org.electrocat.ui.model.Contributions");
        for (WorkbenchView v : views) {
            call(contributions, "addView", v);
        }
        Object options = create("org.electrocat.ui.swing.WorkbenchWindow$Options", "light", false);
        Class<?> windowClass = Class.forName("org.electrocat.ui.swing.WorkbenchWindow");
        JFrame w = edt(() -> {
            JFrame f = (JFrame) invoke(null, windowClass, "open", runner, contributions, Map.of(), options);
            f.setSize(1200, 760);
            return f;
        });
        return new Workbench(contributions, w);
    }

    /** The workbench's generic views (column chart, result overview), as its own bundle registers them. */
    static List<WorkbenchView> genericViews() throws Exception {
        return List.of((WorkbenchView) create("org.electrocat.ui.views.DatasetChartView"),
                (WorkbenchView) create("org.electrocat.ui.views.ResultOverview"));
    }

    void openPaths(List<Path> paths) throws Exception {
        edt(() -> call(window, "openPaths", paths));
    }

    void open(ViewInput input) throws Exception {
        edt(() -> call(window, "open", input));
    }

    void removeView(WorkbenchView v) throws Exception {
        call(contributions, "removeView", v);
    }

    /** Ids of the views in the editor tabs, in tab order. */
    List<String> tabViews() throws Exception {
        return edt(this::tabViewsHere);
    }

    /** {@link #tabViews()} for code already on the event dispatch thread (e.g. an {@link #await} condition). */
    @SuppressWarnings("unchecked")
    List<String> tabViewsHere() {
        try {
            List<String> out = new ArrayList<>();
            for (Object tab : (List<Object>) call(call(window, "editors"), "tabs")) {
                out.add(((WorkbenchView) call(tab, "view")).id());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Datasets of the workspace's files and runs. */
    @SuppressWarnings("unchecked")
    List<org.electrocat.core.model.Dataset> datasets() throws Exception {
        return edt(() -> (List<org.electrocat.core.model.Dataset>) call(call(window, "workspace"), "datasets"));
    }

    void dispose() throws Exception {
        edt(() -> {
            window.dispose();
            return null;
        });
    }

    static <T> T edt(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                err.set(e);
            }
        });
        if (err.get() != null) {
            throw err.get();
        }
        return out.get();
    }

    static void await(String what, BooleanSupplier condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (edt(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(50);
        }
        Assertions.fail("timed out after " + timeoutMs + " ms waiting for " + what);
    }

    static List<Component> all(Component root) {
        List<Component> out = new ArrayList<>();
        out.add(root);
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                out.addAll(all(child));
            }
        }
        return out;
    }

    static List<String> names(Component root) {
        return all(root).stream().filter(Component::isShowing).map(Component::getName).filter(n -> n != null).toList();
    }

    /** Captures the window's area of the screen to {@code <electrocat.screenshots>/<name>.png}. */
    Path screenshot(String name) throws Exception {
        edt(() -> {
            window.paintAll(window.getGraphics());
            return null;
        });
        Toolkit.getDefaultToolkit().sync();
        Thread.sleep(400);
        Rectangle r = edt(() -> new Rectangle(window.getLocationOnScreen(), window.getSize()));
        BufferedImage img = new Robot().createScreenCapture(r);
        Path dir = Path.of(System.getProperty("electrocat.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    static Object create(String className, Object... args) throws Exception {
        for (Constructor<?> c : Class.forName(className).getDeclaredConstructors()) {
            if (fits(c.getParameterTypes(), args)) {
                c.setAccessible(true);
                return c.newInstance(args);
            }
        }
        throw new NoSuchMethodException(className + " has no constructor for " + args.length + " arguments");
    }

    static Object call(Object target, String method, Object... args) throws Exception {
        return invoke(target, target.getClass(), method, args);
    }

    private static Object invoke(Object target, Class<?> type, String method, Object... args) throws Exception {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method) && fits(m.getParameterTypes(), args)) {
                    m.setAccessible(true);
                    return m.invoke(target, args);
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + method);
    }

    private static boolean fits(Class<?>[] types, Object[] args) {
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i].isPrimitive() ? boxed(types[i]) : types[i];
            if (args[i] != null && !t.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> p) {
        return p == boolean.class ? Boolean.class : p == int.class ? Integer.class : p == double.class ? Double.class
                : p == long.class ? Long.class : Object.class;
    }
}
