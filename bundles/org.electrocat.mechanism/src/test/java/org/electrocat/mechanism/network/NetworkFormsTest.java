package org.electrocat.mechanism.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three energy bases, the CSV form and OUTCAR import against hand-computed step energies. */
class NetworkFormsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static final String OUTCAR = """
             FREE ENERGIE OF THE ION-ELECTRON SYSTEM (eV)
             ---------------------------------------------------
             free  energy   TOTEN  =      -224.70000000 eV

             energy  without entropy=     -224.80000000  energy(sigma->0) =     -224.90000000
             ...
             free  energy   TOTEN  =      -224.65000000 eV

             energy  without entropy=     -224.70000000  energy(sigma->0) =     -224.75000000
            """;

    @Test
    void speciesBasisUsesTheComputationalHydrogenElectrode() throws IOException {
        write("OUTCAR_NO2", OUTCAR);
        Path p = write("net.yaml", """
                format: electrocat.reaction-network
                energyBasis: species
                species:
                  H2: {E: -6.77, ZPE: 0.27, TS: 0.41}
                  H2O: {E: -14.22, ZPE: 0.56, TS: 0.67}
                  NO3-: {G: -30.00}
                catalysts:
                  - name: Cat
                    sites:
                      - name: M
                        intermediates:
                          - {name: "*", label: "NO3- + *", G: -200.00}
                          - {name: "*NO3", E: -231.20, ZPE: 0.40, TS: 0.20}
                          - {name: "*NO2", outcar: OUTCAR_NO2, ZPE: 0.30, TS: 0.15}
                        steps:
                          - {from: "*NO3", to: "*NO2", electrons: 2, protons: 2, releases: H2O}
                          - {from: "*", to: "*NO3", consumes: {NO3-: 1}, electrons: -1, protons: 0}
                """);
        ReactionNetwork n = NetworkYamlParser.parse(p);
        Pathway pw = n.pathways().get(0);
        assertEquals(List.of("NO3- + *", "*NO3", "*NO2"), pw.states(), "steps must be put in reaction order");
        // G(*NO3) - G(*) - G(NO3-) = -231.00 + 200.00 + 30.00
        assertEquals(-1.00, pw.steps().get(0).dGReference(), 1e-9);
        // G(*NO2) + G(H2O) - G(*NO3) - 2 x G(H2)/2, with E(*NO2) = -224.75 (last energy(sigma->0) of the OUTCAR):
        // (-224.75 + 0.30 - 0.15) + (-14.33) - (-231.00) + (-6.91) x -1 = -1.02
        assertEquals(-1.02, pw.steps().get(1).dGReference(), 1e-9);
        assertEquals(-1, pw.steps().get(0).electrons());
        assertEquals(0.0, pw.initialLevel());
    }

    @Test
    void outcarFallsBackToTotenAndRefusesFilesWithoutEnergy() throws IOException {
        assertEquals(-224.75, OutcarEnergy.finalEnergy(write("OUTCAR", OUTCAR)), 0);
        Path toten = write("OUTCAR2", "  free  energy   TOTEN  =      -12.5 eV\n");
        assertEquals(-12.5, OutcarEnergy.finalEnergy(toten), 0);
        Path none = write("OUTCAR3", "nothing here\n");
        assertThrows(FormatException.class, () -> OutcarEnergy.finalEnergy(none));
        Path bad = write("OUTCAR4", "\n  energy  without entropy=  x  energy(sigma->0) =     -1.2.3\n");
        FormatException e = assertThrows(FormatException.class, () -> OutcarEnergy.finalEnergy(bad));
        assertEquals(2, e.line());
    }

    @Test
    void csvLevelsEqualTheYamlLevels() throws IOException {
        Path csv = write("net.csv", """
                # two sites, state levels in kJ/mol (96.48533212 kJ/mol = 1 eV)
                catalyst,site,intermediate,type,electrons,protons,G (kJ/mol),illustrative
                Cat,A,NO3-,,,,0,false
                Cat,A,*NO3,electrochemical,-1,0,-96.48533212,false
                Cat,A,*NO2,electrochemical,2,2,"48.24266606",true
                Cat,B,X,,,,0,
                Cat,B,Y,chemical,,,9.648533212,
                """);
        Path yaml = write("net.yaml", """
                format: electrocat.reaction-network
                energyBasis: state-levels
                catalysts:
                  - name: Cat
                    sites:
                      - name: A
                        intermediates:
                          - {name: "NO3-", G: 0}
                          - {name: "*NO3", G: -1.0}
                          - {name: "*NO2", G: 0.5, illustrative: true}
                        steps:
                          - {from: "NO3-", to: "*NO3", electrons: -1, protons: 0}
                          - {from: "*NO3", to: "*NO2", electrons: 2}
                      - name: B
                        intermediates: [{name: X, G: 0}, {name: Y, G: 0.1}]
                        steps: [{from: X, to: Y, type: chemical}]
                """);
        NetworkCsvReader csvReader = new NetworkCsvReader();
        NetworkYamlReader yamlReader = new NetworkYamlReader();
        assertTrue(csvReader.detect(csv, Files.readAllBytes(csv)) > 0.5);
        assertEquals(0, yamlReader.detect(csv, Files.readAllBytes(csv)));
        assertEquals(0, csvReader.detect(yaml, Files.readAllBytes(yaml)));
        List<Dataset> a = csvReader.read(csv, Parameters.empty(), ProgressMonitor.NONE);
        List<Dataset> b = yamlReader.read(yaml, Parameters.empty(), ProgressMonitor.NONE);
        assertEquals(2, a.size());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(b.get(i).require("dG").array(), a.get(i).require("dG").array(), 1e-12);
            assertArrayEquals(b.get(i).require("electrons").array(), a.get(i).require("electrons").array());
            assertArrayEquals(b.get(i).require("protons").array(), a.get(i).require("protons").array());
            assertArrayEquals(b.get(i).require("illustrative").array(), a.get(i).require("illustrative").array());
            Pathway pb = PathwayDatasets.pathway(b.get(i));
            Pathway pa = PathwayDatasets.pathway(a.get(i));
            assertEquals(pb.states(), pa.states());
            assertEquals(pb.illustrativeStates(), pa.illustrativeStates());
            assertEquals(pb.name(), pa.name());
        }
        assertArrayEquals(new double[] {-1.0, 1.5}, a.get(0).require("dG").array(), 1e-12);
        assertEquals("true", a.get(0).meta("illustrative").orElseThrow());
        assertEquals("false", a.get(1).meta("illustrative").orElseThrow());
    }

    @Test
    void datasetRoundTripKeepsEverything() throws IOException {
        Path yaml = write("net.yaml", """
                format: electrocat.reaction-network
                energyBasis: step-energies
                energyUnit: meV
                reference: {potential: -0.5, scale: SHE, pH: 7}
                catalysts:
                  - name: Cat
                    sites:
                      - intermediates: [{name: A}, {name: B}, {name: C}]
                        steps:
                          - {from: B, to: C, type: chemical, dG: -150}
                          - {from: A, to: B, dG: 420, illustrative: true}
                """);
        ReactionNetwork n = NetworkYamlParser.parse(yaml);
        Pathway p = n.pathways().get(0);
        assertEquals("Cat", p.name());
        assertEquals(List.of(true, true, true).subList(0, 2), p.illustrativeStates().subList(1, 3));
        assertEquals(false, p.illustrativeStates().get(0));
        assertEquals(0.42, p.steps().get(0).dGReference(), 1e-12);
        assertEquals(-0.15, p.steps().get(1).dGReference(), 1e-12);
        // -0.5 V vs SHE at pH 7 = -0.5 + 0.0591593497 x 7 = -0.0858845522 V vs RHE
        assertEquals(-0.08588455219999, p.reference().potentialRhe(), 1e-9);
        Dataset d = PathwayDatasets.of(n, Provenance.NONE).get(0);
        assertEquals(p, PathwayDatasets.pathway(d));
    }
}
