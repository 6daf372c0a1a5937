package org.electrocat.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Test copies of the shipped p2 repository: a plain copy (to tamper with), or a copy with one
 * more plugin published in it (a bundle jar and a feature jar, entered into artifacts.xml with
 * size and SHA-256 and into content.xml as a feature group), the way a third party's build would
 * publish it.
 */
final class RepositoryCopies {

    private RepositoryCopies() {
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    /** Publishes a bundle with these manifest headers and a feature {@code <bsn>.feature} listing it. */
    static void addPlugin(Path repo, Map<String, String> headers) throws Exception {
        String bsn = headers.get("Bundle-SymbolicName");
        String version = headers.get("Bundle-Version");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        Path bundle = repo.resolve("plugins/" + bsn + "_" + version + ".jar");
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(bundle), mf)) {
            j.putNextEntry(new ZipEntry("readme.txt"));
            j.write("a plugin built for tests".getBytes(StandardCharsets.UTF_8));
        }
        String fid = bsn + ".feature";
        Path feature = repo.resolve("features/" + fid + "_" + version + ".jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(feature))) {
            z.putNextEntry(new ZipEntry("feature.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feature id=\"" + fid + "\" label=\"Test plugin\" version=\""
                    + version + "\"><plugin id=\"" + bsn + "\" version=\"" + version + "\" unpack=\"false\"/></feature>\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Document artifacts = read(repo.resolve("artifacts.jar"), "artifacts.xml");
        Element list = (Element) artifacts.getElementsByTagName("artifacts").item(0);
        list.appendChild(artifact(artifacts, "osgi.bundle", bsn, version, bundle));
        list.appendChild(artifact(artifacts, "org.eclipse.update.feature", fid, version, feature));
        list.setAttribute("size", Integer.toString(list.getElementsByTagName("artifact").getLength()));
        write(repo.resolve("artifacts.jar"), "artifacts.xml", artifacts);
        Document content = read(repo.resolve("content.jar"), "content.xml");
        Element units = (Element) content.getElementsByTagName("units").item(0);
        Element unit = content.createElement("unit");
        unit.setAttribute("id", fid + ".feature.group");
        unit.setAttribute("version", version);
        Element props = content.createElement("properties");
        props.appendChild(property(content, "org.eclipse.equinox.p2.name", "Test plugin " + bsn));
        props.appendChild(property(content, "org.eclipse.equinox.p2.type.group", "true"));
        unit.appendChild(props);
        units.appendChild(unit);
        units.setAttribute("size", Integer.toString(units.getElementsByTagName("unit").getLength()));
        write(repo.resolve("content.jar"), "content.xml", content);
        // the .xml.xz copies would now disagree with the jars: a real publisher rewrites both
        Files.deleteIfExists(repo.resolve("artifacts.xml.xz"));
        Files.deleteIfExists(repo.resolve("content.xml.xz"));
    }

    private static Element artifact(Document d, String classifier, String id, String version, Path file) throws Exception {
        Element a = d.createElement("artifact");
        a.setAttribute("classifier", classifier);
        a.setAttribute("id", id);
        a.setAttribute("version", version);
        Element props = d.createElement("properties");
        props.appendChild(property(d, "download.size", Long.toString(Files.size(file))));
        props.appendChild(property(d, "download.checksum.sha-256",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))));
        a.appendChild(props);
        return a;
    }

    private static Element property(Document d, String name, String value) {
        Element p = d.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        return p;
    }

    private static Document read(Path jar, String entry) throws Exception {
        try (InputStream in = Files.newInputStream(jar); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (e.getName().equals(entry)) {
                    return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(
                            new java.io.ByteArrayInputStream(z.readAllBytes()));
                }
            }
        }
        throw new IOException(jar + " has no " + entry);
    }

    private static void write(Path jar, String entry, Document d) throws Exception {
        StringWriter w = new StringWriter();
        var t = TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(d), new StreamResult(w));
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(w.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
