package org.electrocat.bench;

import org.electrocat.bench.run.Timings;

/**
 * One line of the performance table.
 *
 * @param c          the case
 * @param reference  reference label ("—" when there is none)
 * @param ours       ElectroCat's timings (null when not run)
 * @param theirs     the reference's timings (null when not run)
 * @param ourMemory  ElectroCat's peak memory, in words
 * @param refMemory  the reference's peak memory, in words
 * @param agreement  whether the check values agree, in words
 * @param note       anything else the reader must know (skips, failures)
 */
public record Row(BenchCase c, String reference, Timings ours, Timings theirs, String ourMemory, String refMemory,
        String agreement, String note) {

    /** reference median / ElectroCat median of CPU times (NaN when either is missing). */
    public double cpuRatio() {
        return ours == null || theirs == null ? Double.NaN : theirs.cpuMedian() / ours.cpuMedian();
    }

    /** reference median / ElectroCat median of wall times (NaN when either is missing). */
    public double wallRatio() {
        return ours == null || theirs == null ? Double.NaN : theirs.wallMedian() / ours.wallMedian();
    }
}
