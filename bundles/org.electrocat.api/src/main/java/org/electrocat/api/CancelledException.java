package org.electrocat.api;

/** Thrown by long work when its {@link ProgressMonitor} was cancelled; nothing is written. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled by the user");
    }
}
