package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.event.TreeExpansionEvent;
import javax.swing.event.TreeExpansionListener;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import org.electrocat.ui.model.ProjectNodes;
import org.electrocat.ui.model.ProjectNodes.Node;

/**
 * The project tree: files and their datasets, analyses and their curves, studies and their
 * results ({@link ProjectNodes}). Selection drives the parameters panel; double-click (or Enter)
 * opens the node's dataset or result; right-click offers the node's actions; files dropped on it
 * are opened. Rebuilt on every workspace change, keeping what was collapsed and selected.
 */
public final class ProjectTree extends JPanel {
    private static final long serialVersionUID = 1L;

    /** What the window does with the tree's events. */
    public interface Handler {
        /** The selection changed. */
        void selected(List<Node> nodes);

        /** A node was double-clicked or Enter pressed. */
        void activated(Node node);

        /** The context menu for a node, or {@code null}. */
        JPopupMenu popup(Node node);
    }

    private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode("Workspace")));
    private final Set<String> collapsed = new HashSet<>();
    private boolean rebuilding;

    public ProjectTree(Handler handler, Consumer<List<Path>> drop) {
        super(new BorderLayout());
        setName("project");
        tree.setName("project.tree");
        tree.setRootVisible(false);
        tree.setShowsRootHandles(true);
        tree.getSelectionModel().setSelectionMode(TreeSelectionModel.DISCONTIGUOUS_TREE_SELECTION);
        tree.setTransferHandler(new FileDrop(drop));
        tree.addTreeSelectionListener(e -> {
            if (!rebuilding) {
                handler.selected(selection());
            }
        });
        tree.addTreeExpansionListener(new TreeExpansionListener() {
            @Override
            public void treeExpanded(TreeExpansionEvent e) {
                if (!rebuilding) {
                    collapsed.remove(keyPath(e.getPath()));
                }
            }

            @Override
            public void treeCollapsed(TreeExpansionEvent e) {
                if (!rebuilding) {
                    collapsed.add(keyPath(e.getPath()));
                }
            }
        });
        tree.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && !e.isPopupTrigger()) {
                    Node n = nodeAt(e);
                    if (n != null) {
                        handler.activated(n);
                    }
                }
            }

            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                if (!e.isPopupTrigger()) {
                    return;
                }
                TreePath p = tree.getPathForLocation(e.getX(), e.getY());
                if (p != null && !tree.isPathSelected(p)) {
                    tree.setSelectionPath(p);
                }
                Node n = nodeAt(e);
                JPopupMenu menu = n == null ? null : handler.popup(n);
                if (menu != null) {
                    menu.show(tree, e.getX(), e.getY());
                }
            }
        });
        tree.getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ENTER"), "activate");
        tree.getActionMap().put("activate", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                List<Node> sel = selection();
                if (!sel.isEmpty()) {
                    handler.activated(sel.get(0));
                }
            }
        });
        add(new JScrollPane(tree), BorderLayout.CENTER);
    }

    private Node nodeAt(MouseEvent e) {
        TreePath p = tree.getPathForLocation(e.getX(), e.getY());
        return p == null ? null : node(p);
    }

    private static Node node(TreePath p) {
        Object o = ((DefaultMutableTreeNode) p.getLastPathComponent()).getUserObject();
        return o instanceof Node n ? n : null;
    }

    /** Shows a new tree, keeping collapsed nodes collapsed and the selection where its nodes still exist. */
    public void show(Node root) {
        Set<String> selected = new HashSet<>();
        TreePath[] sel = tree.getSelectionPaths();
        if (sel != null) {
            for (TreePath p : sel) {
                selected.add(keyPath(p));
            }
        }
        rebuilding = true;
        try {
            DefaultMutableTreeNode top = build(root);
            ((DefaultTreeModel) tree.getModel()).setRoot(top);
            List<TreePath> reselect = new ArrayList<>();
            expand(new TreePath(top), selected, reselect);
            tree.setSelectionPaths(reselect.toArray(new TreePath[0]));
        } finally {
            rebuilding = false;
        }
    }

    private void expand(TreePath path, Set<String> selected, List<TreePath> reselect) {
        DefaultMutableTreeNode n = (DefaultMutableTreeNode) path.getLastPathComponent();
        String key = keyPath(path);
        if (selected.contains(key)) {
            reselect.add(path);
        }
        if (n.getChildCount() > 0 && !collapsed.contains(key)) {
            tree.expandPath(path);
        }
        for (int i = 0; i < n.getChildCount(); i++) {
            expand(path.pathByAddingChild(n.getChildAt(i)), selected, reselect);
        }
    }

    private static DefaultMutableTreeNode build(Node n) {
        DefaultMutableTreeNode t = new DefaultMutableTreeNode(n);
        for (Node c : n.children()) {
            t.add(build(c));
        }
        return t;
    }

    /** Node identity along the path, stable across rebuilds. */
    private static String keyPath(TreePath p) {
        StringBuilder sb = new StringBuilder();
        for (Object o : p.getPath()) {
            Object u = ((DefaultMutableTreeNode) o).getUserObject();
            sb.append('/').append(u instanceof Node n ? n.kind() + ":" + n.key() : String.valueOf(u));
        }
        return sb.toString();
    }

    /** The selected nodes, in tree order. */
    public List<Node> selection() {
        List<Node> out = new ArrayList<>();
        TreePath[] paths = tree.getSelectionPaths();
        if (paths != null) {
            for (TreePath p : paths) {
                Node n = node(p);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Selects the node with this kind and key, if shown (for the window and tests). */
    public boolean select(ProjectNodes.Kind kind, String key) {
        for (int row = 0; row < tree.getRowCount(); row++) {
            TreePath p = tree.getPathForRow(row);
            Node n = node(p);
            if (n != null && n.kind() == kind && n.key().equals(key)) {
                tree.setSelectionPath(p);
                tree.scrollPathToVisible(p);
                return true;
            }
        }
        return false;
    }

    public JTree tree() {
        return tree;
    }
}
