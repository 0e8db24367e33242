package org.fieldbook.cli;

import org.fieldbook.model.ReportId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a report id argument; a malformed one is a usage error with an example. */
final class ReportIdConverter implements ITypeConverter<ReportId> {
    @Override
    public ReportId convert(String value) {
        try {
            return ReportId.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
