package org.fieldbook.search;

import java.util.List;
import java.util.Objects;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.SearchHit;
import org.fieldbook.storage.PassageSearchRepository;

/** Full-text search of the library for what a user typed. */
public final class SearchService {
    /** No caller needs more hits than this at once. */
    static final int MAX_LIMIT = 1_000;

    private final PassageSearchRepository repository;

    /** Searches the passages that {@code repository} holds. */
    public SearchService(PassageSearchRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /**
     * Full-text search over headings, paragraphs and footnotes. Never throws for any user
     * text: returns hits, best first, or none.
     *
     * @param userText     what the user typed (any text; null finds nothing)
     * @param limit        the most hits wanted (at most 1,000 are returned)
     * @param reportFilter only this report's passages, or null for the whole library
     * @throws org.fieldbook.storage.StorageException only when the library itself cannot be read
     */
    public List<SearchHit> search(String userText, int limit, ReportId reportFilter) {
        if (limit <= 0) {
            return List.of();
        }
        return FtsQuery.from(userText)
                .map(match -> repository.search(match, Math.min(limit, MAX_LIMIT), reportFilter))
                .orElse(List.of());
    }
}
