package org.fieldbook.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks a bounded set of matches ({@link RecentMatches}) the way FTS5's bm25 ranks, within
 * that set: term frequency saturating with k1 = 1.2, normalised by length with b = 0.75
 * against the set's mean length, a heading match weighing {@code headingWeight} times a
 * body match. The inverse document frequency is left out: it is the same for every row
 * of a one-term query, and for a term frequent enough to come here it is low anyway.
 */
final class RecentRanking {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** A ranked match, with the marked text it was ranked on. */
    record Ranked(long id, double score, MarkedText text) {
    }

    private RecentRanking() {
    }

    /** The best {@code limit} matches, best first; equal scores in id order, as bm25 results are. */
    static List<Ranked> best(List<RecentMatches.Match> matches, double headingWeight, int limit) {
        List<Ranked> ranked = new ArrayList<>(matches.size());
        List<MarkedText> texts = new ArrayList<>(matches.size());
        double totalLength = 0;
        for (RecentMatches.Match match : matches) {
            MarkedText text = new MarkedText(match.marked());
            texts.add(text);
            totalLength += text.tokenCount();
        }
        double meanLength = matches.isEmpty() ? 1 : Math.max(1, totalLength / matches.size());
        for (int i = 0; i < matches.size(); i++) {
            RecentMatches.Match match = matches.get(i);
            MarkedText text = texts.get(i);
            double frequency = text.matchCount() * (match.heading() ? headingWeight : 1.0);
            double norm = K1 * (1 - B + B * text.tokenCount() / meanLength);
            ranked.add(new Ranked(match.id(), frequency * (K1 + 1) / (frequency + norm), text));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::id));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }
}
