package org.electrocat.plugins.p2;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Child-element helpers for the small p2 and feature XML documents. */
final class Dom {

    private Dom() {
    }

    /** Direct child elements named {@code tag}. */
    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first direct child element named {@code tag}, or {@code null}. */
    static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    /** {@code name → value} of the {@code <properties><property name value/>} block of an element. */
    static java.util.Map<String, String> properties(Element parent) {
        java.util.Map<String, String> props = new java.util.LinkedHashMap<>();
        for (Element p : children(child(parent, "properties"), "property")) {
            props.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        return props;
    }

    /** A required attribute, or an exception naming the element and attribute. */
    static String required(Element e, String attribute, String source) throws org.electrocat.api.FormatException {
        String v = e.getAttribute(attribute);
        if (v.isEmpty()) {
            throw new org.electrocat.api.FormatException(source, -1, attribute, "<" + e.getTagName()
                    + "> has no " + attribute + " attribute", null);
        }
        return v;
    }

    /** An OSGi version attribute; empty means 0.0.0. */
    static org.osgi.framework.Version version(String text, String source, String what)
            throws org.electrocat.api.FormatException {
        try {
            return text == null || text.isBlank() ? org.osgi.framework.Version.emptyVersion
                    : org.osgi.framework.Version.parseVersion(text);
        } catch (IllegalArgumentException e) {
            throw new org.electrocat.api.FormatException(source, -1, "version", what + ": '" + text
                    + "' is not a version", e);
        }
    }
}
