package org.electrocat.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.study.Study;
import org.electrocat.runtime.StudyOutcome;

/**
 * The project tree's content, built from a {@link Workspace} without Swing: <em>Files</em> (each
 * raw file with its datasets), <em>Analyses</em> (each run with its derived curves) and
 * <em>Studies</em> (each study file with its datasets and, after a run, its results and failures).
 * The window turns it into tree nodes; tests check it directly.
 */
public final class ProjectNodes {

    /** What a node stands for. */
    public enum Kind {
        ROOT, FILES, FILE, DATASET, RUNS, RUN, STUDIES, STUDY, STUDY_DATASET, RESULT, FAILURE
    }

    /**
     * A node.
     *
     * @param kind     what it is
     * @param label    the text shown
     * @param key      stable identity: file id, dataset id, run id, study path, result id
     * @param dataset  the dataset of a DATASET node, else {@code null}
     * @param result   the result of a RUN (when computed) or RESULT node, else {@code null}
     * @param children child nodes
     */
    public record Node(Kind kind, String label, String key, Dataset dataset, Result result, List<Node> children) {
        public Node {
            children = List.copyOf(children);
        }

        static Node leaf(Kind kind, String label, String key) {
            return new Node(kind, label, key, null, null, List.of());
        }

        /** The node and its descendants, depth first (for look-ups and tests). */
        public List<Node> flatten() {
            List<Node> out = new ArrayList<>();
            out.add(this);
            for (Node c : children) {
                out.addAll(c.flatten());
            }
            return out;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private ProjectNodes() {
    }

    /** The tree for a workspace. */
    public static Node of(Workspace ws) {
        List<Node> files = new ArrayList<>();
        for (OpenedFile f : ws.files()) {
            List<Node> ds = new ArrayList<>();
            for (Dataset d : f.datasets()) {
                ds.add(dataset(Kind.DATASET, d));
            }
            files.add(new Node(Kind.FILE, f.path().getFileName() + "  [" + f.readerId() + "]", f.id(), null, null, ds));
        }
        List<Node> runs = new ArrayList<>();
        for (AnalysisRun r : ws.runs()) {
            List<Node> curves = new ArrayList<>();
            if (r.result() != null) {
                for (Dataset d : r.result().curves()) {
                    curves.add(dataset(Kind.DATASET, d));
                }
            }
            String state = switch (r.status()) {
                case DONE -> "";
                case FAILED -> "  (failed)";
                case SAVED -> "  (saved values)";
                case PENDING -> "  (not run)";
            };
            runs.add(new Node(Kind.RUN, r.id() + ": " + r.analysisId() + state, r.id(), null, r.result(), curves));
        }
        List<Node> studies = new ArrayList<>();
        for (StudyEntry s : ws.studies()) {
            studies.add(study(s));
        }
        List<Node> top = new ArrayList<>();
        top.add(new Node(Kind.FILES, "Files", "files", null, null, files));
        top.add(new Node(Kind.RUNS, "Analyses", "runs", null, null, runs));
        top.add(new Node(Kind.STUDIES, "Studies", "studies", null, null, studies));
        return new Node(Kind.ROOT, "Workspace", "root", null, null, top);
    }

    private static Node dataset(Kind kind, Dataset d) {
        return new Node(kind, d.id() + "  (" + d.kind() + ", " + d.rows() + " rows)", d.id(), d, null, List.of());
    }

    private static Node study(StudyEntry s) {
        List<Node> children = new ArrayList<>();
        StudyOutcome o = s.outcome();
        if (o == null) {
            for (Study.DatasetRef ref : s.study().datasets()) {
                children.add(Node.leaf(Kind.STUDY_DATASET, ref.id() + ": " + ref.path(), ref.id()));
            }
            for (Study.AnalysisStep step : s.study().analyses()) {
                children.add(Node.leaf(Kind.STUDY_DATASET, step.id() + ": " + step.analysis() + "  (not run)", step.id()));
            }
        } else {
            for (List<Dataset> ds : o.datasets().values()) {
                for (Dataset d : ds) {
                    children.add(dataset(Kind.DATASET, d));
                }
            }
            for (StudyOutcome.StepResult r : o.results()) {
                List<Node> curves = new ArrayList<>();
                for (Dataset d : r.result().curves()) {
                    curves.add(dataset(Kind.DATASET, d));
                }
                children.add(new Node(Kind.RESULT, r.result().id() + ": " + r.result().analysisId(), r.result().id(), null,
                        r.result(), curves));
            }
            for (StudyOutcome.Failure f : o.failures()) {
                children.add(Node.leaf(Kind.FAILURE, f.stepId() + ": failed: " + f.message(), f.stepId()));
            }
        }
        String name = s.study().name() + "  (" + s.file().getFileName() + ")";
        return new Node(Kind.STUDY, name, s.file().toString(), null, null, children);
    }
}
