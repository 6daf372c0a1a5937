package org.electrocat.mechanism.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken network files fail with a {@link FormatException} that names the file, the line and the field. */
class BadNetworkTest {

    @TempDir
    Path dir;

    static final String HEAD = "format: electrocat.reaction-network\nenergyBasis: state-levels\ncatalysts:\n"
            + "  - name: Cat\n    sites:\n      - name: A\n        intermediates:\n";

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private FormatException yaml(String text) throws IOException {
        Path p = write("net.yaml", text);
        FormatException e = assertThrows(FormatException.class, () -> NetworkYamlParser.parse(p));
        assertEquals(p.toString(), e.file());
        return e;
    }

    @Test
    void unknownIntermediateInAStep() throws IOException {
        FormatException e = yaml(HEAD
                + "          - {name: \"*NO3\", G: 0}\n"
                + "          - {name: \"*NO2\", G: 0.5}\n"
                + "        steps:\n"
                + "          - {from: \"*NO3\", to: \"*NO2\"}\n"
                + "          - {from: \"*NO2\", to: \"*NO\"}\n");
        assertEquals(12, e.line());
        assertEquals("steps[1].to", e.field());
        assertTrue(e.getMessage().contains("unknown intermediate '*NO'"), e.getMessage());
    }

    @Test
    void missingEnergy() throws IOException {
        FormatException e = yaml(HEAD
                + "          - {name: \"*NO3\", G: 0}\n"
                + "          - {name: \"*NO2\"}\n"
                + "        steps:\n"
                + "          - {from: \"*NO3\", to: \"*NO2\"}\n");
        assertEquals(9, e.line());
        assertEquals("intermediates[1].G", e.field());
        assertTrue(e.problem().contains("missing energy of '*NO2'"), e.getMessage());
    }

    @Test
    void missingZpeWhenTheDftEnergyIsGiven() throws IOException {
        FormatException e = yaml(HEAD.replace("state-levels", "species")
                + "          - {name: \"*NO3\", E: -100.1, TS: 0.1}\n"
                + "          - {name: \"*NO2\", G: -95}\n"
                + "        steps:\n"
                + "          - {from: \"*NO3\", to: \"*NO2\", protons: 0}\n");
        assertEquals(8, e.line());
        assertEquals("intermediates[0].ZPE", e.field());
    }

    @Test
    void missingStepEnergy() throws IOException {
        FormatException e = yaml(HEAD.replace("state-levels", "step-energies")
                + "          - {name: A}\n          - {name: B}\n          - {name: C}\n"
                + "        steps:\n"
                + "          - {from: A, to: B, dG: 0.3}\n"
                + "          - {from: B, to: C}\n");
        assertEquals(13, e.line());
        assertEquals("steps[1].dG", e.field());
    }

    @Test
    void cyclicSteps() throws IOException {
        FormatException e = yaml(HEAD
                + "          - {name: A, G: 0}\n          - {name: B, G: 0.2}\n          - {name: C, G: 0.1}\n"
                + "        steps:\n"
                + "          - {from: A, to: B}\n"
                + "          - {from: B, to: C}\n"
                + "          - {from: C, to: A}\n");
        assertTrue(e.problem().contains("cycle"), e.getMessage());
        assertTrue(e.problem().contains("A → B → C → A"), e.getMessage());
        assertEquals(12, e.line());
        assertEquals("steps[0].to", e.field());
    }

    @Test
    void cycleBesideAValidChain() throws IOException {
        FormatException e = yaml(HEAD
                + "          - {name: A, G: 0}\n          - {name: B, G: 0.2}\n"
                + "          - {name: C, G: 0.1}\n          - {name: D, G: 0.1}\n"
                + "        steps:\n"
                + "          - {from: A, to: B}\n"
                + "          - {from: C, to: D}\n"
                + "          - {from: D, to: C}\n");
        assertTrue(e.problem().contains("cycle"), e.getMessage());
        assertEquals("steps[1].to", e.field());
        assertEquals(14, e.line());
    }

    @Test
    void stepBackToItself() throws IOException {
        FormatException e = yaml(HEAD
                + "          - {name: A, G: 0}\n"
                + "        steps:\n"
                + "          - {from: A, to: A}\n");
        assertEquals("steps[0].to", e.field());
        assertTrue(e.problem().contains("itself"));
    }

