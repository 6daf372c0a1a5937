package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.electrocat.api.Analysis;
import org.electrocat.api.NamedChart;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.ui.api.ViewInput;
import org.electrocat.ui.api.WorkbenchContext;
import org.electrocat.ui.api.WorkbenchView;
import org.electrocat.ui.model.AnalysisRun;
import org.electrocat.ui.model.Contributions;
import org.electrocat.ui.model.ProjectNodes;
import org.electrocat.ui.model.ProjectNodes.Node;
import org.electrocat.ui.model.ResultRows;
import org.electrocat.ui.model.StudyEntry;
import org.electrocat.ui.model.ViewSelection;
import org.electrocat.ui.model.Workspace;
import org.electrocat.ui.model.WorkspaceRunner;
import org.jfree.chart.JFreeChart;

/**
 * The workbench window: project tree and parameters panel on the left, the editor area of views
 * and, below it, the results table and the log; the task bar with progress and Cancel at the bottom.
 * It is the {@link WorkbenchContext} that contributed views and actions talk to. Create it on the
 * event dispatch thread with {@link #open}.
 */
public final class WorkbenchWindow extends JFrame implements WorkbenchContext {
    private static final long serialVersionUID = 1L;

    /**
     * How the window behaves.
     *
     * @param theme   {@code light} or {@code dark}
     * @param dialogs whether errors and questions pop up dialogs (off for unattended tests; the log always has them)
     */
    public record Options(String theme, boolean dialogs) {
    }

    private final transient Workspace workspace = new Workspace();
    private final transient WorkspaceRunner runner;
    private final transient Contributions contributions;
    private final transient Map<String, String> software;
    /** The analysis last run on each combination of dataset kinds: offered first the next time. */
    private final transient Map<String, String> lastAnalysis = new java.util.HashMap<>();
    private final transient Options options;
    private final LogPanel log = new LogPanel();
    private final TaskRunner tasks = new TaskRunner(log::log);
    private final transient WorkbenchCommands commands = new WorkbenchCommands(this);
    private final ProjectTree tree;
    private final EditorArea editors;
    private final ParameterPanel parameters;
    private final ResultsTable results;
    private final transient WorkbenchMenus menus;
    private final transient Contributions.Listener contributionsListener = () -> SwingUtilities.invokeLater(this::contributionsChanged);
    private final transient Workspace.Listener workspaceListener = ws -> refresh();

    /** Opens a workbench window (on the event dispatch thread) with the theme installed. */
    public static WorkbenchWindow open(WorkspaceRunner runner, Contributions contributions, Map<String, String> software,
            Options options) {
        Themes.install(options.theme());
        WorkbenchWindow w = new WorkbenchWindow(runner, contributions, software, options);
        w.setVisible(true);
        return w;
    }

