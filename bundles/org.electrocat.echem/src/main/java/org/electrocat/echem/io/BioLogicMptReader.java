package org.electrocat.echem.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrocat.api.DatasetReader;
import org.electrocat.api.FormatException;
import org.electrocat.api.Parameters;
import org.electrocat.api.ProgressMonitor;
import org.electrocat.core.model.Dataset;
import org.electrocat.core.model.Provenance;
import org.electrocat.core.potential.PotentialScale;
import org.osgi.service.component.annotations.Component;

/**
 * Reads BioLogic EC-Lab (and BT-Lab) text exports (.mpt). Detection is by the first line
 * {@code EC-Lab ASCII FILE}. The header (see {@link MptHeader}) gives the technique, the
 * reference electrode ({@code Reference electrode : SCE Saturated Calomel Electrode (0.241 V)}),
 * the scan rate and the column headers with units; the data are tab separated with a decimal
 * point or a decimal comma (detected from the first data line) and streamed by
 * {@link NumericTableParser}. The header is ISO-8859-1 (EC-Lab's encoding), or UTF-8 when it
 * decodes as such. Columns get standard names ({@link StandardColumns}); {@code -Im(Z)} is
 * turned into signed {@code Z''}.
 */
@Component(service = DatasetReader.class, property = {"electrocat.id=echem.biologic-mpt",
        "electrocat.technique=echem"})
public final class BioLogicMptReader extends EchemReader {

    public BioLogicMptReader() {
        super("echem.biologic-mpt", "BioLogic EC-Lab text export (.mpt)", "mpt");
    }

    @Override
    public double detect(Path file, byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 32), StandardCharsets.ISO_8859_1);
        if (start.startsWith(MptHeader.MAGIC)) {
            return 1.0;
        }
        if (start.startsWith(MptHeader.MAGIC_BT)) {
            return 0.95;
        }
        return 0;
    }

    @Override
    public List<Dataset> read(Path file, Parameters options, ProgressMonitor monitor) throws IOException {
        monitor.begin("Reading " + file.getFileName(), -1);
        try {
            long[] consumed = {0};
            int n;
            List<String> lines;
            boolean decimalComma;
            int firstRowBytes;
            try (InputStream raw = Files.newInputStream(file);
                    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
                List<byte[]> headerBytes = new ArrayList<>();
                headerBytes.add(readLine(in, file, 1, consumed));
                headerBytes.add(readLine(in, file, 2, consumed));
                n = MptHeader.headerLineCount(file, latin1(headerBytes.get(0)), latin1(headerBytes.get(1)));
                for (int i = 3; i <= n; i++) {
                    byte[] line = readLine(in, file, i, consumed);
                    if (line == null) {
                        throw new FormatException(file, i, "Nb header lines", "the file ends at line " + (i - 1)
                                + " but its header says it has " + n + " header lines");
                    }
                    headerBytes.add(line);
                }
                lines = decode(headerBytes);
                int[] firstRow = firstDataLine(in);
                decimalComma = firstRow[0] == 1;
                firstRowBytes = firstRow[1];
            }
            MptHeader header = MptHeader.parse(file, lines);
            Map<String, String> meta = header.metadata();
            meta.put("decimal.separator", decimalComma ? "comma" : "point");
            PotentialScale scale = EchemDatasets.chooseScale(options,
                    ReferenceElectrodes.resolve(header.fields.get("Reference electrode")), meta);
            double[][] cols = new NumericTableParser(file, header.columns, (byte) '\t', decimalComma)
                    .parse(consumed[0], n + 1, Math.max(8, firstRowBytes), monitor);
            if (cols[0].length == 0) {
                throw new FormatException(file, n + 1, null, "no data rows after the header");
            }
            Provenance prov = Provenance.ofFile(file, id(), version());
            return List.of(EchemDatasets.build(EchemDatasets.idFor(file), file.getFileName().toString(),
                    header.technique, header.columns, null, cols, scale, meta, prov));
        } finally {
            monitor.done();
        }
    }

    /**
     * Looks at the first data line without consuming it: {decimal comma ? 1 : 0, its length in bytes}.
     * In a tab-separated file a comma can only be a decimal comma.
     */
    private static int[] firstDataLine(BufferedInputStream in) throws IOException {
        in.mark(1 << 15);
        try {
            int c;
            int count = 0;
            int comma = -1;
            while ((c = in.read()) >= 0 && c != '\n' && count < (1 << 15) - 2) {
                count++;
                if (comma < 0 && c == ',') {
                    comma = 1;
                } else if (comma < 0 && c == '.') {
                    comma = 0;
                }
            }
            return new int[] {comma == 1 ? 1 : 0, count + 1};
        } finally {
            in.reset();
        }
    }

    /** One line without its terminator, or {@code null} at end of file; header lines are short. */
    private static byte[] readLine(InputStream in, Path file, int lineNo, long[] consumed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            consumed[0]++;
            if (c == '\n') {
                break;
            }
            if (out.size() > 1 << 16) {
                throw new FormatException(file, lineNo, null, "header line longer than 64 KiB: not an EC-Lab header");
            }
            out.write(c);
        }
        if (!any) {
            return null;
        }
        byte[] b = out.toByteArray();
        if (b.length > 0 && b[b.length - 1] == '\r') {
            return java.util.Arrays.copyOf(b, b.length - 1);
        }
        return b;
    }

    private static String latin1(byte[] b) {
        return b == null ? "" : new String(b, StandardCharsets.ISO_8859_1);
    }

    /** ISO-8859-1 unless the header is valid UTF-8 with non-ASCII characters (newer exports). */
    private static List<String> decode(List<byte[]> lines) {
        boolean utf8 = false;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            for (byte[] b : lines) {
                for (byte x : b) {
                    if (x < 0) {
                        utf8 = true;
                    }
                }
                decoder.decode(java.nio.ByteBuffer.wrap(b));
            }
        } catch (CharacterCodingException e) {
            utf8 = false;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (byte[] b : lines) {
            out.add(new String(b, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        }
        return out;
    }
}
