package org.electrocat.ui.swing;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.electrocat.api.Analysis;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Technique;
import org.electrocat.ui.api.WorkbenchAction;
import org.electrocat.ui.api.WorkbenchView;
import org.electrocat.ui.model.StudyEntry;

/**
 * The workbench's menu bar: File, Run, View and Help, and between View and Help one menu per name
 * that contributed {@link WorkbenchAction}s use, rebuilt whenever actions come or go, so a
 * technique's menus are there exactly while its bundles are.
 */
final class WorkbenchMenus {

    /** Name prefix of contributed top-level menus (component names, for tests). */
    static final String CONTRIBUTED = "menu.contributed:";

    private final WorkbenchWindow w;
    private final JMenuBar bar = new JMenuBar();
    private final JMenu help = new JMenu("Help");
    private final JCheckBoxMenuItem dark = new JCheckBoxMenuItem("Dark theme");

    WorkbenchMenus(WorkbenchWindow window) {
        this.w = window;
        bar.setName("menubar");
        bar.add(file());
        bar.add(run());
        bar.add(view());
        help.setName("menu.help");
        help.add(item("Installed plugins…", "help.plugins", null, this::plugins));
        bar.add(help);
        rebuildContributed();
    }

    JMenuBar bar() {
        return bar;
    }

    private JMenu file() {
        WorkbenchCommands c = w.commands();
        JMenu m = new JMenu("File");
        m.setName("menu.file");
        m.add(item("Open raw files…", "file.open", key(KeyEvent.VK_O), c::chooseRaw));
        m.add(item("Open study…", "file.openStudy", null, c::chooseStudy));
        m.add(item("Open session…", "file.openSession", null, c::chooseSession));
        m.addSeparator();
        m.add(item("Save session", "file.save", key(KeyEvent.VK_S), () -> c.save(false)));
        m.add(item("Save session as…", "file.saveAs", null, () -> c.save(true)));
        m.addSeparator();
        m.add(item("Write report…", "file.report", null, c::chooseReportFolder));
        m.addSeparator();
        m.add(item("Close window", "file.exit", key(KeyEvent.VK_Q), c::exit));
        return m;
    }

    private JMenu run() {
        JMenu m = new JMenu("Run");
        m.setName("menu.run");
        JMenuItem study = item("Run study", "run.study", key(KeyEvent.VK_R), () -> {
            StudyEntry s = w.selectedStudy();
            if (s == null) {
                w.commands().error("Run study", "Select a study in the project tree first (File ▸ Open study…).");
            } else {
                w.commands().runStudy(s);
            }
        });
        m.add(study);
        m.add(item("Cancel running task", "run.cancel", null, () -> w.tasks().cancel()));
        return m;
    }

    private JMenu view() {
        JMenu m = new JMenu("View");
        m.setName("menu.view");
        dark.setName("view.dark");
        dark.setSelected(Themes.DARK.equals(Themes.current()));
        dark.addActionListener(e -> w.setTheme(dark.isSelected() ? Themes.DARK : Themes.LIGHT));
        m.add(dark);
        m.add(item("Close all views", "view.closeAll", null, () -> w.editors().closeAll()));
        return m;
    }

    /** Keeps the theme check box in step when the theme changes elsewhere (a session). */
    void themeChanged(String theme) {
        dark.setSelected(Themes.DARK.equals(theme));
    }

    /** Replaces the contributed menus with the current actions, grouped by menu name. */
    void rebuildContributed() {
        for (int i = bar.getMenuCount() - 1; i >= 0; i--) {
            JMenu m = bar.getMenu(i);
            if (m != null && m.getName() != null && m.getName().startsWith(CONTRIBUTED)) {
                bar.remove(i);
            }
        }
        Map<String, JMenu> menus = new LinkedHashMap<>();
        for (WorkbenchAction a : w.contributions().actions()) {
            JMenu menu = menus.computeIfAbsent(a.menu(), name -> {
                JMenu created = new JMenu(name);
                created.setName(CONTRIBUTED + name);
                created.addMenuListener(new MenuListener() {
                    @Override
                    public void menuSelected(MenuEvent e) {
                        enable(created);
                    }

                    @Override
                    public void menuDeselected(MenuEvent e) {
                    }

                    @Override
                    public void menuCanceled(MenuEvent e) {
                    }
                });
                return created;
            });
            JMenuItem item = item(a.label(), "action:" + a.id(), null, () -> perform(a));
            item.putClientProperty(WorkbenchAction.class, a);
            menu.add(item);
        }
        int at = bar.getComponentIndex(help);
        for (JMenu m : menus.values()) {
            bar.add(m, at++);
        }
        bar.revalidate();
        bar.repaint();
    }

    private void enable(JMenu menu) {
        for (int i = 0; i < menu.getItemCount(); i++) {
            JMenuItem item = menu.getItem(i);
            if (item != null && item.getClientProperty(WorkbenchAction.class) instanceof WorkbenchAction a) {
                boolean on;
                try {
                    on = a.enabledFor(w);
                } catch (RuntimeException e) {
                    on = false;
                }
                item.setEnabled(on);
            }
        }
    }

    private void perform(WorkbenchAction a) {
        try {
            a.perform(w);
        } catch (RuntimeException e) {
            w.commands().error(a.label() + " failed", WorkbenchCommands.message(e));
        }
    }

    private void plugins() {
        StringBuilder sb = new StringBuilder("Techniques:\n");
        for (Technique t : w.runner().registry().techniques()) {
            sb.append("  ").append(t.id()).append("  ").append(t.label()).append(' ').append(t.version()).append('\n');
        }
        sb.append("\nFormats:\n");
        for (DatasetReader r : w.runner().registry().readers()) {
            sb.append("  ").append(r.id()).append("  ").append(r.label()).append('\n');
        }
        sb.append("\nAnalyses:\n");
        for (Analysis a : w.runner().registry().analyses()) {
            sb.append("  ").append(a.id()).append("  ").append(a.label()).append(' ').append(a.version()).append('\n');
        }
        sb.append("\nWorkbench views:\n");
        List<WorkbenchView> views = w.contributions().views();
        for (WorkbenchView v : views) {
            sb.append("  ").append(v.id()).append("  ").append(v.title()).append('\n');
        }
        javax.swing.JTextArea text = new javax.swing.JTextArea(sb.toString(), 20, 70);
        text.setEditable(false);
        JOptionPane.showMessageDialog(w, new javax.swing.JScrollPane(text), "Installed plugins",
                JOptionPane.INFORMATION_MESSAGE);
    }

    static JMenuItem item(String text, String name, KeyStroke key, Runnable action) {
        JMenuItem i = new JMenuItem(text);
        i.setName(name);
        if (key != null) {
            i.setAccelerator(key);
        }
        i.addActionListener(e -> action.run());
        return i;
    }

    private static KeyStroke key(int code) {
        return KeyStroke.getKeyStroke(code, InputEvent.CTRL_DOWN_MASK);
    }
}
