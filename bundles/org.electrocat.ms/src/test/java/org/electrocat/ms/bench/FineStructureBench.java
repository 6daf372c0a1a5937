package org.electrocat.ms.bench;

import java.util.Locale;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.FormulaParser;
import org.electrocat.ms.pattern.FineStructure;
import org.electrocat.ms.pattern.IsotopePattern;
import org.electrocat.ms.pattern.Profile;
import org.electrocat.ms.pattern.ProfileSpectrum;

/**
 * Benchmark (not a test): fine structure of the reference paper's m/z 3592 cluster ion
 * Ag4Pd2Ti4S8C159H196O14N7Cl2+ to 99.9 % coverage, then its Gaussian profile at R = 20000. Prints
 * the time of the best of several runs after warm-up, the number of peaks and the covered probability.
 * Run: {@code java -cp target/classes:target/test-classes:<api>:<core> org.electrocat.ms.bench.FineStructureBench}
 */
public final class FineStructureBench {

    private FineStructureBench() {
    }

    public static void main(String[] args) {
        Formula ion = FormulaParser.parseStandard(args.length > 0 ? args[0]
                : "H{Ag4Pd2(SR)7-S-Ti4O2(TBC[4])2(DCM)(CH3CN)7(OH)3(H2O)}+");
        double coverage = args.length > 1 ? Double.parseDouble(args[1]) : 0.999;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        IsotopePattern p = null;
        long best = Long.MAX_VALUE;
        long bestProfile = Long.MAX_VALUE;
        ProfileSpectrum profile = null;
        for (int i = 0; i < runs + 2; i++) {
            long t0 = System.nanoTime();
            p = FineStructure.coverage(ion, coverage, FineStructure.DEFAULT_MAX_PEAKS, ProgressMonitor.NONE);
            long t1 = System.nanoTime();
            profile = Profile.atResolvingPower(p, 20000, 10);
            long t2 = System.nanoTime();
            if (i >= 2) { // the first two runs warm up the JIT
                best = Math.min(best, t1 - t0);
                bestProfile = Math.min(bestProfile, t2 - t1);
            }
        }
        System.out.printf(Locale.ROOT, "%s coverage %.4f: %d peaks, probability %.6f, fine structure %.1f ms,"
                + " profile (%d points) %.1f ms, most probable isotopologue m/z %.5f%n", ion.hill(), coverage,
                p.size(), p.totalProbability(), best / 1e6, profile.mz().length, bestProfile / 1e6,
                p.mz(p.mostProbable()));
    }
}
