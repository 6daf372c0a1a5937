package org.electrocat.plugins.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.electrocat.plugins.ui.FakeManager;
import org.electrocat.plugins.ui.PluginsDialog;
import org.electrocat.plugins.ui.PluginsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin dialog in a real window (under Xvfb): it opens on the test repository and lists its
 * plugins, installs one in the background, shows a refused (tampered) plugin's failure in its
 * error panel, and offers Remove only for installed plugins. Screenshots go to
 * target/screenshots (and /tmp when {@code electrocat.screenshots.copy} names a prefix).
 */
class PluginsDialogWindowTest {

    @TempDir
    Path dir;

    @Test
    void installAndARefusedPluginInTheDialog() throws Exception {
        Display.require();
        PluginsModel model = new PluginsModel(new FakeManager(dir), Executors.newSingleThreadExecutor());
        List<String> log = new CopyOnWriteArrayList<>();
        AtomicReference<JFrame> owner = new AtomicReference<>();
        PluginsDialog d = edt(() -> {
            JFrame f = new JFrame("owner");
            f.setSize(300, 200);
            owner.set(f);
            PluginsDialog dialog = new PluginsDialog(f, model, log::add);
            dialog.setVisible(true);
            return dialog;
        });
        try {
            JTable table = (JTable) named(d, "plugins.table");
            await("the repository's plugins", () -> table.getRowCount() == 7);
            assertEquals(List.of("Plugin", "Version", "Installed", "Technique", "State"), edt(() -> {
                List<String> cols = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cols.add(table.getColumnName(c));
                }
                return cols;
            }));
            JButton install = (JButton) named(d, "plugins.install");
            JButton remove = (JButton) named(d, "plugins.remove");
            JButton update = (JButton) named(d, "plugins.update");
            assertTrue(edt(update::isEnabled), "ms has a newer version");
            int echem = edt(() -> index(table, "echem"));
            run(() -> table.setRowSelectionInterval(echem, echem));
            assertTrue(edt(install::isEnabled));
            assertFalse(edt(remove::isEnabled), "echem is not installed");
            run(install::doClick);
            JLabel status = (JLabel) named(d, "plugins.status");
            await("the installation", () -> status.getText().startsWith("Installed echem"));
            assertEquals("installed", edt(() -> table.getValueAt(index(table, "echem"), 4)));
            assertTrue(edt(remove::isEnabled), "the selection stays on echem, now removable");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Plugins: Installed echem")), log.toString());
            shot(d, "plugins-dialog-installed");

            int tampered = edt(() -> index(table, "org.example.tampered"));
            run(() -> table.setRowSelectionInterval(tampered, tampered));
            run(install::doClick);
            Component problem = named(d, "plugins.problem");
            await("the failure", problem::isShowing);
            assertEquals("Checksum mismatch: a file differs from what the repository published",
                    edt(((JLabel) named(d, "plugins.problem.title"))::getText));
            assertTrue(edt(() -> status.getText()).endsWith("failed"));
            shot(d, "plugins-dialog-refused");
        } finally {
            run(() -> {
                d.dispose();
                owner.get().dispose();
            });
        }
    }

    static int index(JTable t, String name) {
        for (int i = 0; i < t.getRowCount(); i++) {
            if (name.equals(t.getValueAt(i, 0))) {
                return i;
            }
        }
        return -1;
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

    static void run(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    static void await(String what, BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            if (edt(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(50);
        }
        fail("timed out waiting for " + what);
    }

    static Component named(Component root, String name) throws Exception {
        Component c = edt(() -> find(root, name));
        if (c == null) {
            fail("no component named " + name);
        }
        return c;
    }

    private static Component find(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof javax.swing.RootPaneContainer rp) {
            return find(rp.getRootPane(), name);
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component hit = find(child, name);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** Captures the dialog's area of the screen. */
    static void shot(Component c, String name) throws Exception {
        run(() -> c.paintAll(c.getGraphics()));
        Thread.sleep(400);
        Rectangle r = edt(() -> new Rectangle(c.getLocationOnScreen(), c.getSize()));
        BufferedImage img = new Robot().createScreenCapture(r);
        Path out = Path.of(System.getProperty("electrocat.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ImageIO.write(img, "png", out.resolve(name + ".png").toFile());
        String copy = System.getProperty("electrocat.screenshots.copy");
        if (copy != null && !copy.isBlank()) {
            ImageIO.write(img, "png", Path.of(copy + name + ".png").toFile());
        }
    }
}
