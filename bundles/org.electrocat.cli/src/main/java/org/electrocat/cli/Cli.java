package org.electrocat.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.electrocat.plugins.PluginManager;
import org.electrocat.runtime.PluginRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code electrocat} command: sub-commands {@code run}, {@code analyze}, {@code formats},
 * {@code analyses}, {@code plugins}, {@code gui}. Usable without OSGi ({@link #execute}) for tests
 * and embedding.
 *
 * <p>Exit codes: {@value #OK} success, {@value #STEP_FAILED} some analysis steps failed (the report
 * says which), {@value #USAGE} bad command line or study file, {@value #INPUT} an input file
 * cannot be read, {@value #MISSING_PLUGIN} a needed technique plugin is not installed,
 * {@value #OUTPUT} outputs cannot be written, {@value #PLUGIN} a plugin installation, update or
 * removal was refused (checksum, incompatible API, in use, not found), {@value #CANCELLED} cancelled.
 */
@Command(name = "electrocat", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "ElectroCat: electrocatalysis data from raw instrument files to reports.",
        footer = {"", "Launcher options (before the command): --framework felix|equinox, --bundles DIR, --verbose-osgi",
            "User folder (installed plugins): ELECTROCAT_USER_DIR or -Delectrocat.user, default ~/.electrocat",
            "Exit codes: 0 ok, 1 a step failed, 2 usage, 3 input file, 4 missing plugin, 5 output,",
            "  6 plugin operation refused, 130 cancelled."})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int STEP_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;
    public static final int MISSING_PLUGIN = 4;
    public static final int OUTPUT = 5;
    public static final int PLUGIN = 6;
    public static final int CANCELLED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs a command line against the given plugins.
     *
     * @param software name → version of the running software, recorded in provenance
     */
    public static int execute(String[] args, PluginRegistry registry, Map<String, String> software,
            PrintWriter out, PrintWriter err) {
        return execute(args, registry, null, software, () -> null, out, err);
    }

    /** Runs a command line with plugin management ({@code plugins} may be {@code null}). */
    public static int execute(String[] args, PluginRegistry registry, PluginManager plugins, Map<String, String> software,
            PrintWriter out, PrintWriter err) {
        return execute(args, registry, plugins, software, () -> null, out, err);
    }

    /**
     * Runs a command line.
     *
     * @param plugins   the plugin manager, or {@code null} when plugins cannot be installed here
     * @param workbench finds the desktop workbench for {@code gui} (a {@code Function<String[], Integer>}
     *                  service, so this bundle needs no Swing), or gives {@code null} when it is not installed
     */
    public static int execute(String[] args, PluginRegistry registry, PluginManager plugins, Map<String, String> software,
            Supplier<Function<String[], Integer>> workbench, PrintWriter out, PrintWriter err) {
        Context ctx = new Context(registry, plugins, software, workbench);
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand("run", new RunCommand(ctx));
        cl.addSubcommand("analyze", new AnalyzeCommand(ctx));
        cl.addSubcommand("formats", new FormatsCommand(ctx));
        cl.addSubcommand("analyses", new AnalysesCommand(ctx));
        cl.addSubcommand("plugins", PluginsCommand.commandLine(ctx));
        cl.addSubcommand("gui", new GuiCommand(ctx));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setExitCodeExceptionMapper(Failures::exitCode);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** What every sub-command needs; {@code plugins} may be {@code null}. */
    record Context(PluginRegistry registry, PluginManager plugins, Map<String, String> software,
            Supplier<Function<String[], Integer>> workbench) {
    }

    /** Version line for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Package p = Cli.class.getPackage();
            String v = p == null || p.getImplementationVersion() == null ? "0.1.0" : p.getImplementationVersion();
            return new String[] {"ElectroCat " + v + " on Java " + System.getProperty("java.version")};
        }
    }
}
