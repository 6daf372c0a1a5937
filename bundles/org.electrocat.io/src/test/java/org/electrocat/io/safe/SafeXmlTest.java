package org.electrocat.io.safe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.electrocat.api.FormatException;
import org.electrocat.io.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** XXE and entity-expansion documents are refused by both the DOM and the StAX parsers. */
class SafeXmlTest {

    private static final String SECRET = "top-secret-7f3a";

    @TempDir
    Path dir;

    private String xxe() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE data [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<data>&xxe;</data>\n";
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append(" <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            sb.append("\">\n");
        }
        return sb.append("]>\n<lolz>&lol9;</lolz>\n").toString();
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void domRefusesExternalEntity() throws IOException {
        FormatException e = assertThrows(FormatException.class, () -> SafeXml.parse(in(xxe()), "xxe.xml"));
        assertTrue(e.problem().contains("DOCTYPE") && e.problem().contains("XXE"), e.problem());
        assertFalse(e.getMessage().contains(SECRET));
        assertEquals(2, e.line());
        assertEquals("xxe.xml", e.file());
    }

    @Test
    void domRefusesUnknownEncodingsAndMalformedBytesAsFormatErrors() {
        // found by Jazzer (fuzzP2Index): the parser reports these as bare IOExceptions naming no file
        byte[] utf6 = "<?xml version='1.0' encoding='UTF-6'?>\n<a/>\n".getBytes(StandardCharsets.US_ASCII);
        FormatException e = assertThrows(FormatException.class, () -> SafeXml.parse(new ByteArrayInputStream(utf6), "u6.xml"));
        assertEquals("u6.xml", e.file());
        assertEquals("encoding", e.field());
        assertTrue(e.problem().contains("UTF-6"), e.problem());
        byte[] badUtf8 = {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '<', '/', 'a', '>'};
        FormatException m = assertThrows(FormatException.class, () -> SafeXml.parse(new ByteArrayInputStream(badUtf8), "m.xml"));
        assertEquals("m.xml", m.file());
    }

    @Test
    void domRefusesBillionLaughs() {
        FormatException e = assertThrows(FormatException.class, () -> SafeXml.parse(in(billionLaughs()), "lol.xml"));
        assertTrue(e.problem().contains("DOCTYPE"), e.problem());
    }

    @Test
    void staxRefusesExternalEntityAndBillionLaughs() throws IOException {
        for (String doc : new String[] {xxe(), billionLaughs()}) {
            XMLStreamReader r = SafeXml.streamReader(in(doc), "doc.xml");
            StringBuilder text = new StringBuilder();
            XMLStreamException e = assertThrows(XMLStreamException.class, () -> {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.CHARACTERS) {
                        text.append(r.getText());
                    }
                }
            });
            FormatException f = SafeXml.formatException("doc.xml", e);
            assertTrue(f.problem().contains("DOCTYPE"), f.problem());
            // StAX reports the DOCTYPE where it ends ("]>"): the line lies within the declaration
            long end = doc.substring(0, doc.indexOf("]>")).lines().count() + 1;
            assertTrue(f.line() >= 2 && f.line() <= end, f.getMessage());
            assertFalse(text.toString().contains(SECRET));
            assertFalse(text.toString().contains("lollol"));
        }
    }

    @Test
    void ordinaryDocumentsParse() throws IOException {
        Document d = SafeXml.parse(in("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<run id=\"r1\"><v>1 &amp; 2</v></run>"),
                "ok.xml");
        assertEquals("1 & 2", d.getDocumentElement().getTextContent());
        FormatException bad = assertThrows(FormatException.class, () -> SafeXml.parse(in("<a>\n<b></a>"), "bad.xml"));
        assertEquals(2, bad.line());
    }

    @Test
    void mzmlFromSharedDataStreamsThrough() throws IOException, XMLStreamException {
        Path mzml = SharedData.file("ms/test.mzML");
        int spectra = 0;
        try (InputStream in = Files.newInputStream(mzml)) {
            XMLStreamReader r = SafeXml.streamReader(in, mzml.toString());
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("spectrum")) {
                    spectra++;
                }
            }
        }
        assertEquals(2, spectra); // the data README: two MS1 spectra
    }
}
