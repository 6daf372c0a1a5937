package org.electrocat.fuzz;

import java.io.IOException;

/**
 * Shrinks a crashing input while it still fails with the same bug signature: removes chunks of
 * halving size (a simplified ddmin, Zeller &amp; Hildebrandt, IEEE TSE 28 (2002) 183), at most
 * {@code fuzz.minimizeSteps} (default 400) parses.
 */
final class Minimizer {

    private Minimizer() {
    }

    static byte[] minimize(ReadHarness h, FuzzTarget target, byte[] input, String bug) throws IOException {
        int budget = Integer.getInteger("fuzz.minimizeSteps", 400);
        byte[] best = input;
        int chunk = Math.max(1, best.length / 2);
        while (chunk >= 1 && budget > 0) {
            boolean shrunk = false;
            for (int at = 0; at + chunk <= best.length && budget > 0; ) {
                byte[] cand = new byte[best.length - chunk];
                System.arraycopy(best, 0, cand, 0, at);
                System.arraycopy(best, at + chunk, cand, at, best.length - at - chunk);
                budget--;
                if (bug.equals(h.run(target, cand).bug())) {
                    best = cand;
                    shrunk = true;
                } else {
                    at += chunk;
                }
            }
            if (!shrunk) {
                chunk /= 2;
            }
        }
        return best;
    }
}
