package org.fieldbook.library;

import java.util.List;
import java.util.Optional;
import org.fieldbook.importer.ProfileWriter;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.ReportSummary;
import org.fieldbook.storage.ReportRepository;

/** What the library holds: the list of reports, one report, a report written back as text. */
public final class LibraryService {
    private final ReportRepository reports;

    public LibraryService(ReportRepository reports) {
        this.reports = reports;
    }

    /** Every report, ordered by country, profile type and newest year first. */
    public List<ReportSummary> list() {
        return reports.list();
    }

    /** How many reports the library holds. */
    public int count() {
        return reports.count();
    }

    /** One report, complete, if the library holds it. */
    public Optional<Report> find(ReportId id) {
        return reports.find(id);
    }

    /**
     * The report rebuilt as profile text from its stored sections, paragraphs, other blocks
     * and footnotes.
     *
     * @throws ReportNotFoundException when the library does not hold it
     */
    public String dump(ReportId id) {
        return ProfileWriter.write(reports.find(id).orElseThrow(() -> new ReportNotFoundException(id)));
    }
}
