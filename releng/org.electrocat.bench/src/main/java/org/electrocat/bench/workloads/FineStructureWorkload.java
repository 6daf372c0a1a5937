package org.electrocat.bench.workloads;

import java.nio.file.Path;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.bench.BenchCase;
import org.electrocat.bench.Workload;
import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.FormulaParser;
import org.electrocat.ms.pattern.FineStructure;
import org.electrocat.ms.pattern.IsotopePattern;

/**
 * W4: the smallest set of isotopologues covering the requested probability (IsoSpec's
 * {@code IsoTotalProb}; ms's {@link FineStructure#coverage}) of the reference paper's m/z 3592
 * cluster ion. Checks: number of peaks, covered probability, neutral-atom mass of the most probable
 * isotopologue (u).
 */
public final class FineStructureWorkload implements Workload {

    private Formula ion;
    private double coverage;

    @Override
    public void load(Path dir, BenchCase c) {
        ion = FormulaParser.parseStandard(c.param("formula"));
        String hill = ion.hill().replaceAll("[+-]\\d*$", "");
        if (!hill.equals(c.param("elements"))) {
            throw new IllegalStateException("formula parses to " + ion.hill() + ", the case says " + c.param("elements"));
        }
        coverage = Double.parseDouble(c.param("coverage"));
    }

    @Override
    public double[] run() {
        IsotopePattern p = FineStructure.coverage(ion, coverage, FineStructure.DEFAULT_MAX_PEAKS, ProgressMonitor.NONE);
        return new double[] {p.size(), p.totalProbability(), p.mass(p.mostProbable())};
    }
}
