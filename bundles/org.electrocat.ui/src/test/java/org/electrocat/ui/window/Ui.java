package org.electrocat.ui.window;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.SwingUtilities;

/** Helpers for tests against real windows: run on the event thread, wait, find, screenshot. */
final class Ui {

    private Ui() {
    }

    /** Runs on the event dispatch thread and returns the value. */
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

    static void edt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    /** Waits until the condition (checked on the event thread) holds. */
    static void await(String what, BooleanSupplier condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (edt(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(50);
        }
        fail("timed out after " + timeoutMs + " ms waiting for " + what);
    }

    /** Every component under {@code root} (menus included), depth first. */
    static List<Component> all(Component root) {
        List<Component> out = new ArrayList<>();
        out.add(root);
        if (root instanceof JMenuBar bar) {
            for (int i = 0; i < bar.getMenuCount(); i++) {
                out.addAll(all(bar.getMenu(i)));
            }
        } else if (root instanceof JMenu m) {
            for (Component c : m.getMenuComponents()) {
                out.addAll(all(c));
            }
        } else if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                out.addAll(all(child));
            }
        }
        return out;
    }

    /** The components of a type under root. */
    static <T> List<T> find(Component root, Class<T> type) {
        return all(root).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Component names under root (those that have one). */
    static List<String> names(Component root) {
        return all(root).stream().map(Component::getName).filter(n -> n != null).toList();
    }

    /** The one showing component called {@code name} under root. */
    static Component named(Component root, String name) {
        List<Component> hits = all(root).stream().filter(c -> name.equals(c.getName()) && c.isShowing()).toList();
        if (hits.size() != 1) {
            fail("expected one showing component named '" + name + "', found " + hits.size() + "; names: " + names(root));
        }
        return hits.get(0);
    }

    /** Captures the component's area of the screen to a PNG (after letting pending paints finish). */
    static Path screenshot(Component c, String name) throws Exception {
        edt(() -> c.paintAll(c.getGraphics()));
        Toolkit.getDefaultToolkit().sync();
        Thread.sleep(400);
        Rectangle r = edt(() -> new Rectangle(c.getLocationOnScreen(), c.getSize()));
        BufferedImage img = new Robot().createScreenCapture(r);
        Path dir = Path.of(System.getProperty("electrocat.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
