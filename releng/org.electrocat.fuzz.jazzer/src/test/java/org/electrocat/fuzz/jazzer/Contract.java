package org.electrocat.fuzz.jazzer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The oracle every fuzz target shares. One input is written to a scratch file named like a user's
 * file ({@code fuzz-input.<ext>}) and parsed; the parse must either succeed or fail with the
 * target's documented exception ({@code FormatException}, or e.g. {@code PluginException} for the
 * plugin repository) whose message names the file. Anything else is a {@link Violation}, which
 * Jazzer reports as a finding and keeps as a crash input:
 * <ul>
 * <li>any other exception or error (NPE, index out of bounds, NumberFormatException, a bare
 * IOException such as {@code MalformedInputException} that names no file or line, OutOfMemoryError);</li>
 * <li>a parse that allocates more than {@link #allocationBudget} for its input: a length field
 * must not make a 1 kB file allocate 100 MB (measured with the thread's allocation counter,
 * {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, which counts every heap
 * allocation of the parsing thread);</li>
 * <li>in regression mode, a parse that takes longer than {@link #LIMIT_MS} (in fuzzing mode
 * Jazzer's own per-input timeout applies: see {@code fuzz.sh}).</li>
 * </ul>
 */
final class Contract {

    /** Per-input time limit in regression mode, ms ({@code -Dfuzz.limitMs}, default 5 s). */
    static final long LIMIT_MS = Long.getLong("fuzz.limitMs", 5000);

    /** True when Jazzer fuzzes ({@code JAZZER_FUZZ=1} or {@code -Djazzer.fuzz=true}). */
    static final boolean FUZZING = truthy(System.getenv("JAZZER_FUZZ")) || truthy(System.getProperty("jazzer.fuzz"));

    /** Parses one file; may throw only the target's documented exception for bad content. */
    @FunctionalInterface
    interface Parser {
        void parse(Path file) throws Exception;
    }

    /** A broken contract: the finding Jazzer reports. */
    static final class Violation extends AssertionError {
        private static final long serialVersionUID = 1L;

        Violation(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<Path> SCRATCH = ThreadLocal.withInitial(() -> {
        try {
            Path dir = Files.createTempDirectory("electrocat-jazzer");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a scratch folder for fuzz inputs", e);
        }
    });
    private static ExecutorService worker = newWorker();
    private static final java.lang.management.ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

    private Contract() {
    }

    /**
     * Heap bytes one parse may allocate: 128 MiB plus 512 bytes per input byte. Text readers keep
     * a String per line and a double per number (tens of bytes per input byte, measured on the
     * samples); compressed formats may legitimately expand a small file up to a documented point
     * limit (JCAMP-DX DUP/DIF runs: at least 2^20 points for any file, which with growing lists
     * and x/y copies allocates about 65 MiB). Beyond that an allocation is driven by a length or
     * count field.
     */
    static long allocationBudget(int inputBytes) {
        return (128L << 20) + 512L * inputBytes;
    }

    /** This thread's scratch folder (deleted on exit). */
    static Path scratchDir() {
        return SCRATCH.get();
    }

    /** The scratch file for one input of a target (same name every time, so messages are stable). */
    static Path scratch(String extension) {
        return SCRATCH.get().resolve("fuzz-input." + extension);
    }

    /**
     * Checks the contract for one input.
     *
     * @param documented the exception types the target documents for bad content
     */
    static void check(String extension, byte[] input, Parser parser, Class<?>... documented) throws IOException {
        Path file = scratch(extension);
        Files.write(file, input);
        check(file, file.getFileName().toString(), input.length, parser, documented);
    }

    /**
     * Checks the contract for one input already written to {@code file}; the documented
     * exception's message must contain {@code mustName} (the file or the folder it lies in).
     */
    static void check(Path file, String mustName, int size, Parser parser, Class<?>... documented) throws IOException {
        check(file, mustName, size, FUZZING ? 0 : LIMIT_MS, parser, documented);
    }

    /** As above with an explicit time limit, ms; 0 parses in the calling thread without a limit. */
    static void check(Path file, String mustName, int size, long limitMs, Parser parser, Class<?>... documented)
            throws IOException {
        if (limitMs <= 0) {
            parseChecked(file, mustName, size, parser, documented);
            return;
        }
        Future<?> f = worker.submit(() -> {
            parseChecked(file, mustName, size, parser, documented);
            return null;
        });
        try {
            f.get(limitMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the hung thread is a daemon and dies with the JVM
            throw new Violation("parse of a " + size + "-byte input did not finish within " + limitMs + " ms", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new Violation("unexpected " + e.getCause(), e.getCause());
        }
    }

    private static void parseChecked(Path file, String mustName, int size, Parser parser, Class<?>... documented) {
        // a parse that loads new classes (and, when fuzzing, instruments them) allocates for that:
        // it is measured again once the classes are there
        for (int attempt = 0;; attempt++) {
            long loaded = CLASSES.getTotalLoadedClassCount();
            long allocated = parseMeasured(file, mustName, size, parser, documented);
            if (allocated <= allocationBudget(size)) {
                return;
            }
            if (CLASSES.getTotalLoadedClassCount() == loaded || attempt == 2) {
                throw new Violation("allocated " + (allocated >> 20) + " MiB for a " + size + "-byte input (budget "
                        + (allocationBudget(size) >> 20) + " MiB): allocation driven by a length or count field?", null);
            }
        }
    }

    /** One parse; returns the bytes it allocated; throws {@link Violation} on a broken contract. */
    private static long parseMeasured(Path file, String mustName, int size, Parser parser, Class<?>... documented) {
        long tid = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(tid);
        try {
            parser.parse(file);
        } catch (OutOfMemoryError e) {
            throw new Violation("out of memory for a " + size + "-byte input (heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB)", e);
        } catch (StackOverflowError e) {
            throw new Violation("stack overflow for a " + size + "-byte input (unbounded recursion)", e);
        } catch (RuntimeException | Error e) {
            throw new Violation("undocumented " + e.getClass().getName() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            if (Arrays.stream(documented).noneMatch(c -> c.isInstance(e))) {
                throw new Violation("undocumented " + e.getClass().getName() + " (only " + Arrays.stream(documented)
                        .map(Class::getSimpleName).toList() + " may escape): " + e.getMessage(), e);
            }
            if (!String.valueOf(e.getMessage()).contains(mustName)) {
                throw new Violation(e.getClass().getSimpleName() + " does not name " + mustName + ": " + e.getMessage(), e);
            }
        }
        return THREADS.getThreadAllocatedBytes(tid) - before;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-parse");
            t.setDaemon(true);
            return t;
        });
    }

    private static boolean truthy(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
    }
}
