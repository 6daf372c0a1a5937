package org.electrocat.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.FormatException;
import org.electrocat.core.study.Study;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a study file (YAML) into a {@link Study}. The YAML is composed into a node tree, never
 * constructed into objects, so a study file cannot instantiate classes; aliases, size and nesting
 * are limited. Every error names the file, the line and the key. Dataset paths are resolved
 * against the study's folder and may not escape it ({@code ../} or absolute paths), so a shared
 * study file cannot make ElectroCat read arbitrary files. Format: {@code docs/study-format.md}.
 */
public final class StudyFile {

    /** Largest study file accepted (a study lists files, it does not contain data). */
    public static final long MAX_BYTES = 4L << 20;

    private static final Set<String> TOP_KEYS = Set.of("study", "description", "conditions", "datasets", "analyses",
            "output");
    private static final Set<String> DATASET_KEYS = Set.of("id", "file", "reader", "technique", "options");
    private static final Set<String> STEP_KEYS = Set.of("id", "analysis", "technique", "inputs", "input", "parameters");
    private static final Set<String> OUTPUT_KEYS = Set.of("directory", "formats");

    private final Path file;

    private StudyFile(Path file) {
        this.file = file;
    }

    /**
     * Loads and validates a study file.
     *
     * @throws FormatException naming file, line and key for every structural problem
     * @throws IOException     when the file cannot be read
     */
    public static Study load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "study file not found");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new FormatException(file, -1, null, "study file is larger than " + (MAX_BYTES >> 20)
                    + " MiB; a study lists data files, it should not contain data");
        }
        return new StudyFile(file).parse();
    }

    private Study parse() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit((int) MAX_BYTES);
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            throw new FormatException(file.toString(), e.getProblemMark() == null ? -1 : e.getProblemMark().getLine() + 1,
                    null, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new FormatException(file.toString(), -1, null, "not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new FormatException(file, 1, null, "the study file is empty");
        }
        MappingNode top = mapping(root, "study file");
        Map<String, Node> keys = entries(top, TOP_KEYS, "top level");
        String name = scalar(required(keys, "study", top, "top level"), "study");
        String description = keys.containsKey("description") ? scalar(keys.get("description"), "description") : "";
        Map<String, String> conditions = keys.containsKey("conditions")
                ? scalarMap(keys.get("conditions"), "conditions") : Map.of();
        Path baseDir = file.toAbsolutePath().getParent();

        List<Study.DatasetRef> datasets = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Node n : sequence(required(keys, "datasets", top, "top level"), "datasets")) {
            MappingNode m = mapping(n, "dataset");
            Map<String, Node> e = entries(m, DATASET_KEYS, "dataset");
            String id = id(required(e, "id", m, "dataset"), ids);
            String path = scalar(required(e, "file", m, "dataset " + id), "file");
            checkInside(baseDir, path, e.get("file"));
            datasets.add(new Study.DatasetRef(id, path, optional(e, "reader"), optional(e, "technique"),
                    e.containsKey("options") ? scalarMap(e.get("options"), "options") : Map.of()));
        }
        List<Study.AnalysisStep> steps = new ArrayList<>();
        if (keys.containsKey("analyses")) {
            for (Node n : sequence(keys.get("analyses"), "analyses")) {
                MappingNode m = mapping(n, "analysis step");
                Map<String, Node> e = entries(m, STEP_KEYS, "analysis step");
                String id = id(required(e, "id", m, "analysis step"), ids);
                String analysis = scalar(required(e, "analysis", m, "analysis step " + id), "analysis");
                List<String> inputs = new ArrayList<>();
                Node in = e.containsKey("inputs") ? e.get("inputs") : e.get("input");
                if (in == null) {
                    throw error(m, "analysis step " + id, "needs 'inputs': the dataset ids or earlier step ids it works on");
                }
                if (in instanceof ScalarNode s) {
                    inputs.add(s.getValue());
                } else {
                    for (Node i : sequence(in, "inputs")) {
                        inputs.add(scalar(i, "inputs"));
                    }
                }
                for (String i : inputs) {
                    String ref = i.contains("/") ? i.substring(0, i.indexOf('/')) : i;
                    if (!ids.contains(ref) || ref.equals(id)) {
                        throw error(in, "inputs of step " + id, "'" + i
                                + "' is not a dataset id or an earlier step id");
                    }
                }
                steps.add(new Study.AnalysisStep(id, analysis, optional(e, "technique"), inputs,
                        e.containsKey("parameters") ? scalarMap(e.get("parameters"), "parameters") : Map.of()));
            }
        }
        Study.OutputSpec output = new Study.OutputSpec("report", List.of("html", "json", "csv", "svg"));
        if (keys.containsKey("output")) {
            MappingNode m = mapping(keys.get("output"), "output");
            Map<String, Node> e = entries(m, OUTPUT_KEYS, "output");
            List<String> formats = new ArrayList<>(output.formats());
            if (e.containsKey("formats")) {
                formats.clear();
                for (Node f : sequence(e.get("formats"), "formats")) {
                    String v = scalar(f, "formats");
                    if (!Set.of("html", "json", "csv", "png", "svg").contains(v)) {
                        throw error(f, "output formats", "unknown format '" + v + "'; use html, json, csv, png, svg");
                    }
                    formats.add(v);
                }
            }
            String directory = output.directory();
            if (e.containsKey("directory")) {
                // a shared study must not write its report over files elsewhere (-o on the command line may)
                directory = scalar(e.get("directory"), "directory");
                checkInside(baseDir, directory, e.get("directory"), "output directory");
            }
            output = new Study.OutputSpec(directory, formats);
        }
        return new Study(name, description, baseDir, conditions, datasets, steps, output);
    }

    private void checkInside(Path baseDir, String path, Node at) throws FormatException {
        checkInside(baseDir, path, at, "file");
    }

    /** Refuses absolute paths, {@code ../} escapes and strings that are no path (NUL bytes ...). */
    private void checkInside(Path baseDir, String path, Node at, String field) throws FormatException {
        Path p;
        try {
            p = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw error(at, field, "'" + path.replace("\0", "\\0") + "' is not a valid path: " + e.getReason());
        }
        if (p.isAbsolute() || !baseDir.resolve(p).normalize().startsWith(baseDir.normalize())) {
            throw error(at, field, "'" + path + "' points outside the study folder " + baseDir
                    + "; keep a study's files below its folder (copy or link them there)");
        }
    }

    private String id(Node n, Set<String> ids) throws FormatException {
        String id = scalar(n, "id");
        if (!id.matches("[A-Za-z0-9_.+-]+")) {
            throw error(n, "id", "'" + id + "' may contain only letters, digits and _ . + -");
        }
        if (!ids.add(id)) {
            throw error(n, "id", "'" + id + "' is used twice; dataset and step ids must be unique");
        }
        return id;
    }

    private static String optional(Map<String, Node> e, String key) throws FormatException {
        return e.containsKey(key) ? ((ScalarNode) e.get(key)).getValue() : null;
    }

    private FormatException error(Node n, String field, String problem) {
        return new FormatException(file.toString(), n.getStartMark().getLine() + 1, field, problem, null);
    }

    private Node required(Map<String, Node> e, String key, Node parent, String where) throws FormatException {
        Node n = e.get(key);
        if (n == null) {
            throw error(parent, where, "missing key '" + key + "'");
        }
        return n;
    }

    private MappingNode mapping(Node n, String what) throws FormatException {
        if (n instanceof MappingNode m) {
            return m;
        }
        throw error(n, what, "expected a mapping of key: value lines");
    }

    private List<Node> sequence(Node n, String what) throws FormatException {
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        throw error(n, what, "expected a list ('- item' lines or [a, b])");
    }

    private String scalar(Node n, String what) throws FormatException {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(n, what, "expected a single value");
    }

    private Map<String, Node> entries(MappingNode m, Set<String> allowed, String where) throws FormatException {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = scalar(t.getKeyNode(), where + " key");
            if (!allowed.contains(k)) {
                throw error(t.getKeyNode(), where, "unknown key '" + k + "'; allowed: " + new java.util.TreeSet<>(allowed));
            }
            out.put(k, t.getValueNode());
        }
        return out;
    }

    /** A mapping of scalars; list values are joined with ", " (e.g. scan rates). */
    private Map<String, String> scalarMap(Node n, String what) throws FormatException {
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(n, what).getValue()) {
            String k = scalar(t.getKeyNode(), what + " key");
            Node v = t.getValueNode();
            if (v instanceof SequenceNode s) {
                List<String> items = new ArrayList<>();
                for (Node i : s.getValue()) {
                    items.add(scalar(i, what + "." + k));
                }
                out.put(k, String.join(", ", items));
            } else {
                out.put(k, scalar(v, what + "." + k));
            }
        }
        return out;
    }
}
