package org.electrocat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.electrocat.api.Technique;
import org.electrocat.plugins.InstalledPlugin;
import org.electrocat.plugins.PluginManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code electrocat plugins [list]}: the technique plugins running and the ones installed from
 * repositories. The sub-commands {@code available}, {@code install ID}, {@code update} and
 * {@code remove ID} ({@link PluginChangeCommands}) manage them.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Technique plugins: 'list' (default) shows what runs; 'available', 'install ID', 'update' and"
            + " 'remove ID' manage plugins from a p2 repository (default: the one shipped with ElectroCat).")
final class PluginsCommand implements Callable<Integer> {

    private final Cli.Context ctx;

    @Spec
    CommandLine.Model.CommandSpec spec;

    PluginsCommand(Cli.Context ctx) {
        this.ctx = ctx;
    }

    /** The {@code plugins} command with its sub-commands. */
    static CommandLine commandLine(Cli.Context ctx) {
        CommandLine cl = new CommandLine(new PluginsCommand(ctx));
        CommandLine list = new CommandLine(new PluginsCommand(ctx));
        list.getCommandSpec().usageMessage().description("Shows the technique plugins running and the ones installed"
                + " from repositories.");
        cl.addSubcommand("list", list);
        cl.addSubcommand("available", new PluginChangeCommands.Available(ctx));
        cl.addSubcommand("install", new PluginChangeCommands.Install(ctx));
        cl.addSubcommand("update", new PluginChangeCommands.Update(ctx));
        cl.addSubcommand("remove", new PluginChangeCommands.Remove(ctx));
        return cl;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Platform: " + ctx.software());
        printTechniques(ctx, out, "Technique plugins running:");
        PluginManager pm = ctx.plugins();
        if (pm != null) {
            var installed = pm.installed();
            out.println("Installed from repositories (" + pm.pluginFolder() + "): " + (installed.isEmpty() ? "none" : ""));
            for (InstalledPlugin p : installed) {
                out.printf("  %-12s %-24s %-36s %d bundle(s), %s%n", PluginChangeCommands.shortName(p.id()), p.version(),
                        p.label(), p.bundles().size(), p.installed());
            }
        }
        return Cli.OK;
    }

    /** One line per running technique with its reader and analysis counts. */
    static void printTechniques(Cli.Context ctx, PrintWriter out, String title) {
        out.println(title + (ctx.registry().techniques().isEmpty() ? " none" : ""));
        for (Technique t : ctx.registry().techniques()) {
            long readers = ctx.registry().readers().stream().filter(r -> r.technique().equals(t.id())).count();
            long analyses = ctx.registry().analyses().stream().filter(a -> a.technique().equals(t.id())).count();
            out.printf("  %-10s %-10s %-32s %d readers, %d analyses%n", t.id(), t.version(), t.label(), readers, analyses);
        }
    }
}
