package org.electrocat.bench.inputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.electrocat.ms.chem.Element;
import org.electrocat.ms.chem.Formula;
import org.electrocat.ms.chem.FormulaParser;

/**
 * The input of the fine-structure workload: the ion's elemental composition with ElectroCat's
 * isotope masses and abundances (AME2020, CIAAW 2013), one line per element
 * ({@code symbol<TAB>count<TAB>mass:abundance,mass:abundance,...}, full double precision), so the
 * numpy reference works from the very same table.
 */
public final class IsotopeInput {

    private IsotopeInput() {
    }

    static void write(Path file, String formulaText) throws IOException {
        Formula f = FormulaParser.parseStandard(formulaText);
        StringBuilder sb = new StringBuilder("# ").append(formulaText).append('\n');
        for (int i = 0; i < f.size(); i++) {
            Element e = f.element(i);
            sb.append(e.symbol()).append('\t').append(f.count(i)).append('\t');
            for (int k = 0; k < e.isotopeCount(); k++) {
                sb.append(k == 0 ? "" : ",").append(e.mass(k)).append(':').append(e.abundance(k));
            }
            sb.append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
