package org.electrocat.io.safe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.electrocat.api.FormatException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsers hardened for files from anywhere (mzML, instrument XML, project files), following
 * the OWASP XML External Entity Prevention Cheat Sheet: document type declarations are refused
 * outright (this stops external entities, i.e. XXE reads of {@code file://} and network URLs, and
 * entity-expansion bombs such as "billion laughs"), external DTD and schema access is disabled,
 * XInclude is off, secure processing is on and the JDK's entity expansion limits are set low as
 * a second line of defence. The JDK's built-in parsers are used whatever the class path holds,
 * so the settings are known to apply.
 */
public final class SafeXml {

    /** Entity expansions allowed (only relevant if a DOCTYPE ever got through). */
    public static final int ENTITY_EXPANSION_LIMIT = 1000;
    private static final String DOCTYPE_REFUSED = "XML document type declarations (DOCTYPE) are refused: they enable"
            + " external-entity (XXE) and entity-expansion (billion laughs) attacks";

    private SafeXml() {
    }

    /** A namespace-aware DOM factory with DOCTYPEs disallowed and every external access off. */
    public static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be secured: " + e.getMessage(), e);
        }
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute("jdk.xml.entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
        return f;
    }

    /** A DOM builder from {@link #documentBuilderFactory()} that fails on every error and resolves no entity. */
    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilder b = documentBuilderFactory().newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' refused");
            });
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not stop parsing
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot create a secure XML parser: " + e.getMessage(), e);
        }
    }

    /** Parses a file into a DOM. */
    public static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /**
     * Parses a stream into a DOM.
     *
     * @throws FormatException with line and message for malformed XML or a refused DOCTYPE
     */
    public static Document parse(InputStream in, String source) throws IOException {
        try {
            InputSource is = new InputSource(in);
            is.setSystemId(source);
            return documentBuilder().parse(is);
        } catch (SAXParseException e) {
            throw new FormatException(source, e.getLineNumber(), null, explain(e.getMessage()), e);
        } catch (SAXException e) {
            throw new FormatException(source, -1, null, explain(e.getMessage()), e);
        } catch (java.io.CharConversionException | java.io.UnsupportedEncodingException e) {
            // bytes that are not text in the declared encoding, or an encoding Java does not know:
            // the file's content is wrong, not the disk (the parser reports these as bare IOExceptions)
            throw new FormatException(source, -1, "encoding", "not readable as XML text in its declared encoding ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /**
     * A StAX factory with DTD support and external entities off, no external DTD access and a low
     * entity expansion limit. Prefer {@link #streamReader}, which also refuses any DOCTYPE.
     */
    public static XMLInputFactory xmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            f.setProperty("jdk.xml.entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
        } catch (IllegalArgumentException e) {
            // a second line of defence only: DTDs are refused above and by streamReader
        }
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' refused");
        });
        return f;
    }

    /**
     * A streaming reader over {@code in} that fails with a clear message as soon as the document
     * has a DOCTYPE. Errors surface as {@link XMLStreamException}; turn them into a
     * {@link FormatException} with {@link #formatException(String, XMLStreamException)}.
     */
    public static XMLStreamReader streamReader(InputStream in, String source) throws FormatException {
        try {
            XMLStreamReader r = xmlInputFactory().createXMLStreamReader(source, in);
            return new StreamReaderDelegate(r) {
                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new XMLStreamException(DOCTYPE_REFUSED, getLocation());
                    }
                    return event;
                }

                @Override
                public int nextTag() throws XMLStreamException {
                    int event = next();
                    while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()
                            || event == XMLStreamConstants.CDATA && isWhiteSpace()
                            || event == XMLStreamConstants.SPACE
                            || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                            || event == XMLStreamConstants.COMMENT) {
                        event = next();
                    }
                    if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                        throw new XMLStreamException("expected a start or end tag", getLocation());
                    }
                    return event;
                }
            };
        } catch (XMLStreamException e) {
            throw formatException(source, e);
        }
    }

    /** A {@link FormatException} with the line of a StAX error. */
    public static FormatException formatException(String source, XMLStreamException e) {
        Location loc = e.getLocation();
        String msg = e.getMessage();
        if (msg != null && msg.startsWith("ParseError at")) {
            int nl = msg.indexOf("Message:");
            msg = nl >= 0 ? msg.substring(nl + 8).trim() : msg;
        }
        return new FormatException(source, loc == null ? -1 : loc.getLineNumber(), null, explain(msg), e);
    }

    /** Replaces the parser's wording for a refused DOCTYPE with one that says why. */
    private static String explain(String message) {
        if (message != null && message.contains("DOCTYPE") && !message.startsWith(DOCTYPE_REFUSED)) {
            return DOCTYPE_REFUSED + " (" + message + ")";
        }
        return message == null ? "malformed XML" : message;
    }
}
