package org.electrocat.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bug signatures (substrings) still open in bundles owned by other work: {@code open-bugs.txt}. */
final class OpenBugs {

    private OpenBugs() {
    }

    static List<String> list() throws IOException {
        try (InputStream in = OpenBugs.class.getResourceAsStream("/open-bugs.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
