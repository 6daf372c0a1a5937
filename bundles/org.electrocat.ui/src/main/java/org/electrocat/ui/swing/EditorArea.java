package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.ViewPart;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;

/**
 * The editor area: one closable tab per open view. Opening an input that is already open in the
 * same view brings its tab to the front. A view that throws while being created shows the error in
 * its tab instead of taking the window down. When a contributing bundle goes away, its tabs close.
 */
public final class EditorArea extends JPanel {
    private static final long serialVersionUID = 1L;

    /**
     * An open tab.
     *
     * @param key       the input's key ({@link ViewInput#key()})
     * @param view      the view that made it
     * @param part      the view part
     * @param component the tab's component
     * @param input     what it shows (a newer result or dataset under the same key rebuilds the tab)
     */
    public record Tab(String key, WorkbenchView view, ViewPart part, JComponent component, ViewInput input) {
    }

    private final JTabbedPane tabs = new JTabbedPane();
    private final List<Tab> open = new ArrayList<>();
    private final CardLayout cards = new CardLayout();
    private final Consumer<String> log;

    public EditorArea(Consumer<String> log, Consumer<List<Path>> drop) {
        this.log = log;
        setLayout(cards);
        setName("editors");
        tabs.setName("editors.tabs");
        tabs.putClientProperty("JTabbedPane.tabClosable", Boolean.TRUE);
        tabs.putClientProperty("JTabbedPane.tabCloseToolTipText", "Close");
        tabs.putClientProperty("JTabbedPane.tabCloseCallback", (BiConsumer<JTabbedPane, Integer>) (tp, i) -> close(i));
        tabs.putClientProperty("JTabbedPane.scrollButtonsPolicy", "asNeeded");
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        JLabel hint = new JLabel("<html><center>Drop raw data files, a study (.yaml) or a session here,<br>"
                + "or use File ▸ Open. Double-click a dataset or result in the project tree to view it.</center></html>",
                JLabel.CENTER);
        hint.setName("editors.hint");
        JPanel empty = new JPanel(new BorderLayout());
        empty.add(hint, BorderLayout.CENTER);
        FileDrop dropHandler = new FileDrop(drop);
        empty.setTransferHandler(dropHandler);
        tabs.setTransferHandler(dropHandler);
        add(empty, "empty");
        add(tabs, "tabs");
        cards.show(this, "empty");
    }

    /**
     * Opens {@code input} in {@code view}, or selects its tab when already open there; a tab showing
     * an older version of the input (an analysis re-run with new parameters, a file re-read) is
     * rebuilt from the new one.
     */
    public void open(ViewInput input, WorkbenchView view, WorkbenchContext context) {
        for (int i = 0; i < open.size(); i++) {
            Tab t = open.get(i);
            if (t.key().equals(input.key()) && t.view().id().equals(view.id())) {
                if (t.input().dataset() != input.dataset() || t.input().result() != input.result()) {
                    Tab fresh = create(input, view, context);
                    open.set(i, fresh);
                    tabs.setComponentAt(i, fresh.component());
                    dispose(t);
                }
                tabs.setSelectedIndex(i);
                return;
            }
        }
        Tab tab = create(input, view, context);
        open.add(tab);
        tabs.addTab(input.title() + " · " + view.title(), tab.component());
        tabs.setToolTipTextAt(tabs.getTabCount() - 1, input.key() + " in " + view.id());
        tabs.setSelectedIndex(tabs.getTabCount() - 1);
        cards.show(this, "tabs");
    }

    /** The view's part for the input, or an error label naming the view when it throws. */
    private Tab create(ViewInput input, WorkbenchView view, WorkbenchContext context) {
        ViewPart part;
        JComponent component;
        try {
            part = view.create(input, context);
            component = part.component();
        } catch (RuntimeException e) {
            log.accept("View " + view.id() + " failed to open " + input.key() + ": " + e);
            JLabel err = new JLabel("The view '" + view.title() + "' could not show this: " + e.getMessage(), JLabel.CENTER);
            err.setName("editors.error");
            part = ViewPart.of(err);
            component = err;
        }
        return new Tab(input.key(), view, part, component, input);
    }

    private void dispose(Tab t) {
        try {
            t.part().dispose();
        } catch (RuntimeException e) {
            log.accept("View " + t.view().id() + " failed to dispose: " + e);
        }
    }

    /** Closes tab {@code index}, disposing its view part. */
    public void close(int index) {
        Tab t = open.remove(index);
        tabs.removeTabAt(index);
        dispose(t);
        if (open.isEmpty()) {
            cards.show(this, "empty");
        }
    }

    /** Closes every tab matching {@code which} (e.g. the views of a bundle that stopped). */
    public void closeIf(Predicate<Tab> which) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (which.test(open.get(i))) {
                close(i);
            }
        }
    }

    /** Closes every tab. */
    public void closeAll() {
        closeIf(t -> true);
    }

    /** The open tabs, in tab order. */
    public List<Tab> tabs() {
        return List.copyOf(open);
    }

    /** The tab in front, or {@code null}. */
    public Tab selected() {
        int i = tabs.getSelectedIndex();
        return i < 0 ? null : open.get(i);
    }
}
