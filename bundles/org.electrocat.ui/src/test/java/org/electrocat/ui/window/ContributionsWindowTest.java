package org.electrocat.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Window;
import java.awt.event.WindowEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.UIManager;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.ParameterSpec;
import org.electrocat.api.Result;
import org.electrocat.core.model.DatasetKind;
import org.electrocat.runtime.PluginRegistry;
import org.electrocat.ui.Fixtures;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchAction;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.electrocat.ui.model.Contributions;
import org.electrocat.ui.model.ProjectNodes;
import org.electrocat.ui.model.WorkspaceRunner;
import org.electrocat.ui.swing.WorkbenchLauncher;
import org.electrocat.ui.swing.WorkbenchWindow;
import org.electrocat.ui.views.DatasetChartView;
import org.electrocat.ui.views.ResultOverview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin views and menus appear and disappear with their services; long work can be cancelled;
 * the gui command blocks until its window closes; the dark theme switches every component.
 */
class ContributionsWindowTest {

    @TempDir
    Path dir;

    /** A technique view for generic datasets, as a .ui bundle would contribute it. */
    static final class PluginView implements WorkbenchView {
        final AtomicInteger disposed = new AtomicInteger();

        @Override
        public String id() {
            return "test.plugin-view";
        }

        @Override
        public String title() {
            return "Plugin view";
        }

        @Override
        public boolean supports(ViewInput input) {
            return input.kind().equals(DatasetKind.GENERIC);
        }

        @Override
        public ViewPart create(ViewInput input, WorkbenchContext context) {
            JLabel l = new JLabel("plugin view of " + input.dataset().id());
            l.setName("plugin.view");
            return new ViewPart() {
                @Override
                public JLabel component() {
                    return l;
                }

                @Override
                public void dispose() {
                    disposed.incrementAndGet();
                }
            };
        }
    }

    static final class CompareAction implements WorkbenchAction {
        final List<Integer> performedWith = new ArrayList<>();

        @Override
        public String id() {
            return "test.compare";
        }

        @Override
        public String label() {
            return "Compare selected";
        }

        @Override
        public String menu() {
            return "Testing";
        }

        @Override
        public boolean enabledFor(WorkbenchContext context) {
            return !context.selectedDatasets().isEmpty();
        }

        @Override
        public void perform(WorkbenchContext context) {
            performedWith.add(context.selectedDatasets().size());
        }
    }

    /** An analysis that works until cancelled (at most 30 s), polling its monitor as analyses must. */
    static final class Slow implements Analysis {
        public String id() {
            return "test.slow";
        }

        public String label() {
            return "Slow";
        }

        public String technique() {
            return "test";
        }

        public String version() {
            return "1";
        }

        public String description() {
            return "Waits to be cancelled.";
        }

        public List<String> inputKinds() {
            return List.of(DatasetKind.GENERIC);
        }

        public List<ParameterSpec> parameters() {
            return List.of();
        }

        public Result run(AnalysisContext c) {
            c.monitor().begin("slow", 300);
            for (int i = 0; i < 300; i++) {
                c.monitor().checkCancelled();
                c.monitor().worked(1);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Result.builder(this, c).build();
        }
    }

    private static WorkbenchWindow window(PluginRegistry registry, Contributions c) throws Exception {
        return Ui.edt(() -> {
            WorkbenchWindow w = WorkbenchWindow.open(new WorkspaceRunner(registry, Map.of()), c, Map.of(),
                    new WorkbenchWindow.Options("light", false));
            w.setSize(1200, 760);
            return w;
        });
    }

    @Test
    void aPluginsViewsAndMenusAppearAndDisappearWithItsServices() throws Exception {
        Display.require();
        Contributions c = new Contributions();
        c.addView(new DatasetChartView());
        c.addView(new ResultOverview());
        WorkbenchWindow w = window(Fixtures.registry(), c);
        try {
            assertFalse(Ui.edt(() -> Ui.names(w.getJMenuBar())).contains("menu.contributed:Testing"));
            PluginView view = new PluginView();
            CompareAction action = new CompareAction();
            c.addView(view); // as DS does when the plugin's bundle starts (on its own thread)
            c.addAction(action);
            Ui.await("the contributed menu", () -> Ui.names(w.getJMenuBar()).contains("menu.contributed:Testing"), 5_000);
            List<String> menus = Ui.edt(() -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < w.getJMenuBar().getMenuCount(); i++) {
                    out.add(w.getJMenuBar().getMenu(i).getText());
                }
                return out;
            });
            assertEquals(List.of("File", "Run", "View", "Testing", "Help"), menus);

            Path data = Fixtures.sineFile(dir, "sine.csv", 20, 1);
            Ui.edt(() -> w.openPaths(List.of(data)));
            Ui.await("the plugin's view to open the dataset", () -> !w.editors().tabs().isEmpty(), 20_000);
            assertEquals("test.plugin-view", Ui.edt(() -> w.editors().tabs().get(0).view().id()), "the plugin view wins");
            assertTrue(Ui.edt(() -> Ui.names(w)).contains("plugin.view"));