    private WorkbenchWindow(WorkspaceRunner runner, Contributions contributions, Map<String, String> software,
            Options options) {
        super("ElectroCat Workbench");
        this.runner = runner;
        this.contributions = contributions;
        this.software = Map.copyOf(software);
        this.options = options;
        setName("workbench");
        tree = new ProjectTree(new TreeHandler(), commands::open);
        editors = new EditorArea(log::log, commands::open);
        parameters = new ParameterPanel(this::runFromPanel);
        results = new ResultsTable(this::openResult);
        menus = new WorkbenchMenus(this);
        setJMenuBar(menus.bar());
        JSplitPane left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, tree, parameters);
        left.setResizeWeight(0.5);
        JTabbedPane bottom = new JTabbedPane();
        bottom.setName("bottom");
        bottom.addTab("Results", results);
        bottom.addTab("Log", log);
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, editors, bottom);
        right.setResizeWeight(0.72);
        JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        main.setResizeWeight(0.1); // a larger window mostly widens the views
        JPanel content = new JPanel(new BorderLayout());
        content.add(main, BorderLayout.CENTER);
        content.add(tasks, BorderLayout.SOUTH);
        content.setTransferHandler(new FileDrop(commands::open));
        setContentPane(content);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                commands.exit();
            }
        });
        workspace.addListener(workspaceListener);
        contributions.addListener(contributionsListener);
        // start with most of the window for the views; pack() sizes the panes from these
        tree.setPreferredSize(new Dimension(340, 380));
        parameters.setPreferredSize(new Dimension(340, 360));
        editors.setPreferredSize(new Dimension(960, 540));
        bottom.setPreferredSize(new Dimension(960, 200));
        pack();
        setLocationRelativeTo(null);
        refresh();
        log.log("ElectroCat workbench: " + runner.registry().techniqueIds().size() + " technique(s), "
                + runner.registry().readers().size() + " reader(s), " + runner.registry().analyses().size()
                + " analyses, " + contributions.views().size() + " view(s) installed");
    }

    private void refresh() {
        tree.show(ProjectNodes.of(workspace));
        results.show(ResultRows.of(workspace));
        String session = workspace.sessionFile() == null ? "" : " — " + workspace.sessionFile().getFileName();
        setTitle("ElectroCat Workbench" + session + (workspace.modified() ? " *" : ""));
    }

    private void contributionsChanged() {
        menus.rebuildContributed();
        int before = editors.tabs().size();
        editors.closeIf(t -> !contributions.contains(t.view()));
        int closed = before - editors.tabs().size();
        if (closed > 0) {
            log.log("Closed " + closed + " view(s) whose plugin was removed");
        }
    }

    private void runFromPanel(Analysis a, String runId, List<String> inputs, Map<String, String> params) {
        List<Dataset> ds = selectedDatasets();
        if (!ds.isEmpty()) {
            lastAnalysis.put(kinds(ds), a.id());
        }
        boolean rerun = workspace.run(runId).map(r -> r.inputs().equals(inputs) && r.analysisId().equals(a.id()))
                .orElse(false);
        String id = workspace.run(runId).isPresent() && !rerun ? workspace.newRunId(a.id()) : runId;
        commands.runAnalysis(a, id, inputs, params);
    }

    private void openResult(String resultId) {
        for (Result r : workspace.results()) {
            if (r.id().equals(resultId)) {
                open(ViewInput.of(r));
                return;
            }
        }
    }

    /** Switches light/dark for every window. */
    void setTheme(String theme) {
        Themes.switchTo(theme);
        menus.themeChanged(Themes.normalise(theme));
    }

    /** The study selected in the tree (or the only one open), or {@code null}. */
    StudyEntry selectedStudy() {
        for (Node n : tree.selection()) {
            if (n.kind() == ProjectNodes.Kind.STUDY) {
                return workspace.studies().stream().filter(s -> s.file().toString().equals(n.key())).findFirst().orElse(null);
            }
        }
        return workspace.studies().size() == 1 ? workspace.studies().get(0) : null;
    }

    @Override
    public void dispose() {
        workspace.removeListener(workspaceListener);
        contributions.removeListener(contributionsListener);
        editors.closeAll();
        super.dispose();
    }

    // WorkbenchContext

    @Override
    public List<NamedChart> charts(Result result) {
        return runner.charts(result);
    }

    @Override
    public JComponent chartPanel(JFreeChart chart, String fileId) {
        return new ChartViewPanel(chart, fileId, log::log);
    }

    @Override
    public List<Dataset> selectedDatasets() {
        List<Dataset> out = new ArrayList<>();
        for (Node n : tree.selection()) {
            if (n.dataset() != null) {
                out.add(n.dataset());
            }
        }
        return out;
    }

    @Override
    public Optional<Result> selectedResult() {
        for (Node n : tree.selection()) {
            if (n.result() != null) {
                return Optional.of(n.result());
            }
        }
        return Optional.empty();
    }

    @Override
    public void open(ViewInput input) {
        Optional<WorkbenchView> v = ViewSelection.preferred(contributions.views(), input);
        if (v.isEmpty()) {
            log.log("No installed view shows " + input.key());
            return;
        }
        editors.open(input, v.get(), this);
    }

    @Override
    public Map<String, String> conditions(ViewInput input) {
        for (StudyEntry s : workspace.studies()) {
            if (s.contains(input)) {
                return s.study().conditions();
            }
        }
        return Map.of();
    }

    @Override
    public void log(String message) {
        log.log(message);
    }

    @Override
    public Window window() {
        return this;
    }

    // parts, for the commands, menus and tests

    public Workspace workspace() {
        return workspace;
    }

    public WorkspaceRunner runner() {
        return runner;
    }

    Contributions contributions() {
        return contributions;
    }

    Map<String, String> software() {
        return software;
    }

    Options options() {
        return options;
    }

    WorkbenchCommands commands() {
        return commands;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ProjectTree tree() {
        return tree;
    }

    public EditorArea editors() {
        return editors;
    }

    public ParameterPanel parameters() {
        return parameters;
    }

    public ResultsTable results() {
        return results;
    }

    public LogPanel logPanel() {
        return log;
    }

    /** Opens files, studies or sessions as a drop would (for the launcher and tests). */
    public void openPaths(List<Path> paths) {
        commands.open(paths);
    }

    /** Saves the session without a dialog (for tests and scripts). */
    public void saveSession(Path file) {
        commands.saveSession(file);
    }

    /** The analyses for these datasets, the one last run on the same kinds first. */
    List<Analysis> offered(List<Dataset> ds) {
        List<Analysis> all = new ArrayList<>(runner.analysesFor(ds));
        String last = lastAnalysis.get(kinds(ds));
        all.sort(java.util.Comparator.comparing((Analysis a) -> !a.id().equals(last))); // stable: only moves it up
        return all;
    }

    private static String kinds(List<Dataset> ds) {
        return ds.stream().map(Dataset::kind).distinct().sorted().collect(java.util.stream.Collectors.joining(","));
    }

    /** What the tree does on selection, double-click and right-click. */
    private final class TreeHandler implements ProjectTree.Handler {
        @Override
        public void selected(List<Node> nodes) {
            if (nodes.size() == 1 && nodes.get(0).kind() == ProjectNodes.Kind.RUN) {
                AnalysisRun run = workspace.run(nodes.get(0).key()).orElse(null);
                Optional<Analysis> a = run == null ? Optional.empty() : runner.registry().analysis(run.analysisId());
                if (a.isPresent()) {
                    parameters.show(List.of(a.get()), run.inputs(), x -> run.id(), run);
                    return;
                }
            }
            List<Dataset> ds = selectedDatasets();
            parameters.show(offered(ds), ds.stream().map(Dataset::id).toList(),
                    a -> workspace.newRunId(a.id()), null);
        }

        @Override
        public void activated(Node node) {
            if (node.dataset() != null) {
                open(ViewInput.of(node.dataset()));
            } else if (node.result() != null) {
                open(ViewInput.of(node.result()));
            } else if (node.kind() == ProjectNodes.Kind.RUN) {
                workspace.run(node.key()).ifPresent(r -> log.log(r.id() + ": " + r.status()
                        + (r.failure() == null ? "" : ": " + r.failure())));
            }
        }

        @Override
        public JPopupMenu popup(Node node) {
            JPopupMenu m = new JPopupMenu();
            ViewInput input = node.dataset() != null ? ViewInput.of(node.dataset())
                    : node.result() != null ? ViewInput.of(node.result()) : null;
            if (input != null) {
                m.add(WorkbenchMenus.item("Open", "tree.open", null, () -> open(input)));
                JMenu with = new JMenu("Open with");
                for (WorkbenchView v : ViewSelection.applicable(contributions.views(), input)) {
                    with.add(WorkbenchMenus.item(v.title(), "tree.openWith:" + v.id(), null,
                            () -> editors.open(input, v, WorkbenchWindow.this)));
                }
                m.add(with);
            }
            switch (node.kind()) {
                case FILE -> m.add(WorkbenchMenus.item("Close file", "tree.closeFile", null,
                        () -> workspace.removeFile(node.key())));
                case RUN -> m.add(WorkbenchMenus.item("Remove analysis", "tree.removeRun", null,
                        () -> workspace.removeRun(node.key())));
                case STUDY -> {
                    m.add(WorkbenchMenus.item("Run study", "tree.runStudy", null, () -> {
                        StudyEntry s = selectedStudy();
                        if (s != null) {
                            commands.runStudy(s);
                        }
                    }));
                    m.add(WorkbenchMenus.item("Close study", "tree.closeStudy", null,
                            () -> workspace.removeStudy(Path.of(node.key()))));
                }
                default -> {
                }
            }
            return m.getComponentCount() == 0 ? null : m;
        }
    }
}
