package org.fieldbook.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fieldbook.importer.FigureFields.ReadFigure;
import org.fieldbook.importer.FiguresJson.Document;
import org.fieldbook.importer.FiguresJson.Field;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.storage.FigureRepository;
import org.fieldbook.storage.ReportRepository;

/**
 * Figures files: JSON with {@code "kind": "fieldbook-figures"}, the report id and its
 * figures. Each figure is checked against its report (the report must be in the library,
 * its footnote must exist there, its sentence should be found in the text). Importing
 * replaces all figures of that report, or, when the file has an error, changes nothing.
 */
public final class FiguresFileKind implements LibraryFileKind {
    private final ReportRepository reports;
    private final FigureRepository figures;

    /** @param reports and {@code figures} may both be null for a check-only importer */
    public FiguresFileKind(ReportRepository reports, FigureRepository figures) {
        this.reports = reports;
        this.figures = figures;
    }

    @Override
    public boolean reads(InputFile input) {
        String text = new String(input.content(), StandardCharsets.UTF_8);
        return FiguresJson.KIND_FIELD.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text).find();
    }

    @Override
    public FileOutcome check(InputFile input) {
        return read(input).outcome(input);
    }

    @Override
    public FileOutcome store(InputFile input) {
        Read read = read(input);
        if (!read.hasErrors()) {
            if (figures == null) {
                throw new IllegalStateException("this importer only checks files");
            }
            figures.replace(read.report(), read.figures().stream()
                    .map(f -> new FigureRepository.Located(f.figure(), f.line())).toList(), input.name());
        }
        return read.outcome(input);
    }

    private record Read(ReportId report, List<ReadFigure> figures, List<Problem> problems) {
        boolean hasErrors() {
            return report == null || problems.stream().anyMatch(Problem::isError);
        }

        FileOutcome outcome(InputFile input) {
            List<Problem> sorted = problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
            if (hasErrors()) {
                return FileOutcome.refused(input.file(), sorted);
            }
            String summary = figures.size() + (figures.size() == 1 ? " figure" : " figures") + " for " + report;
            return new FileOutcome(input.file(), sorted, summary, null);
        }
    }

    private Read read(InputFile input) {
        String file = input.file().toString();
        List<Problem> problems = new ArrayList<>();
        Document document = FiguresJson.read(file, input.content());
        if (!document.isReadable()) {
            return new Read(null, List.of(), List.of(document.syntaxProblem()));
        }
        document.top().forEach((name, field) -> {
            if (name.equals("figures")) {
                problems.add(Problem.error(file, field.line(), "\"figures\" must be a list: [ {...}, ... ]"));
            } else if (!FigureFields.TOP_FIELDS.contains(name)) {
                problems.add(Problem.warning(file, field.line(), "unknown field \"" + name + "\" is ignored"));
            }
        });
        ReportId id = FigureFields.report(file, document.top(), problems);
        if (document.figures().isEmpty() && !document.top().containsKey("figures")) {
            problems.add(Problem.error(file, document.figuresLine(), "the file lists no figures "
                    + "(expected \"figures\": [ {...}, ... ])"));
        }
        List<ReadFigure> read = id == null ? List.of() : FigureFields.figures(file, id, document.figures(), problems);
        if (id != null) {
            checkAgainstReport(file, id, document.top().get("report"), read, problems);
        }
        return new Read(id, read, problems);
    }

    private void checkAgainstReport(String file, ReportId id, Field reportField, List<ReadFigure> read,
                                    List<Problem> problems) {
        if (reports == null) {
            problems.add(new Problem(file, reportField.line(), Severity.INFO, "checked without a library: "
                    + "the report, its footnotes and the sentences are checked when the file is imported"));
            return;
        }
        Optional<Report> report = reports.find(id);
        if (report.isEmpty()) {
            problems.add(Problem.error(file, reportField.line(), "the library holds no report " + id
                    + ": import its profile first"));
            return;
        }
        FigureChecks.check(file, report.get(), read, problems);
    }
}
