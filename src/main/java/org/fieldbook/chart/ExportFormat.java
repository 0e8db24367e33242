package org.fieldbook.chart;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a chart can be exported as. */
public enum ExportFormat {
    /** A raster image, at a chosen size and scale. */
    PNG,
    /** A vector image with text as text. */
    SVG,
    /** The chart's figures, one row each, with their sources. */
    CSV;

    /** "png", "svg", "csv": the file extension and the name on the command line. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ExportFormat> ofFile(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> text.endsWith("." + f.extension())).findFirst();
    }

    /** The format named {@code name} ("png", "SVG"...), if it is one. */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name.strip())).findFirst();
    }
}
