package org.electrocat.plugins.p2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a p2 simple artifact repository index ({@code artifacts.xml}, format 1.1.0 as written by
 * Equinox p2 and Tycho): the {@code <mappings>} rules that say where each artifact's file lies
 * (an LDAP filter on classifier/id/version and an output pattern such as
 * {@code ${repoUrl}/plugins/${id}_${version}.jar}) and the {@code <artifacts>} with their
 * properties. File locations are confined to the repository folder.
 */
final class ArtifactsXml {

    private record Rule(Filter filter, String output) {
    }

    private ArtifactsXml() {
    }

    static List<Artifact> read(Document doc, Path repository, String source) throws FormatException {
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("repository")) {
            throw new FormatException(source, -1, null, "not a p2 artifact repository (root element <"
                    + root.getTagName() + ">, expected <repository>)", null);
        }
        List<Rule> rules = new ArrayList<>();
        for (Element r : Dom.children(Dom.child(root, "mappings"), "rule")) {
            String f = Dom.required(r, "filter", source);
            try {
                rules.add(new Rule(FrameworkUtil.createFilter(f), Dom.required(r, "output", source)));
            } catch (InvalidSyntaxException e) {
                throw new FormatException(source, -1, "filter", "invalid mapping rule filter " + f + ": " + e.getMessage(), e);
            }
        }
        List<Artifact> artifacts = new ArrayList<>();
        for (Element a : Dom.children(Dom.child(root, "artifacts"), "artifact")) {
            String classifier = Dom.required(a, "classifier", source);
            String id = Dom.required(a, "id", source);
            Version version = Dom.version(Dom.required(a, "version", source), source, "artifact " + id);
            Path file = locate(rules, classifier, id, version, repository, source);
            artifacts.add(new Artifact(classifier, id, version, Dom.properties(a), file));
        }
        return artifacts;
    }

    /** Applies the first matching mapping rule; the result must stay inside the repository. */
    private static Path locate(List<Rule> rules, String classifier, String id, Version version, Path repository,
            String source) throws FormatException {
        Map<String, Object> props = Map.of("classifier", classifier, "id", id, "version", version.toString());
        for (Rule r : rules) {
            if (r.filter().matches(props)) {
                String rel = r.output().replace("${repoUrl}", "").replace("${id}", id)
                        .replace("${version}", version.toString()).replace("${classifier}", classifier);
                while (rel.startsWith("/")) {
                    rel = rel.substring(1);
                }
                Path root = repository.toAbsolutePath().normalize();
                Path file = root.resolve(rel).normalize();
                if (!file.startsWith(root) || rel.contains("${")) {
                    throw new FormatException(source, -1, "output", "mapping rule " + r.output() + " puts " + id
                            + " outside the repository folder: refused", null);
                }
                return file;
            }
        }
        throw new FormatException(source, -1, "mappings", "no mapping rule says where artifact " + classifier + " "
                + id + " " + version + " lies", null);
    }
}
