package org.electrocat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the table says about the machine: CPU model, cores, memory, kernel, load. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        long kb = mem == null ? -1 : Long.parseLong(mem.replaceAll("[^0-9]", ""));
        return (cpu == null ? System.getProperty("os.arch") : cpu) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available, " + (kb < 0 ? "? GB" : String.format(java.util.Locale.ROOT, "%.0f GB", kb / 1048576.0))
                + " RAM, " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The 1, 5 and 15 minute load averages (busy machines inflate wall times). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2] + " (1/5/15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String l : lines) {
                if (l.startsWith(key)) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: say less
        }
        return null;
    }
}
