package org.fieldbook.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a file argument; a name the system cannot take (a NUL in it) is a usage error in words. */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            StringBuilder shown = new StringBuilder();
            value.codePoints().limit(80).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
            throw new TypeConversionException("'" + shown + "' is not a file name this system accepts ("
                    + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }
}
