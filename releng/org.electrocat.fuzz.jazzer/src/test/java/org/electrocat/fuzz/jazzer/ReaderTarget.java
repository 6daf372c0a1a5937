package org.electrocat.fuzz.jazzer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.echem.io.BioLogicMprReader;
import org.electrocat.echem.io.BioLogicMptReader;
import org.electrocat.echem.io.ChiTextReader;
import org.electrocat.echem.io.GamryDtaReader;
import org.electrocat.io.readers.DelimitedTextReader;
import org.electrocat.mechanism.network.NetworkCsvReader;
import org.electrocat.mechanism.network.NetworkYamlReader;
import org.electrocat.ms.io.MsTextReader;
import org.electrocat.ms.io.MzmlReader;
import org.electrocat.ms.io.MzxmlReader;
import org.electrocat.runtime.StudyFile;
import org.electrocat.ui.model.SessionFile;
import org.electrocat.vibspec.io.jcamp.JcampReader;
import org.electrocat.vibspec.io.spc.SpcReader;
import org.electrocat.xas.io.AthenaProjectReader;
import org.electrocat.xas.io.XasColumnsReader;
import org.electrocat.xas.io.XdiReader;
import org.electrocat.xps.io.VamasReader;
import org.electrocat.xps.io.XyReader;

/**
 * Every file format ElectroCat parses from a user, with the extension its scratch file gets and
 * the seed files its corpus starts from: paths relative to {@code ../shared/data}, or with a
 * {@code repo:} prefix relative to the repository (the oxime example study, the mutation fuzzer's
 * small seeds); a folder stands for its files with the target's extension (see {@link Seeds}). The fuzz method of each target in
 * {@link ReaderFuzzTests} is named {@code fuzz<Name>}; the seeds are replayed by
 * {@link SeedCorpusTest} and copied into the generated corpus by {@code fuzz.sh}.
 */
enum ReaderTarget {
    BIOLOGIC_MPT("BioLogicMpt", "mpt", BioLogicMptReader::new, "echem/Pt_poly_cv_CUT.mpt", "echem/lsv.mpt",
            "echem/cv.mpt", "eis/exampleDataBioLogic.mpt", "repo:examples/oxime-study/data/echem"),
    BIOLOGIC_MPR("BioLogicMpr", "mpr", BioLogicMprReader::new, "echem/cv.mpr", "echem/lsv.mpr"),
    GAMRY_DTA("GamryDta", "dta", GamryDtaReader::new, "echem/gamry_cv_data.dta", "eis/exampleDataGamry.DTA",
            "repo:examples/oxime-study/data/eis"),
    CHI_TEXT("ChiText", "txt", ChiTextReader::new, "eis/exampleDataCHInstruments.txt"),
    CORE_CSV("CoreCsv", "csv", DelimitedTextReader::new, "eis/exampleData.csv", "repo:examples/oxime-study/data/quantification"),
    JCAMP("Jcamp", "jdx", JcampReader::new, "raman_ir/tannic_acid_raman.jdx", "raman_ir/PE1800.DX",
            "repo:examples/oxime-study/data/vibspec/ir", "repo:examples/oxime-study/data/vibspec/raman"),
    SPC("Spc", "spc", SpcReader::new, "raman_ir/Ft-ir.spc", "raman_ir/RAMAN.SPC"),
    VAMAS("Vamas", "vms", VamasReader::new, "xps/regular.vms", "xps/irregular.vms", "repo:examples/oxime-study/data/xps"),
    PRODIGY_XY("ProdigyXy", "xy", XyReader::new, "xps/MgFe2O4_small.xy"),
    XDI("Xdi", "xdi", XdiReader::new, "xas/cu_metal_rt.xdi", "xas/pt_metal_rt.xdi", "repo:examples/oxime-study/data/xas"),
    XAS_COLUMNS("XasColumns", "dat", XasColumnsReader::new, "xas/ni_metal_rt.xdi"),
    ATHENA_PRJ("AthenaPrj", "prj", AthenaProjectReader::new, "xas/tipb.prj"),
    MZML("Mzml", "mzML", MzmlReader::new, "ms/test.mzML", "repo:examples/oxime-study/data/ms"),
    MZXML("Mzxml", "mzXML", MzxmlReader::new, Seeds.FUZZ_BUNDLE + "small.mzXML"),
    MS_TEXT("MsText", "txt", MsTextReader::new, Seeds.FUZZ_BUNDLE + "spectrum.txt"),
    NETWORK_YAML("NetworkYaml", "yaml", NetworkYamlReader::new, Seeds.FUZZ_BUNDLE + "network.yaml", "repo:examples/oxime-study/data/mechanism"),
    NETWORK_CSV("NetworkCsv", "csv", NetworkCsvReader::new, Seeds.FUZZ_BUNDLE + "network.csv"),
    STUDY_YAML("StudyYaml", "yaml", file -> StudyFile.load(file), "repo:examples/oxime-study/study.yaml", Seeds.FUZZ_BUNDLE + "study.yaml"),
    SESSION("Session", "ecsession", file -> SessionFile.read(file), Seeds.FUZZ_BUNDLE + "session.ecsession");

    /** The name after {@code fuzz} in the fuzz method and in the inputs folder. */
    final String name;
    final String extension;
    final Contract.Parser parser;
    final List<String> seeds;

    ReaderTarget(String name, String extension, Supplier<DatasetReader> reader, String... seeds) {
        this(name, extension, file -> read(reader.get(), file), seeds);
    }

    ReaderTarget(String name, String extension, Contract.Parser parser, String... seeds) {
        this.name = name;
        this.extension = extension;
        this.parser = parser;
        this.seeds = List.of(seeds);
    }

    /** Checks the contract for one input (documented exception: {@link FormatException}). */
    void check(byte[] input) throws java.io.IOException {
        Contract.check(extension, input, parser, FormatException.class);
    }

    /** {@code detect} must never throw; {@code read} may refuse only with a FormatException. */
    private static void read(DatasetReader r, Path file) throws Exception {
        byte[] all = Files.readAllBytes(file);
        r.detect(file, Arrays.copyOf(all, Math.min(all.length, DatasetReader.HEAD_BYTES)));
        r.read(file, Parameters.resolve(r.id(), r.options(), Map.of()), ProgressMonitor.NONE);
    }
}
