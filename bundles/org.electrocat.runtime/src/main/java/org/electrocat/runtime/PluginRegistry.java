package org.electrocat.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.electrocat.api.Analysis;
import org.electrocat.api.ChartContributor;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.DatasetWriter;
import org.electrocat.api.ReportSection;
import org.electrocat.api.Technique;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Everything the installed plugins contribute: techniques, readers, writers, analyses, chart
 * contributors and report sections. Under OSGi it is a Declarative Services component that tracks
 * the services dynamically, so a bundle installed or removed at run time appears or disappears;
 * as a library it is filled by hand with {@link #add(Object)}.
 */
@Component(service = PluginRegistry.class, immediate = true)
public final class PluginRegistry {

    private final List<Technique> techniques = new CopyOnWriteArrayList<>();
    private final List<DatasetReader> readers = new CopyOnWriteArrayList<>();
    private final List<DatasetWriter> writers = new CopyOnWriteArrayList<>();
    private final List<Analysis> analyses = new CopyOnWriteArrayList<>();
    private final List<ChartContributor> charts = new CopyOnWriteArrayList<>();
    private final List<ReportSection> sections = new CopyOnWriteArrayList<>();

    /**
     * The plugin a contribution comes from, for messages: its bundle's symbolic name and version under
     * OSGi, else its class name (library use).
     */
    public static String describe(Object contribution) {
        if (contribution == null) {
            return "unknown plugin";
        }
        Class<?> type = contribution.getClass();
        try {
            org.osgi.framework.Bundle b = org.osgi.framework.FrameworkUtil.getBundle(type);
            if (b != null) {
                return "plugin " + b.getSymbolicName() + " " + b.getVersion();
            }
        } catch (LinkageError e) {
            // no OSGi framework classes on a plain class path: fall back to the class name
        }
        return "class " + type.getName();
    }

    /** Adds a contribution of any of the extension-point types (library use, tests). */
    public PluginRegistry add(Object contribution) {
        boolean known = false;
        if (contribution instanceof Technique t) {
            addTechnique(t);
            known = true;
        }
        if (contribution instanceof DatasetReader r) {
            addReader(r);
            known = true;
        }
        if (contribution instanceof DatasetWriter w) {
            addWriter(w);
            known = true;
        }
        if (contribution instanceof Analysis a) {
            addAnalysis(a);
            known = true;
        }
        if (contribution instanceof ChartContributor c) {
            addChart(c);
            known = true;
        }
        if (contribution instanceof ReportSection s) {
            addSection(s);
            known = true;
        }
        if (!known) {
            throw new IllegalArgumentException(contribution.getClass().getName()
                    + " implements none of the ElectroCat extension points");
        }
        return this;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTechnique(Technique t) {
        techniques.add(t);
    }

    void removeTechnique(Technique t) {
        techniques.remove(t);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addReader(DatasetReader r) {
        readers.add(r);
    }

    void removeReader(DatasetReader r) {
        readers.remove(r);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addWriter(DatasetWriter w) {
        writers.add(w);
    }

    void removeWriter(DatasetWriter w) {
        writers.remove(w);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAnalysis(Analysis a) {
        analyses.add(a);
    }

    void removeAnalysis(Analysis a) {
        analyses.remove(a);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChart(ChartContributor c) {
        charts.add(c);
    }

    void removeChart(ChartContributor c) {
        charts.remove(c);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSection(ReportSection s) {
        sections.add(s);
    }

    void removeSection(ReportSection s) {
        sections.remove(s);
    }

    /** Installed techniques, sorted by id. */
    public List<Technique> techniques() {
        return sorted(techniques, Comparator.comparing(Technique::id));
    }

    public List<DatasetReader> readers() {
        return sorted(readers, Comparator.comparing(DatasetReader::id));
    }

    public List<DatasetWriter> writers() {
        return sorted(writers, Comparator.comparing(DatasetWriter::id));
    }

    public List<Analysis> analyses() {
        return sorted(analyses, Comparator.comparing(Analysis::id));
    }

    public List<ChartContributor> chartContributors() {
        return List.copyOf(charts);
    }

    public List<ReportSection> reportSections() {
        return List.copyOf(sections);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }

    public Optional<Technique> technique(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Analysis> analysis(String id) {
        return analyses.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<DatasetReader> reader(String id) {
        return readers.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Ids of the installed techniques, for messages. */
    public List<String> techniqueIds() {
        return techniques().stream().map(Technique::id).toList();
    }

    /**
     * The analysis with this id, or an exception that says which technique plugin provides it
     * and which techniques are installed.
     */
    public Analysis requireAnalysis(String id, String technique) {
        return analysis(id).orElseThrow(() -> new MissingPluginException(technique, "analysis '" + id + "'",
                techniqueIds()));
    }

    /** The reader with this id, or an exception naming the missing plugin. */
    public DatasetReader requireReader(String id, String technique) {
        return reader(id).orElseThrow(() -> new MissingPluginException(technique == null ? prefix(id) : technique,
                "reader '" + id + "'", techniqueIds()));
    }

    private static String prefix(String id) {
        int dot = id.indexOf('.');
        return dot > 0 ? id.substring(0, dot) : id;
    }

    /**
     * Picks the reader for a file by content: every reader rates the first bytes; the extension
     * breaks ties. Returns empty when no reader is at least 20 % sure.
     */
    public Optional<DatasetReader> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(DatasetReader.HEAD_BYTES);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        DatasetReader best = null;
        double bestScore = 0.2;
        for (DatasetReader r : readers()) {
            double s;
            try {
                s = r.detect(file, head);
            } catch (RuntimeException e) {
                continue; // a faulty detector must not stop the others
            }
            if (r.extensions().contains(ext)) {
                s += 0.01;
            }
            if (s > bestScore) {
                best = r;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
