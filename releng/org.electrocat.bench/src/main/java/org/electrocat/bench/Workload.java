package org.electrocat.bench;

import java.nio.file.Path;

/**
 * One benchmark workload on ElectroCat's side: it loads its input once (from files the driver wrote,
 * untimed) and then runs the timed operation as often as the harness asks. {@link #run()} returns a
 * few check values (sums, counts, medians of fitted parameters) that the reference implementation
 * prints too, so the table can say that both sides computed the same thing.
 */
public interface Workload {

    /**
     * Loads the input of {@code benchCase} from {@code dir} (untimed).
     *
     * @throws Exception when the input is missing or unreadable
     */
    void load(Path dir, BenchCase benchCase) throws Exception;

    /**
     * The timed operation.
     *
     * @return check values, in the order the reference script prints them
     * @throws Exception when the operation fails
     */
    double[] run() throws Exception;
}
