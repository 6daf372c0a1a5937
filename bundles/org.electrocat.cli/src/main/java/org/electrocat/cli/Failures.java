package org.electrocat.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.electrocat.api.CancelledException;
import org.electrocat.api.FormatException;
import org.electrocat.plugins.PluginException;
import org.electrocat.runtime.MissingPluginException;
import picocli.CommandLine;

/** Turns exceptions into one clear line on stderr and an exit code; no stack traces for user errors. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /** Thrown by commands when outputs cannot be written. */
    static final class OutputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        String msg;
        if (ex instanceof NoSuchFileException nf) {
            msg = "file not found: " + nf.getFile() + (nf.getReason() != null ? " (" + nf.getReason() + ")" : "");
        } else {
            msg = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        }
        cl.getErr().println("electrocat: " + msg);
        if (exitCode(ex) == Cli.USAGE && !(ex instanceof FormatException)) {
            cl.getErr().println("  (see 'electrocat " + cl.getCommandName() + " --help')");
        }
        return exitCode(ex);
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof MissingPluginException) {
            return Cli.MISSING_PLUGIN;
        }
        if (ex instanceof PluginException) {
            return Cli.PLUGIN;
        }
        if (ex instanceof CancelledException) {
            return Cli.CANCELLED;
        }
        if (ex instanceof OutputException) {
            return Cli.OUTPUT;
        }
        if (ex instanceof FormatException fe && fe.file() != null && fe.file().matches(".*\\.ya?ml")) {
            return Cli.USAGE;
        }
        if (ex instanceof IOException) {
            return Cli.INPUT;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof CommandLine.ParameterException) {
            return Cli.USAGE;
        }
        return Cli.STEP_FAILED;
    }
}