            // the menu item is enabled for a dataset selection and runs with it
            Ui.edt(() -> w.tree().select(ProjectNodes.Kind.DATASET, "sine"));
            JMenu menu = Ui.edt(() -> Ui.find(w.getJMenuBar(), JMenu.class).stream()
                    .filter(m -> "menu.contributed:Testing".equals(m.getName())).findFirst().orElseThrow());
            Ui.edt(() -> menu.setSelected(true)); // fires menuSelected: enablement is evaluated
            JMenuItem item = Ui.edt(() -> menu.getItem(0));
            assertTrue(Ui.edt(item::isEnabled));
            Ui.edt(() -> item.doClick());
            assertEquals(List.of(1), action.performedWith);
            Ui.edt(() -> menu.setSelected(false));

            c.removeView(view); // the plugin's bundle stops
            c.removeAction(action);
            Ui.await("the plugin's tab to close", () -> w.editors().tabs().isEmpty(), 5_000);
            assertEquals(1, view.disposed.get());
            Ui.await("the contributed menu to go", () -> !Ui.names(w.getJMenuBar()).contains("menu.contributed:Testing"), 5_000);
            assertTrue(Ui.edt(() -> w.logPanel().text()).contains("Closed 1 view(s) whose plugin was removed"));
        } finally {
            Ui.edt(w::dispose);
        }
    }

    @Test
    void longWorkShowsProgressAndStopsOnCancel() throws Exception {
        Display.require();
        Contributions c = new Contributions();
        c.addView(new DatasetChartView());
        WorkbenchWindow w = window(Fixtures.registry().add(new Slow()), c);
        try {
            Path data = Fixtures.sineFile(dir, "sine.csv", 20, 1);
            Ui.edt(() -> w.openPaths(List.of(data)));
            Ui.await("the file", () -> w.workspace().files().size() == 1, 20_000);
            Ui.edt(() -> w.tree().select(ProjectNodes.Kind.DATASET, "sine"));
            assertTrue(Ui.edt(() -> w.parameters().choose("test.slow")));
            Ui.edt(() -> w.parameters().runButton().doClick());
            Ui.await("the progress bar to move", () -> ((javax.swing.JProgressBar) Ui.named(w, "tasks.progress")).getValue() > 2,
                    10_000);
            assertTrue(Ui.edt(() -> Ui.named(w, "tasks.cancel").isEnabled()));
            Ui.edt(() -> ((javax.swing.JButton) Ui.named(w, "tasks.cancel")).doClick());
            Ui.await("the task to stop", () -> !w.tasks().busy(), 5_000);
            assertEquals("Cancelled", Ui.edt(() -> ((JLabel) Ui.named(w, "tasks.label")).getText()));
            assertTrue(Ui.edt(() -> w.workspace().runs().isEmpty()), "a cancelled run leaves nothing behind");
        } finally {
            Ui.edt(w::dispose);
        }
    }

    @Test
    void theGuiCommandBlocksUntilTheWindowIsClosed() throws Exception {
        Display.require();
        Contributions c = new Contributions();
        c.addView(new DatasetChartView());
        AtomicReference<WorkbenchWindow> opened = new AtomicReference<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path data = Fixtures.sineFile(dir, "sine.csv", 20, 1);
        CompletableFuture<Integer> command = CompletableFuture.supplyAsync(() -> WorkbenchLauncher.run(
                new String[] {"--theme", "dark", data.toString()}, Fixtures.runner(), c, Map.of(), opened::set,
                new PrintStream(err, true)));
        Ui.await("the window", () -> opened.get() != null && opened.get().isShowing(), 20_000);
        WorkbenchWindow w = opened.get();
        Ui.await("the file given on the command line", () -> w.workspace().files().size() == 1, 20_000);
        assertTrue(Ui.edt(() -> UIManager.getLookAndFeel().getName().contains("Dark")));
        Path shot = Ui.screenshot(w, "workbench-dark");
        assertTrue(java.nio.file.Files.size(shot) > 10_000);
        Thread.sleep(300);
        assertFalse(command.isDone(), "the command must not return while the window is open");
        // the user closes the window; the file was opened but not saved: this is a modified workspace,
        // and with dialogs on the workbench would ask; answer by saving first
        Ui.edt(() -> w.saveSession(dir.resolve("s.ecsession")));
        Ui.edt(() -> w.dispatchEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSING)));
        assertEquals(0, command.get(10, TimeUnit.SECONDS));
        assertFalse(Ui.edt(w::isDisplayable));
        Ui.edt(() -> org.electrocat.ui.swing.Themes.install("light"));
        assertEquals(2, WorkbenchLauncher.run(new String[] {"--bogus"}, Fixtures.runner(), c, Map.of(), x -> { },
                new PrintStream(err, true)));
        assertTrue(err.toString().contains("unknown option --bogus"), err.toString());
        for (Window win : Window.getWindows()) {
            assertFalse(win.isShowing() && win instanceof WorkbenchWindow, "no workbench window left open");
        }
    }
}
