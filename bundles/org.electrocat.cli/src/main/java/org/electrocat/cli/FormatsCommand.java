package org.electrocat.cli;

import java.util.concurrent.Callable;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.DatasetWriter;
import org.electrocat.api.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code electrocat formats}: the file formats the installed plugins read and write. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Lists the file formats the installed plugins can read and write, with their options.")
final class FormatsCommand implements Callable<Integer> {

    private final Cli.Context ctx;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    FormatsCommand(Cli.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.println("Readers (detected by content; extensions only break ties):");
        if (ctx.registry().readers().isEmpty()) {
            out.println("  none: no technique plugin with readers is installed");
        }
        for (DatasetReader r : ctx.registry().readers()) {
            out.printf("  %-28s %-10s %-14s %s%n", r.id(), r.technique(), String.join(",", r.extensions()), r.label());
            for (ParameterSpec o : r.options()) {
                out.printf("      option %s%s: %s%n", o.name(), o.defaultValue() == null ? "" : " (default "
                        + o.defaultValue() + ")", o.description());
            }
        }
        out.println("Writers:");
        for (DatasetWriter w : ctx.registry().writers()) {
            out.printf("  %-28s .%-13s %s%n", w.id(), w.extension(), w.label());
        }
        return Cli.OK;
    }
}
