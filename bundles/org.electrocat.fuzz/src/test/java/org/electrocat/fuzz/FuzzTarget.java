package org.electrocat.fuzz;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;

/**
 * One thing that parses a user's file: a {@link DatasetReader} (instantiated by class name, since
 * the reader packages are not exported) or a static loader such as {@code StudyFile.load}, with the
 * seed files it is fuzzed from.
 */
record FuzzTarget(String name, String extension, Parser parser, List<Path> seeds) {

    /** Parses one file; may throw only IOException (FormatException) for bad input. */
    @FunctionalInterface
    interface Parser {
        void parse(Path file) throws Exception;
    }

    static Path shared() {
        String prop = System.getProperty("electrocat.shared");
        if (prop != null && Files.isDirectory(Paths.get(prop, "data"))) {
            return Paths.get(prop, "data");
        }
        // in a git worktree ../shared is not beside the repository: look in the parent folders
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data"))) {
                return p.resolve("shared/data");
            }
        }
        return Paths.get("../shared/data");
    }

    static Path bundledSeeds() {
        return Paths.get(System.getProperty("fuzz.testClasses", "target/test-classes")).resolve("seeds");
    }

    /** Every reader on main with its seeds; a reader whose bundle is absent is skipped. */
    static List<FuzzTarget> all() {
        Path d = shared();
        Path s = bundledSeeds();
        List<FuzzTarget> out = new ArrayList<>();
        reader(out, "org.electrocat.echem.io.BioLogicMptReader", "mpt",
                d.resolve("echem/cv.mpt"), d.resolve("echem/lsv.mpt"), d.resolve("eis/exampleDataBioLogic.mpt"));
        reader(out, "org.electrocat.echem.io.BioLogicMprReader", "mpr", d.resolve("echem/cv.mpr"), d.resolve("echem/lsv.mpr"));
        reader(out, "org.electrocat.echem.io.GamryDtaReader", "dta",
                d.resolve("echem/gamry_cv_data.dta"), d.resolve("eis/exampleDataGamry.DTA"));
        reader(out, "org.electrocat.echem.io.ChiTextReader", "txt", d.resolve("eis/exampleDataCHInstruments.txt"));
        reader(out, "org.electrocat.io.readers.DelimitedTextReader", "csv", d.resolve("eis/exampleData.csv"));
        reader(out, "org.electrocat.ms.io.MzmlReader", "mzML", d.resolve("ms/test.mzML"));
        reader(out, "org.electrocat.ms.io.MzxmlReader", "mzXML", s.resolve("small.mzXML"));
        reader(out, "org.electrocat.ms.io.MsTextReader", "txt", s.resolve("spectrum.txt"));
        reader(out, "org.electrocat.vibspec.io.jcamp.JcampReader", "jdx",
                d.resolve("raman_ir/tannic_acid_raman.jdx"), d.resolve("raman_ir/PE1800.DX"));
        reader(out, "org.electrocat.vibspec.io.spc.SpcReader", "spc", d.resolve("raman_ir/Ft-ir.spc"), d.resolve("raman_ir/RAMAN.SPC"));
        reader(out, "org.electrocat.xps.io.VamasReader", "vms", d.resolve("xps/regular.vms"), d.resolve("xps/irregular.vms"));
        reader(out, "org.electrocat.xps.io.XyReader", "xy", d.resolve("xps/MgFe2O4_small.xy"));
        reader(out, "org.electrocat.xas.io.XdiReader", "xdi", d.resolve("xas/cu_metal_rt.xdi"), d.resolve("xas/pt_metal_rt.xdi"));
        reader(out, "org.electrocat.xas.io.XasColumnsReader", "dat", d.resolve("xas/ni_metal_rt.xdi"));
        reader(out, "org.electrocat.xas.io.AthenaProjectReader", "prj", d.resolve("xas/tipb.prj"));
        reader(out, "org.electrocat.mechanism.network.NetworkYamlReader", "yaml", s.resolve("network.yaml"));
        reader(out, "org.electrocat.mechanism.network.NetworkCsvReader", "csv", s.resolve("network.csv"));
        loader(out, "runtime.StudyFile", "yaml", "org.electrocat.runtime.StudyFile", "load", s.resolve("study.yaml"));
        loader(out, "ui.SessionFile", "ecsession", "org.electrocat.ui.model.SessionFile", "read", s.resolve("session.ecsession"));
        return out;
    }

    static FuzzTarget byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fuzz target " + name));
    }

    private static void reader(List<FuzzTarget> out, String className, String ext, Path... seeds) {
        Class<?> c = load(className);
        if (c == null) {
            return;
        }
        String name = c.getSimpleName();
        out.add(new FuzzTarget(name, ext, file -> {
            DatasetReader r = (DatasetReader) c.getConstructor().newInstance();
            r.read(file, Parameters.resolve(r.id(), r.options(), java.util.Map.of()), ProgressMonitor.NONE);
        }, existing(seeds)));
    }

    private static void loader(List<FuzzTarget> out, String name, String ext, String className, String method, Path... seeds) {
        Class<?> c = load(className);
        if (c == null) {
            return;
        }
        out.add(new FuzzTarget(name, ext, file -> {
            Method m = c.getMethod(method, Path.class);
            try {
                m.invoke(null, file);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof Exception ex) {
                    throw ex;
                }
                throw (Error) e.getCause();
            }
        }, existing(seeds)));
    }

    private static List<Path> existing(Path... seeds) {
        return Stream.of(seeds).filter(Files::isRegularFile).toList();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            System.out.println("fuzz: " + className + " not on the class path, skipped");
            return null;
        }
    }

    List<byte[]> seedBytes() throws IOException {
        List<byte[]> b = new ArrayList<>();
        for (Path p : seeds) {
            b.add(Files.readAllBytes(p));
        }
        return b;
    }
}
