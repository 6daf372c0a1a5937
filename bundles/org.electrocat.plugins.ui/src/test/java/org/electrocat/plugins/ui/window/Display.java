package org.electrocat.plugins.ui.window;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes sure the window tests have an X display: the one in {@code DISPLAY} when its server runs,
 * else an Xvfb started here on that display number (the build sets {@code DISPLAY=:99} when the
 * environment has none). Without Xvfb the tests are skipped with a message saying how to get it.
 */
final class Display {

    private static Process xvfb;
    private static String problem;
    private static boolean checked;

    private Display() {
    }

    /** Skips the calling test, visibly, when no display can be had. */
    static synchronized void require() {
        if (!checked) {
            checked = true;
            problem = prepare();
            if (problem != null) {
                System.err.println("[window tests] SKIPPED: " + problem);
            }
        }
        Assumptions.assumeTrue(problem == null, problem);
    }

    private static String prepare() {
        if (GraphicsEnvironment.isHeadless()) {
            return "java.awt.headless is true; the window tests need a display";
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return "DISPLAY is not set; run under Xvfb (apt-get install -y xvfb)";
        }
        Path socket = socket(display);
        if (socket == null || Files.exists(socket)) {
            return null; // a remote display, or a local server that is already up
        }
        String number = display.substring(display.indexOf(':') + 1).split("\\.")[0];
        try {
            // -terminate: the server ends when its last client (this JVM) disconnects, so it never
            // outlives the tests, even when the JVM is killed
            xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-terminate")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return "no X server on " + display + " and Xvfb cannot be started (" + e.getMessage()
                    + "); install it with apt-get install -y xvfb";
        }
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!xvfb.isAlive()) {
                return "Xvfb on " + display + " exited with code " + xvfb.exitValue();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for Xvfb";
            }
        }
        return Files.exists(socket) ? null : "Xvfb did not come up on " + display + " within 10 s";
    }

    /** The Unix socket of a local display {@code :N}, or {@code null} for a remote one. */
    private static Path socket(String display) {
        if (!display.startsWith(":")) {
            return null;
        }
        String number = display.substring(1).split("\\.")[0];
        return Path.of("/tmp/.X11-unix/X" + number);
    }
}
