package org.fieldbook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fieldbook.importer.FiguresJson.Entry;
import org.fieldbook.importer.FiguresJson.Field;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureKind;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.Measure;
import org.fieldbook.model.MineScope;
import org.fieldbook.model.Period;
import org.fieldbook.model.Qualifier;
import org.fieldbook.model.ReportId;

/**
 * Turns the fields of a figures file into figures. Every bad field is a problem at its own
 * line; a figure with any error is left out (and the file is then refused as a whole).
 */
final class FigureFields {
    static final Set<String> TOP_FIELDS = Set.of("kind", "report", "note");
    static final Set<String> FIGURE_FIELDS = Set.of("measure", "mines", "place", "year", "period", "value",
            "qualifier", "kind", "footnote", "sentence", "derivation");

    /** A figure read from the file: its 1-based number there and the lines the library checks refer to. */
    record ReadFigure(Figure figure, int number, int line, int footnoteLine, int sentenceLine) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** The 1-based number of the figure being read, named in its problems. */
    private int number;

    private FigureFields(String file) {
        this.file = file;
    }

    /** The report id the file names, or null (with a problem) when it names none. */
    static ReportId report(String file, Map<String, Field> top, List<Problem> problems) {
        Field field = top.get("report");
        if (field == null || !field.value().isString()) {
            problems.add(Problem.error(file, field == null ? 1 : field.line(),
                    "the file must name its report: \"report\": \"country/profile/year\""));
            return null;
        }
        try {
            return ReportId.parse(field.value().stringValue());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, field.line(), e.getMessage()));
            return null;
        }
    }

    /** The figures of the file, adding a problem for each bad field to {@code problems}. */
    static List<ReadFigure> figures(String file, ReportId report, List<Entry> entries, List<Problem> problems) {
        FigureFields reader = new FigureFields(file);
        List<ReadFigure> figures = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            reader.figure(report, i + 1, entries.get(i)).ifPresent(figures::add);
        }
        problems.addAll(reader.problems);
        return figures;
    }

    private Optional<ReadFigure> figure(ReportId report, int figureNumber, Entry entry) {
        number = figureNumber;
        if (entry.fields() == null) {
            error(entry.line(), "not a JSON object");
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, Field> fields = entry.fields();
        fields.forEach((name, field) -> {
            if (!FIGURE_FIELDS.contains(name)) {
                warning(field.line(), "unknown field \"" + name
                        + "\" is ignored (known fields: " + String.join(", ", FIGURE_FIELDS.stream().sorted().toList())
                        + ")");
            }
        });
        Measure measure = code(entry, "measure", Measure::fromCode, Measure.allCodes(), null);
        MineScope mines = code(entry, "mines", MineScope::fromCode, MineScope.allCodes(), MineScope.ANTIPERSONNEL);
        Qualifier qualifier = code(entry, "qualifier", Qualifier::fromCode, Qualifier.allCodes(), null);
        FigureKind kind = code(entry, "kind", FigureKind::fromCode, FigureKind.allCodes(), null);
        Period period = period(entry);
        long value = value(entry);
        Integer footnote = footnote(entry);
        String sentence = text(entry, "sentence", true);
        String derivation = text(entry, "derivation", kind == FigureKind.DERIVED);
        String place = text(entry, "place", false);
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
            return Optional.empty();
        }
        if (footnote == null && kind != FigureKind.DERIVED) {
            warning(entry.line(), "no footnote: "
                    + "nobody can check where the " + kind.code() + " value comes from");
        }
        Figure figure = new Figure(report, measure, mines, place, period, value, qualifier, kind, footnote,
                sentence, derivation, FigureOrigin.CURATED);
        return Optional.of(new ReadFigure(figure, number, entry.line(), lineOf(entry, "footnote"),
                lineOf(entry, "sentence")));
    }

    private <E> E code(Entry entry, String name, Function<String, Optional<E>> parse, String allowed, E absent) {
        Field field = entry.fields().get(name);
        if (field == null) {
            if (absent == null) {
                error(entry.line(), "no \"" + name + "\" (one of: " + allowed + ")");
            }
            return absent;
        }
        Optional<E> value = field.value().isString() ? parse.apply(field.value().stringValue()) : Optional.empty();
        if (value.isEmpty()) {
            error(field.line(), "unknown " + name + " " + field.value() + " (one of: " + allowed + ")");
        }
        return value.orElse(absent);
    }

    private Period period(Entry entry) {
        Field year = entry.fields().get("year");
        Field period = entry.fields().get("period");
        if (year != null && period != null) {
            error(period.line(), "give either \"year\" or \"period\", not both");
            return null;
        }
        if (year != null) {
            if (year.value().isIntegralNumber() && year.value().canConvertToInt()
                    && year.value().intValue() >= 1000 && year.value().intValue() <= 9999) {
                return Period.year(year.value().intValue());
            }
            error(year.line(), "\"year\" must be a four-digit year such as 2004, not " + year.value());
            return null;
        }
        if (period != null) {
            Optional<Period> parsed = period.value().isString() ? Period.parse(period.value().stringValue())
                    : Optional.empty();
            if (parsed.isEmpty()) {
                error(period.line(), "\"period\" must be a year, a month or a span of years, such as \"2004\", "
                        + "\"2004-11\" or \"2005-2015\", not " + period.value());
            }
            return parsed.orElse(null);
        }
        return null;
    }

    private long value(Entry entry) {
        Field field = entry.fields().get("value");
        if (field == null) {
            error(entry.line(), "no \"value\"");
            return 0;
        }
        if (!field.value().isIntegralNumber() || !field.value().canConvertToLong() || field.value().longValue() <= 0) {
            error(field.line(), "\"value\" must be a whole number above zero, written in full (26500000), not "
                    + field.value());
            return 0;
        }
        return field.value().longValue();
    }

    private Integer footnote(Entry entry) {
        Field field = entry.fields().get("footnote");
        if (field == null || field.value().isNull()) {
            return null;
        }
        if (!field.value().isIntegralNumber() || !field.value().canConvertToInt() || field.value().intValue() < 1) {
            error(field.line(), "\"footnote\" must be a footnote number such as 23, not " + field.value());
            return null;
        }
        return field.value().intValue();
    }

    private String text(Entry entry, String name, boolean required) {
        Field field = entry.fields().get(name);
        if (field == null || field.value().isNull()) {
            if (required) {
                error(entry.line(), "no \"" + name + "\"");
            }
            return null;
        }
        if (!field.value().isString() || field.value().stringValue().isBlank()) {
            error(field.line(), "\"" + name + "\" must be a text, not " + field.value());
            return null;
        }
        return field.value().stringValue().strip();
    }

    private static int lineOf(Entry entry, String name) {
        Field field = entry.fields().get(name);
        return field == null ? entry.line() : field.line();
    }

    private void error(int line, String message) {
        problems.add(Problem.error(file, line, "figure " + number + ": " + message));
    }

    private void warning(int line, String message) {
        problems.add(Problem.warning(file, line, "figure " + number + ": " + message));
    }
}
