package org.electrocat.plugins.p2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.FormatException;
import org.osgi.framework.Version;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the features of a p2 metadata repository ({@code content.xml}, format 1.2.0): installable
 * units with {@code org.eclipse.equinox.p2.type.group=true} are features, units with
 * {@code org.eclipse.equinox.p2.type.category=true} are categories whose requirements name the
 * feature groups they list. Bundles' metadata is not read from here: it comes from the bundles'
 * own manifests, the source the OSGi framework itself uses.
 */
final class ContentXml {

    static final String GROUP_SUFFIX = ".feature.group";

    private ContentXml() {
    }

    static List<FeatureGroup> read(Document doc, String source) throws FormatException {
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("repository")) {
            throw new FormatException(source, -1, null, "not a p2 metadata repository (root element <"
                    + root.getTagName() + ">, expected <repository>)", null);
        }
        List<Element> units = Dom.children(Dom.child(root, "units"), "unit");
        Map<String, List<String>> categoriesOf = new HashMap<>();
        for (Element u : units) {
            Map<String, String> props = Dom.properties(u);
            if ("true".equals(props.get("org.eclipse.equinox.p2.type.category"))) {
                String label = props.getOrDefault("org.eclipse.equinox.p2.name", u.getAttribute("id"));
                for (Element r : Dom.children(Dom.child(u, "requires"), "required")) {
                    categoriesOf.computeIfAbsent(r.getAttribute("name"), k -> new ArrayList<>()).add(label);
                }
            }
        }
        List<FeatureGroup> features = new ArrayList<>();
        for (Element u : units) {
            Map<String, String> props = Dom.properties(u);
            String iu = Dom.required(u, "id", source);
            if (!"true".equals(props.get("org.eclipse.equinox.p2.type.group")) || !iu.endsWith(GROUP_SUFFIX)) {
                continue;
            }
            Version version = Dom.version(Dom.required(u, "version", source), source, "unit " + iu);
            String id = iu.substring(0, iu.length() - GROUP_SUFFIX.length());
            features.add(new FeatureGroup(id, version, props.getOrDefault("org.eclipse.equinox.p2.name", id),
                    props.getOrDefault("org.eclipse.equinox.p2.description", ""),
                    categoriesOf.getOrDefault(iu, List.of())));
        }
        return features;
    }
}
