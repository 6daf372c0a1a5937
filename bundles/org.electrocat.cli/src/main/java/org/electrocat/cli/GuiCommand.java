package org.electrocat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code electrocat gui}: starts the desktop workbench (bundle {@code org.electrocat.ui}) and
 * returns when its window is closed. The workbench is found as a service, so the command line has
 * no Swing dependency and works without the workbench installed.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Starts the desktop workbench and opens FILEs in it: raw data files (format detected), study"
                + " files (.yaml) and saved sessions (.ecsession). Returns when the window is closed.")
final class GuiCommand implements Callable<Integer> {

    private final Cli.Context ctx;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE})")
    String theme;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "files to open")
    List<Path> files = new ArrayList<>();

    GuiCommand(Cli.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw new IllegalArgumentException("--theme must be light or dark, not '" + theme + "'");
        }
        Function<String[], Integer> workbench = ctx.workbench().get();
        if (workbench == null) {
            spec.commandLine().getErr().println("electrocat: the desktop workbench (bundle org.electrocat.ui) is not"
                    + " installed; install the feature org.electrocat.ui.feature");
            return Cli.MISSING_PLUGIN;
        }
        List<String> args = new ArrayList<>(List.of("--theme", theme));
        files.forEach(f -> args.add(f.toAbsolutePath().toString()));
        Integer code = workbench.apply(args.toArray(new String[0]));
        return code == null ? Cli.OK : code;
    }
}
