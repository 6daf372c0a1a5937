package org.electrocat.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The launcher's own options, taken from the front of the command line (everything else goes to
 * the command-line bundle): {@code --framework felix|equinox} (or {@code ELECTROCAT_FRAMEWORK}),
 * {@code --home DIR} (or {@code ELECTROCAT_HOME}), {@code --bundles DIR} (extra bundle folder,
 * repeatable), {@code --verbose-osgi}. The user folder, whose {@code plugins/} holds the plugins
 * installed with {@code electrocat plugins install}, is the system property {@code electrocat.user},
 * else {@code ELECTROCAT_USER_DIR}, else {@code ~/.electrocat}.
 *
 * @param framework       {@code felix} or {@code equinox}
 * @param home            distribution folder, or {@code null} to derive it from the launcher jar
 * @param userDir         the user folder
 * @param extraBundleDirs more folders of bundles to install (third-party plugins under test)
 * @param verbose         print bundle installation details
 * @param gui             true when the command is {@code gui} (no headless mode)
 * @param commandArgs     the arguments for the command line
 */
public record LaunchOptions(String framework, Path home, Path userDir, List<Path> extraBundleDirs, boolean verbose,
        boolean gui, List<String> commandArgs) {

    /** Parses launcher options (system properties from {@link System#getProperty}). */
    public static LaunchOptions parse(String[] args, Map<String, String> env) {
        return parse(args, env, System::getProperty);
    }

    /** Parses launcher options; the first argument that is not one of them starts the command. */
    public static LaunchOptions parse(String[] args, Map<String, String> env, Function<String, String> properties) {
        String framework = env.getOrDefault("ELECTROCAT_FRAMEWORK", "felix");
        Path home = env.containsKey("ELECTROCAT_HOME") ? Path.of(env.get("ELECTROCAT_HOME")) : null;
        List<Path> extra = new ArrayList<>();
        boolean verbose = false;
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--framework") || a.equals("--home") || a.equals("--bundles")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--framework" -> framework = v;
                    case "--home" -> home = Path.of(v);
                    default -> extra.add(Path.of(v));
                }
            } else if (a.startsWith("--framework=")) {
                framework = a.substring("--framework=".length());
            } else if (a.equals("--verbose-osgi")) {
                verbose = true;
            } else {
                break;
            }
        }
        if (!framework.equals("felix") && !framework.equals("equinox")) {
            throw new IllegalArgumentException("--framework must be felix or equinox, not '" + framework + "'");
        }
        List<String> rest = List.of(args).subList(i, args.length);
        boolean gui = !rest.isEmpty() && rest.get(0).equals("gui");
        String user = properties.apply("electrocat.user");
        if (user == null || user.isBlank()) {
            user = env.get("ELECTROCAT_USER_DIR");
        }
        Path userDir = user == null || user.isBlank() ? Path.of(properties.apply("user.home"), ".electrocat") : Path.of(user);
        return new LaunchOptions(framework, home, userDir.toAbsolutePath().normalize(), extra, verbose, gui, rest);
    }
}
