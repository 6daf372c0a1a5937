package org.electrocat.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.electrocat.api.CancelledException;
import org.electrocat.api.ProgressMonitor;

/**
 * Runs one piece of plugin code (an analysis step with its charts) on its own daemon thread so
 * that a fault in the plugin costs only that step: a programming error, an {@link Error} such as
 * {@link NoClassDefFoundError} (a plugin removed or built against other bundles) or
 * {@link OutOfMemoryError}, or a hang. The caller waits, watching the user's cancel request and the
 * time limit. At the limit the step's monitor reports cancelled (analyses that call
 * {@code checkCancelled()} stop there) and the thread is interrupted; if it still has not ended
 * after a grace period it is abandoned (Java cannot stop a thread), and the study goes on.
 *
 * <p>Exceptions an analysis throws by contract ({@link IllegalArgumentException} for bad inputs or
 * parameters, {@link CancelledException}) come back to the caller unchanged; anything else becomes a
 * {@link PluginFaultException} naming the plugin.
 */
final class ContainedCall {

    /** How long a stopped step may take to end before its thread is abandoned. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private static final long POLL_MS = 100;

    private final Duration timeout;

    /** @param timeout time limit per call; zero or negative for none */
    ContainedCall(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Runs {@code body} with a monitor that also reports cancelled once the time limit passes.
     *
     * @param what   what runs, for messages, e.g. {@code analysis eis.fit}
     * @param plugin the plugin's contribution (its bundle is named in messages)
     * @throws PluginFaultException when the plugin failed with anything but its documented exceptions, or hung
     * @throws CancelledException   when the user cancelled
     */
    <T> T call(String what, Object plugin, ProgressMonitor parent, Function<ProgressMonitor, T> body) {
        AtomicBoolean stop = new AtomicBoolean();
        ProgressMonitor monitor = new StepMonitor(parent, stop);
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                future.complete(body.apply(monitor));
            } catch (Throwable t) { // NOPMD: every fault must reach the caller, whatever it is
                future.completeExceptionally(t);
            }
        }, "electrocat " + what);
        worker.setDaemon(true);
        worker.start();
        long deadline = timeout.isZero() || timeout.isNegative() ? Long.MAX_VALUE
                : System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return future.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (parent.isCancelled()) {
                    stop(worker, future, stop);
                    throw new CancelledException();
                }
                if (System.nanoTime() - deadline > 0) {
                    boolean ended = stop(worker, future, stop);
                    throw new PluginFaultException(what + " (" + PluginRegistry.describe(plugin) + ") did not finish within "
                            + seconds(timeout) + "; it was stopped" + (ended ? "" : " and its thread abandoned (it may "
                                    + "still use CPU until the program ends)") + ". Raise the limit with --step-timeout if "
                            + "the step is just slow");
                }
            } catch (InterruptedException e) {
                stop(worker, future, stop);
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                throw translate(what, plugin, e.getCause());
            }
        }
    }

    /** Asks the worker to stop; true when it ended within the grace period. */
    private static boolean stop(Thread worker, CompletableFuture<?> future, AtomicBoolean stop) {
        stop.set(true);
        worker.interrupt();
        try {
            future.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static RuntimeException translate(String what, Object plugin, Throwable t) {
        if (t instanceof IllegalArgumentException || t instanceof CancelledException
                || t instanceof PluginFaultException) {
            return (RuntimeException) t;
        }
        String by = what + " (" + PluginRegistry.describe(plugin) + ")";
        String detail = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        String message;
        if (t instanceof OutOfMemoryError) {
            message = by + " ran out of memory (" + detail + "; maximum heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB). Give the program more memory (-Xmx) or the step less data";
        } else if (t instanceof LinkageError) {
            message = by + " could not load its code (" + detail + "): the plugin is broken, incompatible with the"
                    + " installed bundles, or was removed while running";
        } else if (t instanceof StackOverflowError) {
            message = by + " overflowed its stack (endless recursion in the plugin)";
        } else {
            message = by + " failed with " + detail + " (a fault in the plugin; please report it to its authors)";
        }
        return new PluginFaultException(message, t);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    /** The caller's monitor, which also reports cancelled once the step has been stopped. */
    private static final class StepMonitor implements ProgressMonitor {

        private final ProgressMonitor parent;
        private final AtomicBoolean stop;

        StepMonitor(ProgressMonitor parent, AtomicBoolean stop) {
            this.parent = parent;
            this.stop = stop;
        }

        @Override
        public void begin(String task, long totalWork) {
            parent.begin(task, totalWork);
        }

        @Override
        public void worked(long units) {
            parent.worked(units);
        }

        @Override
        public boolean isCancelled() {
            return stop.get() || parent.isCancelled();
        }

        @Override
        public void subTask(String name) {
            parent.subTask(name);
        }

        @Override
        public void done() {
            parent.done();
        }
    }
}
