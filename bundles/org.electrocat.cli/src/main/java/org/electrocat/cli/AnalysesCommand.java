package org.electrocat.cli;

import java.util.concurrent.Callable;
import org.electrocat.api.Analysis;
import org.electrocat.api.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code electrocat analyses [ID]}: the installed analyses and their parameters. */
@Command(name = "analyses", mixinStandardHelpOptions = true,
        description = "Lists the installed analyses; with an id, describes it and its parameters (units, defaults).")
final class AnalysesCommand implements Callable<Integer> {

    private final Cli.Context ctx;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "an analysis id, e.g. echem.cdl")
    String id;

    @Option(names = {"-t", "--technique"}, description = "only this technique's analyses")
    String technique;

    AnalysesCommand(Cli.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (id != null) {
            Analysis a = ctx.registry().requireAnalysis(id, prefix(id));
            out.println(a.id() + " " + a.version() + ": " + a.label());
            out.println("  " + a.description());
            out.println("  inputs: " + a.minInputs() + (a.maxInputs() == a.minInputs() ? "" : ".."
                    + (a.maxInputs() == Integer.MAX_VALUE ? "n" : a.maxInputs())) + " of " + a.inputKinds());
            out.println("  parameters:");
            for (ParameterSpec p : a.parameters()) {
                String unit = p.unit() == null || p.unit().symbol().equals("1") ? "" : " [" + p.unit().symbol() + "]";
                String def = p.required() ? " (required)" : " (default " + p.defaultValue() + ")";
                out.println("    " + p.name() + unit + def + ": " + p.description());
            }
            return Cli.OK;
        }
        for (Analysis a : ctx.registry().analyses()) {
            if (technique == null || technique.equals(a.technique())) {
                out.printf("  %-26s %-10s %s%n", a.id(), a.technique(), a.label());
            }
        }
        return Cli.OK;
    }

    private static String prefix(String s) {
        return s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    }
}
