package org.electrocat.fuzz.jazzer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz tests (Jazzer) of every reader: one {@code @FuzzTest} per format, each
 * checking {@link Contract} on raw bytes. Without {@code JAZZER_FUZZ} (the normal build) each test
 * replays its committed inputs in {@code src/test/resources/org/electrocat/fuzz/jazzer/ReaderFuzzTestsInputs/<method>/}
 * (crash inputs kept as a regression corpus); with {@code JAZZER_FUZZ=1} Jazzer fuzzes the one
 * selected test from those inputs and the sample files ({@code fuzz.sh}, docs/reliability.md).
 */
class ReaderFuzzTests {

    @BeforeAll
    static void seedTheGeneratedCorpus() throws IOException {
        CorpusSeeder.seed(ReaderFuzzTests.class);
    }

    /** BioLogic EC-Lab text .mpt. */
    @FuzzTest
    void fuzzBioLogicMpt(byte[] input) throws IOException {
        ReaderTarget.BIOLOGIC_MPT.check(input);
    }

    /** BioLogic EC-Lab binary .mpr (modules, column ids, counts). */
    @FuzzTest
    void fuzzBioLogicMpr(byte[] input) throws IOException {
        ReaderTarget.BIOLOGIC_MPR.check(input);
    }

    /** Gamry .DTA (header keys, TABLE blocks). */
    @FuzzTest
    void fuzzGamryDta(byte[] input) throws IOException {
        ReaderTarget.GAMRY_DTA.check(input);
    }

    /** CH Instruments text export. */
    @FuzzTest
    void fuzzChiText(byte[] input) throws IOException {
        ReaderTarget.CHI_TEXT.check(input);
    }

    /** core.csv: delimited text with unit-bearing headers. */
    @FuzzTest
    void fuzzCoreCsv(byte[] input) throws IOException {
        ReaderTarget.CORE_CSV.check(input);
    }

    /** JCAMP-DX (##XYDATA compression, ASDF). */
    @FuzzTest
    void fuzzJcamp(byte[] input) throws IOException {
        ReaderTarget.JCAMP.check(input);
    }

    /** Galactic/Thermo SPC (binary header, subfiles, x arrays). */
    @FuzzTest
    void fuzzSpc(byte[] input) throws IOException {
        ReaderTarget.SPC.check(input);
    }

    /** VAMAS ISO 14976 (blocks, counts). */
    @FuzzTest
    void fuzzVamas(byte[] input) throws IOException {
        ReaderTarget.VAMAS.check(input);
    }

    /** SpecsLab Prodigy .xy. */
    @FuzzTest
    void fuzzProdigyXy(byte[] input) throws IOException {
        ReaderTarget.PRODIGY_XY.check(input);
    }

    /** XDI 1.0 (headers, column numbers). */
    @FuzzTest
    void fuzzXdi(byte[] input) throws IOException {
        ReaderTarget.XDI.check(input);
    }

    /** plain XAS column files. */
    @FuzzTest
    void fuzzXasColumns(byte[] input) throws IOException {
        ReaderTarget.XAS_COLUMNS.check(input);
    }

    /** Athena .prj (gzip, Perl data statements). */
    @FuzzTest
    void fuzzAthenaPrj(byte[] input) throws IOException {
        ReaderTarget.ATHENA_PRJ.check(input);
    }

    /** mzML (XML, base64, zlib, array lengths). */
    @FuzzTest
    void fuzzMzml(byte[] input) throws IOException {
        ReaderTarget.MZML.check(input);
    }

    /** mzXML (XML, base64 peaks, precision). */
    @FuzzTest
    void fuzzMzxml(byte[] input) throws IOException {
        ReaderTarget.MZXML.check(input);
    }

    /** MS text spectra. */
    @FuzzTest
    void fuzzMsText(byte[] input) throws IOException {
        ReaderTarget.MS_TEXT.check(input);
    }

    /** mechanism reaction network YAML. */
    @FuzzTest
    void fuzzNetworkYaml(byte[] input) throws IOException {
        ReaderTarget.NETWORK_YAML.check(input);
    }

    /** mechanism reaction network CSV. */
    @FuzzTest
    void fuzzNetworkCsv(byte[] input) throws IOException {
        ReaderTarget.NETWORK_CSV.check(input);
    }

    /** study files (runtime StudyFile). */
    @FuzzTest
    void fuzzStudyYaml(byte[] input) throws IOException {
        ReaderTarget.STUDY_YAML.check(input);
    }

    /** workbench session files (ui SessionFile). */
    @FuzzTest
    void fuzzSession(byte[] input) throws IOException {
        ReaderTarget.SESSION.check(input);
    }
}
