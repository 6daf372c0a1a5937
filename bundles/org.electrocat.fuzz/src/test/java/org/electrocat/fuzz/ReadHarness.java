package org.electrocat.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one parse of one input in a worker thread with a time limit and classifies the outcome:
 * success, a documented refusal (IOException / FormatException whose message names the file) or a
 * bug (any other Throwable, an IOException that does not name the file, or a hang beyond the limit).
 */
final class ReadHarness implements AutoCloseable {

    /** Time limit per input, milliseconds (2 s). */
    static final long LIMIT_MS = Long.getLong("fuzz.limitMs", 2000);

    /** The outcome of one input; {@code bug} is null when the reader behaved. */
    record Outcome(String bug, Throwable error) {
        boolean isBug() {
            return bug != null;
        }
    }

    private final Path dir;
    private ExecutorService worker = newWorker();

    ReadHarness(Path dir) {
        this.dir = dir;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes {@code input} as {@code fuzz-input.<ext>} and parses it. */
    Outcome run(FuzzTarget target, byte[] input) throws IOException {
        Path file = dir.resolve("fuzz-input." + target.extension());
        Files.write(file, input);
        Future<?> f = worker.submit(() -> {
            target.parser().parse(file);
            return null;
        });
        try {
            f.get(LIMIT_MS, TimeUnit.MILLISECONDS);
            return new Outcome(null, null);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the hung thread is a daemon; it dies with the fork
            return new Outcome("hang > " + LIMIT_MS + " ms", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof IOException) {
                String msg = String.valueOf(t.getMessage());
                return msg.contains(file.getFileName().toString()) ? new Outcome(null, t)
                        : new Outcome(signature(t) + " (message does not name the file)", t);
            }
            return new Outcome(signature(t), t);
        }
    }

    /** Exception class and the first ElectroCat stack frame: identifies one bug across inputs. */
    static String signature(Throwable t) {
        String where = "?";
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("org.electrocat.") && !e.getClassName().startsWith("org.electrocat.fuzz")) {
                where = e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber();
                break;
            }
        }
        return t.getClass().getName() + " at " + where;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
