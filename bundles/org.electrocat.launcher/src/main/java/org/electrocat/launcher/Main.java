package org.electrocat.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The {@code electrocat} program: boots an OSGi framework (Apache Felix by default, Eclipse
 * Equinox with {@code --framework equinox}), installs and starts every bundle of the distribution's
 * {@code bundles/} folder, of {@code --bundles} folders and of the user's plugin folder
 * ({@code <user folder>/plugins}, filled by {@code electrocat plugins install}), then hands the
 * command line to the command-line bundle's service. The framework properties
 * {@code electrocat.home} and {@code electrocat.user} tell the plugin manager where the shipped
 * repository and the user folder are.
 *
 * <p>The framework is found through the standard {@link FrameworkFactory} service loader, so any
 * OSGi R7+ framework on the class path works. The command-line bundle publishes a
 * {@code java.util.function.Function<String[], Integer>} with the property
 * {@code electrocat.command=cli}: a JDK type both sides share, so the launcher needs no class of
 * the platform. A plugin bundle that cannot start is reported and skipped, so the platform still
 * runs without it.
 */
public final class Main {

    /** Exit code when the platform itself cannot start. */
    public static final int EXIT_PLATFORM = 70;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the launcher and returns the exit code (for tests). */
    public static int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("electrocat: " + e.getMessage());
            return 2;
        }
        if (!options.gui()) {
            System.setProperty("java.awt.headless", "true");
        }
        Path storage = null;
        Framework framework = null;
        try {
            Path home = options.home() != null ? options.home() : home();
            Path bundles = home.resolve("bundles");
            if (!Files.isDirectory(bundles)) {
                System.err.println("electrocat: no bundles folder at " + bundles + "; set ELECTROCAT_HOME to the distribution");
                return EXIT_PLATFORM;
            }
            storage = Files.createTempDirectory("electrocat-osgi-");
            framework = newFramework(options.framework(), storage, home, options.userDir());
            framework.start();
            BundleContext ctx = framework.getBundleContext();
            List<Bundle> installed = install(ctx, bundles, options.verbose());
            for (Path extra : options.extraBundleDirs()) {
                installed.addAll(install(ctx, extra, options.verbose()));
            }
            Path userPlugins = options.userDir().resolve("plugins");
            if (Files.isDirectory(userPlugins)) {
                // plugins installed with 'electrocat plugins install' (the plugin manager verified them)
                installed.addAll(install(ctx, userPlugins, options.verbose()));
            }
            startAll(installed, options.verbose());
            Function<String[], Integer> cli = commandLine(ctx);
            if (cli == null) {
                System.err.println("electrocat: the command-line bundle org.electrocat.cli is not active; bundles not active: "
                        + notActive(installed));
                return EXIT_PLATFORM;
            }
            Integer code = cli.apply(options.commandArgs().toArray(new String[0]));
            return code == null ? 0 : code;
        } catch (IOException | BundleException | RuntimeException e) {
            System.err.println("electrocat: cannot start the platform: " + e);
            return EXIT_PLATFORM;
        } finally {
            stop(framework);
            deleteTree(storage);
        }
    }

    private static Framework newFramework(String which, Path storage, Path home, Path userDir) {
        Map<String, String> config = new HashMap<>();
        // for the plugin manager: where the shipped repository and the user's plugins are
        config.put("electrocat.home", home.toAbsolutePath().normalize().toString());
        config.put("electrocat.user", userDir.toString());
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Equinox: keep its log and configuration area inside the throw-away storage
        config.put("osgi.configuration.area", storage.resolve("configuration").toString());
        config.put("osgi.instance.area", storage.resolve("instance").toString());
        config.put("eclipse.log.enabled", "false");
        FrameworkFactory known = knownFactory(which);
        if (known != null) {
            return known.newFramework(config);
        }
        for (FrameworkFactory f : ServiceLoader.load(FrameworkFactory.class, Main.class.getClassLoader())) {
            String name = f.getClass().getName();
            if (which.equals("felix") && name.contains("felix") || which.equals("equinox") && name.contains("eclipse")) {
                return f.newFramework(config);
            }
        }
        throw new IllegalStateException("no " + which + " OSGi framework on the class path (lib/); available: "
                + available());
    }

    /**
     * The factory of a framework this distribution ships, loaded by its class name, or null. Going
     * through {@link ServiceLoader} instead reads the service file of every framework jar in lib/,
     * and reading any entry of Equinox's signed jar makes the JVM verify its signature (X.509 and
     * PKCS#7 parsing, some 150 classes, about 0.25 s of CPU), even when Felix is the one started.
     */
    private static FrameworkFactory knownFactory(String which) {
        String name = switch (which) {
            case "felix" -> "org.apache.felix.framework.FrameworkFactory";
            case "equinox" -> "org.eclipse.osgi.launch.EquinoxFactory";
            default -> null;
        };
        if (name == null) {
            return null;
        }
        try {
            return (FrameworkFactory) Class.forName(name, true, Main.class.getClassLoader()).getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null; // not shipped under that name: the service loader finds what is there
        }
    }

    private static List<String> available() {
        List<String> names = new ArrayList<>();
        for (FrameworkFactory f : ServiceLoader.load(FrameworkFactory.class, Main.class.getClassLoader())) {
            names.add(f.getClass().getName());
        }
        return names;
    }

    private static List<Bundle> install(BundleContext ctx, Path dir, boolean verbose) throws IOException {
        List<Bundle> out = new ArrayList<>();
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            try {
                // reference: installs in place, without copying the jar into the storage area
                out.add(ctx.installBundle("reference:" + jar.toUri()));
            } catch (BundleException e) {
                if (e.getType() != BundleException.DUPLICATE_BUNDLE_ERROR || verbose) {
                    // a plugin installed by the user that this distribution now ships itself is no news
                    System.err.println("electrocat: skipping " + jar.getFileName() + ": " + e.getMessage());
                }
            }
        }
        if (verbose) {
            System.err.println("electrocat: installed " + out.size() + " bundles from " + dir);
        }
        return out;
    }

    private static void startAll(List<Bundle> bundles, boolean verbose) {
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException e) {
                // one broken plugin must not take the platform down: say which, and go on
                System.err.println("electrocat: plugin " + b.getSymbolicName() + " " + b.getVersion()
                        + " cannot start: " + e.getMessage());
            }
        }
        if (verbose) {
            System.err.println("electrocat: not active: " + notActive(bundles));
        }
    }

    private static List<String> notActive(List<Bundle> bundles) {
        List<String> out = new ArrayList<>();
        for (Bundle b : bundles) {
            if (b.getState() != Bundle.ACTIVE && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                out.add(b.getSymbolicName());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Function<String[], Integer> commandLine(BundleContext ctx) {
        try {
            ServiceReference<?>[] refs = ctx.getServiceReferences(Function.class.getName(), "(electrocat.command=cli)");
            if (refs == null || refs.length == 0) {
                return null;
            }
            return (Function<String[], Integer>) ctx.getService(refs[0]);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stop(Framework framework) {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    /** The distribution folder: the parent of the lib/ folder holding this jar. */
    private static Path home() {
        String prop = System.getProperty("electrocat.home");
        if (prop != null) {
            return Path.of(prop);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
