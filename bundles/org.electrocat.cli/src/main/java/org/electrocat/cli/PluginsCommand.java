package org.electrocat.cli;

import java.util.concurrent.Callable;
import org.electrocat.api.Technique;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code electrocat plugins list}: the installed technique plugins. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Technique plugins. 'list' shows the installed ones with their readers and analyses.")
final class PluginsCommand implements Callable<Integer> {

    private final Cli.Context ctx;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", defaultValue = "list",
            description = "list (default)")
    String action;

    PluginsCommand(Cli.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (!action.equals("list")) {
            throw new IllegalArgumentException("unknown action '" + action + "'; this version supports: list");
        }
        var out = spec.commandLine().getOut();
        out.println("Platform: " + ctx.software());
        if (ctx.registry().techniques().isEmpty()) {
            out.println("No technique plugins installed.");
        }
        for (Technique t : ctx.registry().techniques()) {
            long readers = ctx.registry().readers().stream().filter(r -> r.technique().equals(t.id())).count();
            long analyses = ctx.registry().analyses().stream().filter(a -> a.technique().equals(t.id())).count();
            out.printf("  %-10s %-10s %-32s %d readers, %d analyses%n", t.id(), t.version(), t.label(), readers, analyses);
        }
        return Cli.OK;
    }
}
