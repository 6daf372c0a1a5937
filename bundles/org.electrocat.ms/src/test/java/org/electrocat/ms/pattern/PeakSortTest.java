package org.electrocat.ms.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PeakSortTest {

    @Test
    void bothPathsSortPairsLikeTheJdk() {
        Random r = new Random(42);
        for (int n : new int[] {10, 1000, 200_000}) {
            for (double span : new double[] {50, 5000}) { // 5000 u takes the quicksort path
                double[] key = new double[n];
                double[] value = new double[n];
                for (int i = 0; i < n; i++) {
                    key[i] = 1000 + span * r.nextDouble();
                    value[i] = key[i] * 3 + 1; // a function of the key, so pairs can be checked
                }
                double[] expected = key.clone();
                Arrays.sort(expected);
                PeakSort.byKey(key, value);
                for (int i = 0; i < n; i++) {
                    assertEquals(expected[i], key[i], 0, "n " + n + " span " + span + " at " + i);
                    assertEquals(key[i] * 3 + 1, value[i], 0);
                }
            }
        }
    }
}
