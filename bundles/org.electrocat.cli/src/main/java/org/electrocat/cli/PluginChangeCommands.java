package org.electrocat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import org.electrocat.plugins.AvailablePlugin;
import org.electrocat.plugins.PluginChange;
import org.electrocat.plugins.PluginException;
import org.electrocat.plugins.PluginManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code electrocat plugins available | install ID | update | remove ID}, through the
 * {@link PluginManager} service. Changes take effect in the running platform; each line says
 * whether a restart is needed.
 */
final class PluginChangeCommands {

    private PluginChangeCommands() {
    }

    /** Options and helpers the sub-commands share. */
    abstract static class Base implements Callable<Integer> {
        final Cli.Context ctx;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--repository", paramLabel = "DIR|URL",
                description = "p2 repository: a folder or a file: URL (default: the one shipped with ElectroCat)")
        String repository;

        Base(Cli.Context ctx) {
            this.ctx = ctx;
        }

        PluginManager manager() {
            if (ctx.plugins() == null) {
                throw new IllegalStateException("plugin management is not running (bundles org.electrocat.plugins and"
                        + " org.apache.felix.resolver); 'electrocat --verbose-osgi plugins' shows why");
            }
            return ctx.plugins();
        }

        URI repository() {
            return repository == null ? manager().defaultRepository() : PluginManager.repositoryUri(repository);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        void print(PluginChange c) {
            PrintWriter out = out();
            String verb = switch (c.action()) {
                case INSTALLED -> "Installed";
                case UPDATED -> "Updated";
                case REMOVED -> "Removed";
                case UNCHANGED -> "Unchanged:";
            };
            out.println(verb + " " + shortName(c.id()) + " " + c.version() + (c.note().isEmpty() ? "" : " (" + c.note() + ")"));
            for (String b : c.added()) {
                out.println("  + " + b);
            }
            for (String b : c.removed()) {
                out.println("  - " + b);
            }
            if (c.restartNeeded()) {
                out.println("  restart ElectroCat to complete this change");
            }
        }
    }

    @Command(name = "available", mixinStandardHelpOptions = true, description = "Lists the plugins a repository offers.")
    static final class Available extends Base {
        Available(Cli.Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws IOException, PluginException {
            URI repo = repository();
            List<AvailablePlugin> list = manager().available(repo);
            PrintWriter out = out();
            out.println("Plugins in " + repo + ":");
            for (AvailablePlugin p : list) {
                String state = switch (p.state()) {
                    case AVAILABLE -> "available";
                    case INSTALLED -> "installed";
                    case UPDATE_AVAILABLE -> "update (" + p.installedVersion() + " installed)";
                    case IN_DISTRIBUTION -> "in distribution";
                };
                out.printf("  %-12s %-24s %-20s %s%n", shortName(p.id()), p.version(), state, p.label());
            }
            out.println("Install one with: electrocat plugins install ID");
            return Cli.OK;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Installs a plugin and what it needs, verifies checksums, and starts it (no restart).")
    static final class Install extends Base {
        @Parameters(index = "0", paramLabel = "ID", description = "plugin id, e.g. echem or org.electrocat.echem.feature")
        String id;

        Install(Cli.Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws IOException, PluginException {
            print(manager().install(repository(), id));
            PluginsCommand.printTechniques(ctx, out(), "Technique plugins running now:");
            return Cli.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Installs newer versions of the installed plugins from the repository.")
    static final class Update extends Base {
        Update(Cli.Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws IOException, PluginException {
            List<PluginChange> changes = manager().update(repository());
            if (changes.isEmpty()) {
                out().println("No plugins installed from repositories: nothing to update");
            }
            changes.forEach(this::print);
            return Cli.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stops and removes an installed plugin (bundles other plugins need stay).")
    static final class Remove extends Base {
        @Parameters(index = "0", paramLabel = "ID", description = "plugin id, e.g. echem")
        String id;

        Remove(Cli.Context ctx) {
            super(ctx);
        }

        @Override
        public Integer call() throws IOException, PluginException {
            print(manager().remove(id));
            PluginsCommand.printTechniques(ctx, out(), "Technique plugins running now:");
            return Cli.OK;
        }
    }

    static String shortName(String featureId) {
        return PluginManager.shortName(featureId);
    }
}
