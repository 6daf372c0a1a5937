package org.electrocat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.api.AnalysisContext;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.api.Result;
import org.electrocat.core.model.Table;
import org.electrocat.core.units.Quantity;
import org.electrocat.core.units.Units;
import org.junit.jupiter.api.Test;

/** The FE map puts each earlier step's FE in its cell and finds the best one. */
class FeMapTest {

    private static Result fe(String id, double chox, double no2) {
        return Result.builder(id, "echem.fe", "0.1.0", "echem").value("fe.CHOX", "FE", Quantity.of(chox, 0.1,
                Units.PERCENT)).value("fe.NO2-", "FE", Quantity.of(no2, 0.1, Units.PERCENT)).build();
    }

    @Test
    void arrangesResultsByCatalystAndPotential() {
        Map<String, Result> earlier = new HashMap<>();
        earlier.put("a1", fe("a1", 20, 10));
        earlier.put("a2", fe("a2", 41.2, 6));
        earlier.put("b1", fe("b1", 6, 45));
        FeMap m = new FeMap();
        Parameters p = Parameters.resolve("test", m.parameters(), Map.of("rows", "Cat A: a1, a2\nCat B: b1, b2",
                "potentials", "-1.2, -1.6 V", "scale", "Ag/AgCl (sat. KCl)", "products", "CHOX, NO2-"));
        Result r = m.run(new AnalysisContext("map", List.of(), p, Map.of(), earlier, ProgressMonitor.NONE));
        Table chox = r.tables().get(0);
        assertEquals("FE CHOX", chox.title());
        assertEquals(41.2, ((Quantity) chox.rows().get(0).get(2)).value());
        assertEquals("", chox.rows().get(1).get(2)); // b2 absent
        assertEquals(41.2, r.value("max.CHOX").get().quantity().value());
        assertTrue(r.value("max.CHOX").get().note().startsWith("Cat A at -1.60 V"), r.value("max.CHOX").get().note());
        assertEquals(45, r.value("max.NO2-").get().quantity().value());
        assertEquals(1, r.warnings().size()); // b2 warned about once, not once per product
        assertTrue(r.warnings().get(0).contains("b2"));
        assertEquals(2, new ExampleCharts().charts(r).size());
    }

    @Test
    void rowsMustMatchThePotentials() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeMap.rows("A: s1, s2\nB: s3", 2));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("1 steps for 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FeMap.rows("A: s1\nA: s2", 1));
        assertThrows(IllegalArgumentException.class, () -> FeMap.rows("no colon here", 1));
    }
}
