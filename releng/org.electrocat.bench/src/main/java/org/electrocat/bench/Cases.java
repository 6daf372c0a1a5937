package org.electrocat.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.bench.BenchCase.Reference;

/**
 * The workloads of issue 13 at their full sizes and at the smoke sizes CI runs (same code, tiny
 * inputs, one timed run, no warm-up).
 */
public final class Cases {

    /** Formula of the reference paper's m/z 3592 cluster ion (ElectroCat's condensed notation). */
    public static final String CLUSTER_ION = "H{Ag4Pd2(SR)7-S-Ti4O2(TBC[4])2(DCM)(CH3CN)7(OH)3(H2O)}+";
    /** The same ion written out as an elemental formula (what the numpy reference parses). */
    public static final String CLUSTER_ELEMENTS = "C159H196Ag4Cl2N7O14Pd2S8Ti4";

    private Cases() {
    }

    /** Every case of a run, W1..W7, in table order. */
    public static List<BenchCase> all(boolean smoke) {
        List<BenchCase> c = new ArrayList<>();
        int reps = smoke ? 1 : 5;
        int warm = smoke ? 0 : 2;
        for (String n : smoke ? new String[] {"16384", "4097"} : new String[] {"4194304", "1048577"}) {
            boolean pow2 = Integer.bitCount(Integer.parseInt(n)) == 1;
            c.add(new BenchCase(pow2 ? "W1a" : "W1b", "FTACV: DC + harmonics 1..6 of I, DC + 1st of E",
                    pow2 ? "2^" + Integer.numberOfTrailingZeros(Integer.parseInt(n)) + " points"
                            : "2^" + (31 - Integer.numberOfLeadingZeros(Integer.parseInt(n))) + "+1 points",
                    "org.electrocat.bench.workloads.FtacvWorkload",
                    params("n", n, "dt", "1e-4", "f0", "10", "harmonics", "6", "points", "4096"),
                    List.of(new Reference("numpy.fft, same band algorithm", "w1_ftacv", "decimated"),
                            new Reference("numpy.fft, full-length inverse per band", "w1_ftacv", "full-length")),
                    List.of("median envelope h1", "median envelope h5", "median DC current"), 1e-3, 2048, warm,
                    reps, smoke ? 1 : pow2 ? 10 : 4));
        }
        String spectra = smoke ? "20" : "1000";
        c.add(new BenchCase("W2", "EIS: fit R0-p(R1,CPE1), modulus weighting, bounds", spectra + " spectra x 60 f",
                "org.electrocat.bench.workloads.EisFitWorkload", params("spectra", spectra, "freqs", "60"),
                List.of(new Reference("scipy least_squares trf, analytic jac", "w2_eis", "analytic"),
                        new Reference("scipy least_squares trf, 2-point jac", "w2_eis", "2-point")),
                List.of("median R0", "median R1", "median Q", "median alpha"), 1e-3, 1024, warm, reps,
                smoke ? 1 : 8));
        String points = smoke ? "512" : "2048";
        c.add(new BenchCase("W3", "Raman baseline: arPLS lam 1e5, d 2, max_iter 50, tol 1e-3",
                spectra + " x " + points, "org.electrocat.bench.workloads.ArplsWorkload",
                params("spectra", spectra, "points", points),
                List.of(new Reference("numpy + scipy.linalg.solve_banded", "w3_arpls", "solve_banded")),
                List.of("sum of baselines", "iterations"), 1e-6, 1024, smoke ? 0 : 1, reps, 1));
        String coverage = smoke ? "0.9" : "0.999";
        c.add(new BenchCase("W4", "MS: isotopic fine structure of the m/z 3592 ion",
                "coverage " + coverage, "org.electrocat.bench.workloads.FineStructureWorkload",
                params("formula", CLUSTER_ION, "elements", CLUSTER_ELEMENTS, "coverage", coverage),
                List.of(new Reference("numpy convolution of element marginals", "w4_isotopes", "convolution")),
                List.of("peaks", "covered probability", "most probable mass"), 1e-6, 2048, warm, reps,
                smoke ? 1 : 4));
        c.add(new BenchCase("W5", "XPS: Pd 3d (two doublets, GL(30)), Shirley, fit with area SEs",
                spectra + " spectra x 201", "org.electrocat.bench.workloads.XpsFitWorkload",
                params("spectra", spectra, "points", "201"),
                List.of(new Reference("numpy Shirley + scipy least_squares trf, 2-point", "w5_xps", "least_squares")),
                List.of("median position", "median fwhm", "median area", "median area SE"), 1e-3, 1024, warm,
                reps, smoke ? 1 : 2));
        String rows = smoke ? "10000" : "10000000";
        c.add(new BenchCase("W6a", "I/O: BioLogic .mpt (14 columns, EC-Lab number style)", rows + " rows",
                "org.electrocat.bench.workloads.MptReadWorkload", params("rows", rows),
                List.of(new Reference("numpy.loadtxt", "w6_mpt", "loadtxt")),
                List.of("rows", "sum time/s", "sum I/mA"), 1e-9, smoke ? 512 : 6144, smoke ? 0 : 1, smoke ? 1 : 3, 1));
        String mb = smoke ? "1" : "100";
        c.add(new BenchCase("W6b", "I/O: mzML, zlib 64-bit m/z + 32-bit intensity", mb + " MB",
                "org.electrocat.bench.workloads.MzmlReadWorkload", params("mb", mb, "points", "20000"),
                List.of(new Reference("xml.etree iterparse + base64 + zlib + numpy", "w6_mzml", "etree")),
                List.of("spectra", "sum m/z", "sum intensity"), 1e-9, 2048, smoke ? 0 : 1, reps, smoke ? 1 : 2));
        c.add(new BenchCase("W7a", "Start-up: electrocat --version (cold JVM + OSGi)", "1 process", null, Map.of(),
                List.of(new Reference("python3 -c 'import numpy, scipy.optimize'", "startup", "python")), List.of(),
                0, 0, smoke ? 0 : 1, reps, 1));
        c.add(new BenchCase("W7b", "Study: examples/oxime-study/study.yaml, electrocat run", "1 process", null,
                Map.of(), List.of(), List.of(), 0, 0, 0, smoke ? 1 : 3, 1));
        return c;
    }

    /**
     * The case with this id.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static BenchCase find(String id, boolean smoke) {
        return all(smoke).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no benchmark case '" + id + "' (W1a, W1b, W2 ... W7b)"));
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
