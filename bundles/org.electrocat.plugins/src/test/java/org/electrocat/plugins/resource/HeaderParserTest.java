package org.electrocat.plugins.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

/** The OSGi common header syntax (Core R8 1.3.2) and typed attributes (3.3.7), clause by clause. */
class HeaderParserTest {

    @Test
    void clausesPathsAttributesAndDirectives() {
        List<HeaderClause> c = HeaderParser.parse("Import-Package",
                "org.a;org.b;version=\"[1.0,2)\";resolution:=optional, org.c ;version=1.2 ");
        assertEquals(2, c.size());
        assertEquals(List.of("org.a", "org.b"), c.get(0).paths());
        assertEquals("[1.0,2)", c.get(0).attribute("version"), "comma inside quotes does not split clauses");
        assertEquals("optional", c.get(0).directive("resolution"));
        assertEquals(List.of("org.c"), c.get(1).paths());
        assertEquals("1.2", c.get(1).attribute("version"));
        assertTrue(c.get(1).directives().isEmpty());
    }

    @Test
    void quotedSemicolonsAndEscapedQuotesStayInTheValue() {
        HeaderClause c = HeaderParser.parse("Export-Package", "p;uses:=\"a,b;c\";note=\"say \\\"hi\\\"\"").get(0);
        assertEquals("a,b;c", c.directive("uses"));
        assertEquals("say \"hi\"", c.attribute("note"));
    }

    @Test
    void typedAttributes() {
        HeaderClause c = HeaderParser.parse("Provide-Capability", "ns;v:Version=\"1.2.3\";n:Long=42;d:Double=0.5;"
                + "l:List<String>=\"a,b\\,c, d\";vs:List<Version>=\"1.0, 2.1\";s:String=\" x \"").get(0);
        assertEquals(new Version(1, 2, 3), c.attributes().get("v"));
        assertEquals(42L, c.attributes().get("n"));
        assertEquals(0.5, c.attributes().get("d"));
        assertEquals(List.of("a", "b,c", " d"), c.attributes().get("l"), "escaped comma kept, String elements not trimmed");
        assertEquals(List.of(new Version(1, 0, 0), new Version(2, 1, 0)), c.attributes().get("vs"));
        assertEquals(" x ", c.attributes().get("s"));
    }

    @Test
    void emptyHeaderHasNoClauses() {
        assertTrue(HeaderParser.parse("Import-Package", null).isEmpty());
        assertTrue(HeaderParser.parse("Import-Package", "  ").isEmpty());
    }

    @Test
    void malformedHeadersNameHeaderAndClause() {
        assertMessage("unterminated quoted string", "Import-Package", "a;version=\"[1,2)");
        assertMessage("comes after a parameter", "Import-Package", "a;version=1;b");
        assertMessage("empty clause", "Import-Package", "a,,b");
        assertMessage("not a valid Version", "Provide-Capability", "ns;v:Version=abc");
        assertMessage("unknown attribute type", "Provide-Capability", "ns;v:Integer=1");
        assertMessage("parameter without a name", "Import-Package", "a;=1");
    }

    private static void assertMessage(String part, String header, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeaderParser.parse(header, value));
        assertTrue(e.getMessage().contains(part) && e.getMessage().contains(header), e.getMessage());
    }
}
