package org.electrocat.bench.inputs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.Deflater;

/**
 * An mzML 1.1 file of profile MS1 spectra about {@code targetBytes} long, written as msconvert does
 * with {@code --zlib}: per spectrum a 64-bit float m/z array and a 32-bit float intensity array,
 * each zlib-compressed and base64-encoded. Spectra have {@code points} points from m/z 400 to 2000
 * with Gaussian peaks on a noise floor, so the data compress about as much as real profile data.
 */
public final class MzmlWriter {

    private MzmlWriter() {
    }

    static void write(Path file, long targetBytes, int points) throws IOException {
        SplittableRandom rnd = new SplittableRandom(3592);
        String first = spectrum(0, points, rnd);
        int count = (int) Math.max(1, Math.round(targetBytes / (double) first.length()));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<mzML xmlns=\"http://psi.hupo.org/ms/mzml\" id=\"bench\" version=\"1.1.0\">\n"
                    + "  <cvList count=\"1\">\n"
                    + "    <cv id=\"MS\" fullName=\"Proteomics Standards Initiative Mass Spectrometry Ontology\""
                    + " version=\"4.1.0\" URI=\"https://purl.obolibrary.org/obo/ms.obo\"/>\n  </cvList>\n"
                    + "  <run id=\"bench\">\n    <spectrumList count=\"" + count + "\">\n");
            w.write(first);
            for (int s = 1; s < count; s++) {
                w.write(spectrum(s, points, rnd));
            }
            w.write("    </spectrumList>\n  </run>\n</mzML>\n");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String spectrum(int index, int points, SplittableRandom rnd) {
        ByteBuffer mz = ByteBuffer.allocate(8 * points).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer in = ByteBuffer.allocate(4 * points).order(ByteOrder.LITTLE_ENDIAN);
        double[] centres = new double[40];
        for (int k = 0; k < centres.length; k++) {
            centres[k] = rnd.nextDouble(450, 1950);
        }
        for (int i = 0; i < points; i++) {
            // a profile grid whose spacing grows with m/z, as on a TOF or Orbitrap
            double x = 400 * Math.pow(5, i / (double) (points - 1));
            double y = 50 + 10 * rnd.nextDouble();
            for (double c : centres) {
                double d = (x - c) / (c / 20000);
                if (Math.abs(d) < 8) {
                    y += 1e4 * Math.exp(-0.5 * d * d);
                }
            }
            mz.putDouble(x);
            in.putFloat((float) y);
        }
        String mzText = zlibBase64(mz.array());
        String inText = zlibBase64(in.array());
        return String.format(Locale.ROOT, "      <spectrum index=\"%d\" id=\"scan=%d\" defaultArrayLength=\"%d\">%n"
                + "        <cvParam cvRef=\"MS\" accession=\"MS:1000511\" name=\"ms level\" value=\"1\"/>%n"
                + "        <cvParam cvRef=\"MS\" accession=\"MS:1000128\" name=\"profile spectrum\" value=\"\"/>%n"
                + "        <cvParam cvRef=\"MS\" accession=\"MS:1000130\" name=\"positive scan\" value=\"\"/>%n"
                + "        <scanList count=\"1\"><scan><cvParam cvRef=\"MS\" accession=\"MS:1000016\""
                + " name=\"scan start time\" value=\"%.4f\" unitName=\"minute\"/></scan></scanList>%n"
                + "        <binaryDataArrayList count=\"2\">%n%s%s        </binaryDataArrayList>%n      </spectrum>%n",
                index, index + 1, points, index * 0.01,
                array(mzText, "MS:1000523", "64-bit float", "MS:1000514", "m/z array"),
                array(inText, "MS:1000521", "32-bit float", "MS:1000515", "intensity array"));
    }

    private static String array(String text, String typeAcc, String typeName, String kindAcc, String kindName) {
        return "          <binaryDataArray encodedLength=\"" + text.length() + "\">\n"
                + "            <cvParam cvRef=\"MS\" accession=\"" + typeAcc + "\" name=\"" + typeName + "\" value=\"\"/>\n"
                + "            <cvParam cvRef=\"MS\" accession=\"MS:1000574\" name=\"zlib compression\" value=\"\"/>\n"
                + "            <cvParam cvRef=\"MS\" accession=\"" + kindAcc + "\" name=\"" + kindName + "\" value=\"\""
                + " unitCvRef=\"MS\"/>\n"
                + "            <binary>" + text + "</binary>\n          </binaryDataArray>\n";
    }

    private static String zlibBase64(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[raw.length + 64];
        int len = 0;
        while (!d.finished()) {
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            len += d.deflate(buf, len, buf.length - len);
        }
        d.end();
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buf, len));
    }
}
