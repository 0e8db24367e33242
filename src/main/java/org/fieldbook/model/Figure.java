package org.fieldbook.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A number a report states (or that follows from what it states), with its source: the
 * sentence it comes from and the footnote that cites that source.
 *
 * @param place      where the mines are, for figures about another country ("Tajikistan"), or null
 * @param period     when the figure holds, or null when the source gives no date
 * @param footnote   the footnote that sources it, or null when none does
 * @param sentence   the sentence of the report the figure comes from, exactly as written
 * @param derivation for a derived figure, how it is worked out; else null
 */
public record Figure(ReportId report, Measure measure, MineScope mines, String place, Period period, long value,
                     Qualifier qualifier, FigureKind kind, Integer footnote, String sentence, String derivation,
                     FigureOrigin origin) {
    public Figure {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(mines, "mines");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(origin, "origin");
        if (value <= 0) {
            throw new IllegalArgumentException("a figure's value must be positive: " + value);
        }
    }

    public Optional<Period> periodIfKnown() {
        return Optional.ofNullable(period);
    }

    public Optional<Integer> footnoteIfAny() {
        return Optional.ofNullable(footnote);
    }

    /** True for figures that are not a fact stated by the source (forecast or derived). */
    public boolean isProjection() {
        return kind != FigureKind.REPORTED;
    }
}
