package org.fieldbook.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.fieldbook.files.AtomicFiles;

/**
 * Exports a chart as PNG, SVG or CSV. The PNG is drawn with {@code java.awt} on an image
 * and the SVG written as text, both from the same {@link ChartLayout} the window draws, so
 * no display and no JavaFX toolkit are needed: the command line exports on a server. The
 * export is always in the light palette, as for print.
 */
public final class ChartExporter {
    /** ImageIO's PNG "quality": 1 stores, 0 compresses hardest; 0.9 deflates fast (measured 0.9 vs 0.5: 185 vs 245 ms). */
    private static final float PNG_QUALITY = 0.9f;

    private final ChartText text;
    private final AwtTextMeasure measure = new AwtTextMeasure();

    public ChartExporter(ChartText text) {
        this.text = text;
    }

    /**
     * Writes the chart of {@code set} to {@code target}, replacing it atomically (a failed
     * export leaves the old file as it was).
     *
     * @throws ChartExportException with a message naming the file when it cannot be written
     */
    public void export(FigureSet set, ExportOptions options, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new ChartExportException("cannot write " + target + ": it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ChartExportException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        try {
            AtomicFiles.write(target, out -> write(set, options, out));
        } catch (AccessDeniedException e) {
            throw new ChartExportException("cannot write " + target + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ChartExportException("cannot write " + target + ": the folder does not exist", e);
        } catch (FileSystemException e) {
            throw new ChartExportException("cannot write " + target + ": "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()), e);
        } catch (IOException e) {
            throw new ChartExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes the export to a stream (the caller closes it). */
    public void write(FigureSet set, ExportOptions options, OutputStream out) throws IOException {
        switch (options.format()) {
            case PNG -> writePng(png(set, options), out);
            case SVG -> out.write(svg(set, options).getBytes(StandardCharsets.UTF_8));
            case CSV -> out.write(FigureCsv.write(set).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Encodes with a fast deflate level and an in-memory stream (ImageIO's default caches
     * through a temporary file): a 3840 x 2160 chart is mostly flat colour, so the file stays
     * small while encoding takes a fraction of the default's time.
     */
    private static void writePng(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** The chart drawn on an image of {@code width * scale} by {@code height * scale} pixels. */
    public BufferedImage png(FigureSet set, ExportOptions options) {
        BufferedImage image = new BufferedImage(options.pixelWidth(), options.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(options.pixelWidth() / (double) options.width(), options.pixelHeight() / (double) options.height());
            new ChartPainter(Palette.LIGHT).paint(layout(set, options), new AwtCanvas(g, measure));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The chart as an SVG document. */
    public String svg(FigureSet set, ExportOptions options) {
        SvgCanvas canvas = new SvgCanvas(options.width(), options.height(), text.title(set), text.caption(set), measure);
        new ChartPainter(Palette.LIGHT).paint(layout(set, options), canvas);
        return canvas.finish();
    }

    private ChartLayout layout(FigureSet set, ExportOptions options) {
        return ChartLayout.of(set, options.width(), options.height(), options.logScale(), measure, text);
    }
}
