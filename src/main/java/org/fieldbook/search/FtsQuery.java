package org.fieldbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldbook.search.QueryText.Chunk;

/**
 * Builds an FTS5 MATCH expression from what a user typed, so that no input is ever read as
 * FTS5 syntax: every term is a quoted FTS5 string, and terms are joined with AND.
 * <ul>
 *   <li>words must all occur; {@code "double-quoted phrases"} stay phrases;</li>
 *   <li>a word ending in {@code *} is a prefix: {@code stockpil*} becomes {@code "stockpil"*};</li>
 *   <li>FTS5 operators and punctuation ({@code AND OR NOT NEAR ( ) ^ : - + *}) are plain text;</li>
 *   <li>mine designations: {@code PMN-2}, {@code pmn-2}, {@code PMN 2} and {@code pmn2} all
 *       become {@code ("PMN 2" OR "PMN2")}, the phrase the index holds for "PMN-2", or the
 *       word for "PMN2"; {@code MON-10} does not match "MON-100".</li>
 * </ul>
 * Only the first 1,000 characters and 32 terms are used.
 */
public final class FtsQuery {
    static final int MAX_TERMS = 32;

    private FtsQuery() {
    }

    /** A safe FTS5 MATCH expression for what a user typed, or empty when nothing is searchable. */
    public static Optional<String> from(String userText) {
        if (userText == null) {
            return Optional.empty();
        }
        List<Chunk> chunks = QueryText.chunks(userText);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < chunks.size() && terms.size() < MAX_TERMS; i++) {
            Chunk chunk = chunks.get(i);
            if (chunk.quoted()) {
                phrase(chunk).ifPresent(terms::add);
                continue;
            }
            QueryWord word = QueryWord.of(chunk.text());
            if (word.startsDesignation() && i + 1 < chunks.size() && !chunks.get(i + 1).quoted()
                    && QueryWord.startsWithDigit(chunks.get(i + 1).text())) {
                word = word.joinedWith(QueryWord.of(chunks.get(++i).text()));
            }
            word.toFts().ifPresent(terms::add);
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", terms));
    }

    private static Optional<String> phrase(Chunk chunk) {
        if (chunk.text().codePoints().noneMatch(Tokens::isSearchable)) {
            return Optional.empty();
        }
        return Optional.of(Tokens.quote(chunk.text().strip()) + (chunk.prefix() ? "*" : ""));
    }
}
