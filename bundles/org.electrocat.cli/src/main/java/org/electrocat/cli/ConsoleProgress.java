package org.electrocat.cli;

import java.io.PrintWriter;
import org.electrocat.api.ProgressMonitor;

/** Progress on stderr, one line per sub-task: {@code [3/9] step cdl (echem.cdl)}. */
final class ConsoleProgress implements ProgressMonitor {

    private final PrintWriter err;
    private final boolean quiet;
    private long total = -1;
    private long done;
    private volatile boolean cancelled;

    ConsoleProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void begin(String task, long totalWork) {
        if (total < 0) {
            total = totalWork;
            if (!quiet) {
                err.println(task);
                err.flush();
            }
        }
    }

    @Override
    public void worked(long units) {
        done += units;
    }

    @Override
    public void subTask(String name) {
        if (!quiet) {
            err.println("  [" + (done + 1) + "/" + Math.max(total, done + 1) + "] " + name);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }
}
