package org.electrocat.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.electrocat.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes charts as PNG (raster, for slides and quick looks) and SVG (vector, for reports and
 * papers; text stays text). Files are written atomically through {@link AtomicFiles}, so an
 * interrupted export never leaves half a picture. Needs no display: works with
 * {@code java.awt.headless=true}.
 */
public final class ChartExport {

    /** Largest side in pixels of an export; larger requests are refused, not allocated. */
    public static final int MAX_SIDE = 10_000;
    private static final long MAX_PIXELS = 64L * 1024 * 1024;
    private static final AtomicLong EXPORTS = new AtomicLong();

    static {
        // JFreeChart draws rotated text (the y-axis label) through TextLayout by default, a
        // workaround for a Java 1.4 bug; in SVG that turns the label into glyph outlines that no one
        // can search, select or read aloud. Current JDKs rotate drawString correctly.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartExport() {
    }

    /** Writes a {@code width} × {@code height} pixel PNG. */
    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        png(chart, file, width, height, 1);
    }

    /**
     * Writes a PNG of the chart laid out at {@code width} × {@code height} and rendered {@code scale}
     * times larger (2 gives a crisp image for print or high-density screens with the same layout).
     *
     * @throws IllegalArgumentException on sizes below 16 or above {@link #MAX_SIDE} pixels, or a scale
     *                                  outside (0, 8]
     */
    public static void png(JFreeChart chart, Path file, int width, int height, double scale) throws IOException {
        BufferedImage image = image(chart, width, height, scale);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available for " + file);
            }
        });
    }

    /** Renders the chart into an RGB image ({@code scale} as in {@link #png(JFreeChart, Path, int, int, double)}). */
    public static BufferedImage image(JFreeChart chart, int width, int height, double scale) {
        check(chart, width, height);
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("PNG scale " + scale + " must be in (0, 8]");
        }
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        if ((long) w * h > MAX_PIXELS || w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException("PNG of " + w + " × " + h + " pixels is too large");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * The chart as an SVG {@code <svg>} element (no XML declaration, so it can be embedded in HTML as
     * it is; it is also a complete SVG document). It scales with its container through its viewBox.
     * Ids inside it carry a prefix unique to this export, so several charts can share one page.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        check(chart, width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("ec" + EXPORTS.incrementAndGet() + "_" + Long.toString(System.nanoTime() & 0xFFFFFF, 36));
        // a hundredth of a pixel is far below what any display or printer resolves, and full
        // doubles ("76.71697998046875") would triple the size of a 10⁵-point curve
        g2.setGeomDoubleConverter(ChartExport::hundredths);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** Writes the chart as a standalone SVG file (with XML declaration). */
    public static void svg(JFreeChart chart, int width, int height, Path file) throws IOException {
        String svg = svg(chart, width, height);
        AtomicFiles.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n");
    }

    /** A coordinate rounded to 0.01 px, written without a trailing ".0". */
    static String hundredths(double v) {
        double r = Math.rint(v * 100) / 100;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    private static void check(JFreeChart chart, int width, int height) {
        if (chart == null) {
            throw new IllegalArgumentException("chart to export is missing");
        }
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("chart size " + width + " × " + height + " must be 16.." + MAX_SIDE
                    + " pixels per side");
        }
    }
}
