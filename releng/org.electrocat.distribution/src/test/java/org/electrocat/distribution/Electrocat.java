package org.electrocat.distribution;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an assembled distribution as a user would: a separate JVM through the launcher, with its
 * own user folder (ELECTROCAT_USER_DIR) so that tests never see the developer's installed plugins.
 */
final class Electrocat {

    /** Output of one run. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Electrocat() {
    }

    static Run run(Path dist, Path workDir, Path userDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(dist.resolve("lib") + File.separator + "*");
        cmd.add("-Delectrocat.home=" + dist);
        cmd.add("org.electrocat.launcher.Main");
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("electrocat-out", ".txt");
        Path err = Files.createTempFile("electrocat-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().put("ELECTROCAT_USER_DIR", userDir.toString());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("electrocat " + String.join(" ", args) + " did not finish in 120 s");
        }
        try {
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
