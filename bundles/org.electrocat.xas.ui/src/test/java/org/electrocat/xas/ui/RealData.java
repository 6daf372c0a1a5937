package org.electrocat.xas.ui;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.Analysis;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Dataset;
import org.junit.jupiter.api.Assumptions;

/**
 * Real inputs for the view tests: the oxime study's files (examples/oxime-study, found by walking up
 * from the working directory) read with the technique's own readers, and results of its own
 * analyses, run alone or as steps of the study file itself (a subset of its steps, through the
 * study runner, so parameters are exactly the study's). Readers, analyses and the runtime are loaded
 * by class name and used through the api only, as the workbench finds them. Tests are skipped with
 * a message when the study is not there.
 */
final class RealData {

    private RealData() {
    }

    /** {@code examples/oxime-study/<relative>}; skips the calling test when absent. */
    static Path oxime(String relative) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/oxime-study"))) {
            p = p.getParent();
        }
        Path f = p == null ? null : p.resolve("examples/oxime-study").resolve(relative);
        Assumptions.assumeTrue(f != null && Files.exists(f), "examples/oxime-study absent: skipping test on " + relative);
        return f;
    }

    static <T> T instance(String className, Class<T> type) {
        try {
            return type.cast(Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " is not on the test class path", e);
        }
    }

    /** Reads a file with a reader given by class name. */
    static List<Dataset> read(String readerClass, Path file, Map<String, String> options) throws IOException {
        DatasetReader r = instance(readerClass, DatasetReader.class);
        return r.read(file, Parameters.resolve("reader " + r.id(), r.options(), options), ProgressMonitor.NONE);
    }

    /** Runs an analysis given by class name as step {@code stepId}, with study conditions. */
    static Result run(String analysisClass, String stepId, List<Dataset> inputs, Map<String, String> parameters,
            Map<String, String> conditions) {
        Analysis a = instance(analysisClass, Analysis.class);
        Parameters p = Parameters.resolve(a.id(), a.parameters(), parameters);
        return a.run(new AnalysisContext(stepId, inputs, p, conditions, Map.of(), ProgressMonitor.NONE));
    }

    /**
     * Runs the named steps of the oxime study (and the steps and datasets they take as inputs) with
     * the given readers and analyses; returns the results by step id.
     */
    static Map<String, Result> study(List<String> stepIds, List<String> pluginClasses) throws Exception {
        Path file = oxime("study.yaml");
        Object study = Class.forName("org.electrocat.runtime.StudyFile").getMethod("load", Path.class).invoke(null, file);
        List<?> steps = (List<?>) get(study, "analyses");
        Map<String, Object> byId = new LinkedHashMap<>();
        for (Object s : steps) {
            byId.put((String) get(s, "id"), s);
        }
        Set<String> wanted = new HashSet<>();
        Set<String> datasets = new HashSet<>();
        List<String> todo = new ArrayList<>(stepIds);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            Object step = byId.get(id);
            if (step == null || !wanted.add(id)) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            for (Object in : (List<?>) get(step, "inputs")) {
                refs.add(((String) in).split("/")[0]);
            }
            // fe-map names its steps in a parameter
            Object steps2 = ((Map<?, ?>) get(step, "parameters")).get("steps");
            if (steps2 != null) {
                for (String s : steps2.toString().split(",")) {
                    refs.add(s.trim());
                }
            }
            for (String r : refs) {
                if (byId.containsKey(r)) {
                    todo.add(r);
                } else {
                    datasets.add(r);
                }
            }
        }
        List<Object> keptSteps = steps.stream().filter(s -> wanted.contains(idOf(s))).map(s -> (Object) s).toList();
        List<Object> keptData = ((List<?>) get(study, "datasets")).stream().filter(d -> datasets.contains(idOf(d)))
                .map(d -> (Object) d).toList();
        Object subset = copy(study, Map.of("analyses", keptSteps, "datasets", keptData));
        Object registry = Class.forName("org.electrocat.runtime.PluginRegistry").getDeclaredConstructor().newInstance();
        Method add = registry.getClass().getMethod("add", Object.class);
        for (String c : pluginClasses) {
            add.invoke(registry, Class.forName(c).getDeclaredConstructor().newInstance());
        }
        Class<?> runnerClass = Class.forName("org.electrocat.runtime.StudyRunner");
        Object runner = runnerClass.getConstructor(registry.getClass()).newInstance(registry);
        Object outcome = runnerClass.getMethod("run", study.getClass(), ProgressMonitor.class).invoke(runner, subset,
                ProgressMonitor.NONE);
        List<?> failures = (List<?>) get(outcome, "failures");
        if (!failures.isEmpty()) {
            throw new IllegalStateException("oxime study steps failed: " + failures);
        }
        Map<String, Result> out = new LinkedHashMap<>();
        for (Object sr : (List<?>) get(outcome, "results")) {
            Result r = (Result) get(sr, "result");
            out.put(r.id(), r);
        }
        return out;
    }

    private static String idOf(Object o) {
        try {
            return (String) get(o, "id");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object get(Object record, String component) throws ReflectiveOperationException {
        return record.getClass().getMethod(component).invoke(record);
    }

    /** A copy of a record with some components replaced. */
    private static Object copy(Object record, Map<String, Object> replaced) throws ReflectiveOperationException {
        RecordComponent[] rc = record.getClass().getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            args[i] = replaced.containsKey(rc[i].getName()) ? replaced.get(rc[i].getName())
                    : rc[i].getAccessor().invoke(record);
        }
        return record.getClass().getDeclaredConstructor(types).newInstance(args);
    }
}
