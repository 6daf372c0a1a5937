package org.electrocat.plugins.p2;

import java.util.ArrayList;
import java.util.List;
import org.electrocat.api.FormatException;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an Eclipse {@code feature.xml} (the Eclipse Platform "Feature manifest" format): the
 * {@code <plugin>}s, {@code <includes>} and {@code <requires><import>} elements. An import's
 * {@code match} rule gives its version range: {@code perfect} [v,v], {@code equivalent}
 * [v, next minor), {@code compatible} (the default) [v, next major), {@code greaterOrEqual}
 * [v, ∞); version {@code 0.0.0} or none accepts any version, and a version written as a range
 * is taken as is.
 */
final class FeatureXml {

    private FeatureXml() {
    }

    static Feature read(Document doc, String source) throws FormatException {
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("feature")) {
            throw new FormatException(source, -1, null, "not a feature.xml (root element <" + root.getTagName() + ">)", null);
        }
        String id = Dom.required(root, "id", source);
        Version version = version(root.getAttribute("version"), source, "feature " + id);
        List<Feature.PluginRef> plugins = new ArrayList<>();
        for (Element p : Dom.children(root, "plugin")) {
            String pid = Dom.required(p, "id", source);
            plugins.add(new Feature.PluginRef(pid, version(p.getAttribute("version"), source, "plugin " + pid),
                    "true".equals(p.getAttribute("fragment"))));
        }
        List<Feature.Include> includes = new ArrayList<>();
        for (Element i : Dom.children(root, "includes")) {
            String iid = Dom.required(i, "id", source);
            includes.add(new Feature.Include(iid, version(i.getAttribute("version"), source, "included feature " + iid),
                    "true".equals(i.getAttribute("optional"))));
        }
        List<Feature.Import> requires = new ArrayList<>();
        for (Element imp : Dom.children(Dom.child(root, "requires"), "import")) {
            boolean isFeature = !imp.getAttribute("feature").isEmpty();
            String rid = isFeature ? imp.getAttribute("feature") : Dom.required(imp, "plugin", source);
            requires.add(new Feature.Import(rid, isFeature, range(imp.getAttribute("version"), imp.getAttribute("match"),
                    source, rid)));
        }
        Element desc = Dom.child(root, "description");
        String label = root.getAttribute("label");
        return new Feature(id, version, label.isEmpty() ? id : label, desc == null ? "" : desc.getTextContent().trim(),
                plugins, requires, includes);
    }

    /** The versions an {@code <import>} accepts. */
    static VersionRange range(String version, String match, String source, String what) throws FormatException {
        if (version == null || version.isBlank() || version.equals("0.0.0")) {
            return new VersionRange("0.0.0");
        }
        if (version.startsWith("[") || version.startsWith("(")) {
            try {
                return new VersionRange(version);
            } catch (IllegalArgumentException e) {
                throw new FormatException(source, -1, "version", what + ": '" + version + "' is not a version range", e);
            }
        }
        Version v = version(version, source, what);
        String m = match == null || match.isBlank() ? "compatible" : match;
        return switch (m) {
            case "perfect" -> new VersionRange(VersionRange.LEFT_CLOSED, v, v, VersionRange.RIGHT_CLOSED);
            case "equivalent" -> new VersionRange(VersionRange.LEFT_CLOSED, v,
                    new Version(v.getMajor(), v.getMinor() + 1, 0), VersionRange.RIGHT_OPEN);
            case "compatible" -> new VersionRange(VersionRange.LEFT_CLOSED, v, new Version(v.getMajor() + 1, 0, 0),
                    VersionRange.RIGHT_OPEN);
            case "greaterOrEqual" -> new VersionRange(VersionRange.LEFT_CLOSED, v, null, VersionRange.RIGHT_OPEN);
            default -> throw new FormatException(source, -1, "match", what + ": unknown match rule '" + m
                    + "' (perfect, equivalent, compatible or greaterOrEqual)", null);
        };
    }

    private static Version version(String text, String source, String what) throws FormatException {
        return Dom.version(text, source, what);
    }
}