    @Test
    void branchingIsRefused() throws IOException {
        FormatException e = yaml(HEAD
                + "          - {name: A, G: 0}\n          - {name: B, G: 0.2}\n          - {name: C, G: 0.1}\n"
                + "        steps:\n"
                + "          - {from: A, to: B}\n"
                + "          - {from: A, to: C}\n");
        assertEquals("steps[1].from", e.field());
        assertEquals(13, e.line());
    }

    @Test
    void unusedIntermediateAndUnknownKeyAndBadNumber() throws IOException {
        FormatException unused = yaml(HEAD
                + "          - {name: A, G: 0}\n          - {name: B, G: 0.2}\n          - {name: Z, G: 0.1}\n"
                + "        steps:\n"
                + "          - {from: A, to: B}\n");
        assertEquals(10, unused.line());
        FormatException key = yaml(HEAD + "          - {name: A, G: 0, energy: 3}\n        steps: []\n");
        assertTrue(key.problem().contains("unknown key 'energy'"), key.getMessage());
        assertEquals(8, key.line());
        FormatException nan = yaml(HEAD + "          - {name: A, G: .nan}\n");
        assertEquals("intermediates[0].G", nan.field());
    }

    @Test
    void unquotedStarNamesGetAHint() throws IOException {
        FormatException e = yaml(HEAD + "          - {name: *NO3, G: 0}\n");
        assertTrue(e.problem().contains("quote names"), e.getMessage());
        assertEquals(8, e.line());
    }

    @Test
    void illustrativeFalseButValuesIllustrative() throws IOException {
        FormatException e = yaml(HEAD.replace("catalysts:", "illustrative: false\ncatalysts:")
                + "          - {name: A, G: 0}\n          - {name: B, G: 0.2, illustrative: true}\n"
                + "        steps:\n"
                + "          - {from: A, to: B}\n");
        assertEquals("illustrative", e.field());
        assertEquals(3, e.line());
    }

    @Test
    void chemicalStepWithElectrons() throws IOException {
        FormatException e = yaml(HEAD
                + "          - {name: A, G: 0}\n          - {name: B, G: 0.2}\n"
                + "        steps:\n"
                + "          - {from: A, to: B, type: chemical, electrons: 1}\n");
        assertEquals("steps[0].electrons", e.field());
    }

    @Test
    void wrongFormatAndEmptyAndTruncated() throws IOException {
        assertEquals("format", yaml("format: something-else\nenergyBasis: species\ncatalysts: []\n").field());
        assertEquals(1, yaml("").line());
        FormatException t = yaml(HEAD + "          - {name: A, G: 0");
        assertTrue(t.problem().startsWith("not valid YAML"), t.getMessage());
    }

    @Test
    void outcarOutsideTheFolderIsRefused() throws IOException {
        FormatException e = yaml(HEAD.replace("state-levels", "species")
                + "          - {name: A, outcar: ../../etc/OUTCAR, ZPE: 0, TS: 0}\n");
        assertEquals("intermediates[0].outcar", e.field());
        assertTrue(e.problem().contains("outside"));
    }

    @Test
    void csvErrorsNameLineAndColumn() throws IOException {
        Path p = write("net.csv", "catalyst,site,intermediate,type,G/eV\n"
                + "Cat,A,NO3-,,0\n"
                + "Cat,A,*NO3,electrochemical,\n");
        FormatException e = assertThrows(FormatException.class, () -> NetworkCsvParser.parse(p));
        assertEquals(3, e.line());
        assertEquals("g", e.field());
        Path q = write("net2.csv", "catalyst,site,intermediate,type,G\nCat,A,NO3-,che,0\n");
        FormatException first = assertThrows(FormatException.class, () -> NetworkCsvParser.parse(q));
        assertEquals("type", first.field());
        Path r = write("net3.csv", "catalyst,site,intermediate,type,G,energy\n");
        assertEquals("energy", assertThrows(FormatException.class, () -> NetworkCsvParser.parse(r)).field());
        Path s = write("net4.csv", "catalyst,site,intermediate,type,G\nCat,A,X,,0\nCat,A,Y,pcet,1\nCat,A,X,pcet,0\n");
        FormatException twice = assertThrows(FormatException.class, () -> NetworkCsvParser.parse(s));
        assertEquals(4, twice.line());
        assertEquals("intermediate", twice.field());
    }
}
