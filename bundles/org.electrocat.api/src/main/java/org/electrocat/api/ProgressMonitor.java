package org.electrocat.api;

/**
 * Progress reporting and cancellation for long work. Implementations must be thread-safe for
 * {@link #isCancelled()}; analyses should call {@link #checkCancelled()} at least every few
 * hundred milliseconds of work.
 */
public interface ProgressMonitor {

    /** A monitor that reports nothing and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Starts a task.
     *
     * @param task      what is being done, e.g. {@code Reading ca.mpt}
     * @param totalWork units of work expected, or -1 when unknown
     */
    void begin(String task, long totalWork);

    /** Reports {@code units} more units done. */
    void worked(long units);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Notes a sub-step (shown under the task). */
    default void subTask(String name) {
    }

    /** Marks the task finished. */
    default void done() {
    }
}
