package org.electrocat.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.function.Function;
import org.electrocat.plugins.PluginManager;
import org.electrocat.runtime.PluginRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Publishes the command line to the launcher as a {@code Function<String[], Integer>} (a JDK type,
 * so the launcher outside the framework can call it) with the property {@code electrocat.command=cli}.
 * {@code electrocat gui} is handed on to the workbench's service of the same type with
 * {@code electrocat.command=gui}, looked up when the command runs.
 */
@Component(service = Function.class, property = "electrocat.command=cli")
public final class CommandLineService implements Function<String[], Integer> {

    private final PluginRegistry registry;
    private final BundleContext context;
    private final Map<String, String> software;

    /** Plugin management; optional so that the command line works even if it is not running. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PluginManager plugins;

    @Activate
    public CommandLineService(@Reference PluginRegistry registry, BundleContext context) {
        this.registry = registry;
        this.context = context;
        // the same software record as the other front end's, so reports match
        this.software = org.electrocat.runtime.StudyReport.software(context);
    }

    @Override
    public Integer apply(String[] args) {
        Charset cs = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true);
        return Cli.execute(args, registry, plugins, software, this::workbench, out, err);
    }

    /** The desktop workbench's service ({@code electrocat.command=gui}), or {@code null} when not installed. */
    @SuppressWarnings("unchecked")
    private Function<String[], Integer> workbench() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(Function.class.getName(), "(electrocat.command=gui)");
            return refs == null || refs.length == 0 ? null : (Function<String[], Integer>) context.getService(refs[0]);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
