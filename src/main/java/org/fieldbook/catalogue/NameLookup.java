package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.model.MineType;

/**
 * Finds catalogue entries by any of their names as a user types. Every name, alias,
 * nickname and word of a longer name is normalised once, when the lookup is built
 * ({@link NameNormaliser}); a query is normalised and compared against those keys only:
 * exact and prefix matches by binary search in a sorted array, near matches (one typo, for
 * queries of four or more characters) only among keys one character shorter or longer, and
 * only when nothing else matched. Immutable, so any thread may use it.
 */
final class NameLookup {
    static final int MIN_NEAR_LENGTH = 4;

    /** A normalised key and what it belongs to. */
    private record Key(String key, int entry, String text, boolean canonical) {
    }

    /** The best match found so far for one entry. */
    private record Candidate(int entry, MatchKind kind, int rank, String matched) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::kind)
            .thenComparingInt(Candidate::rank).thenComparingInt(Candidate::entry);

    private final List<MineType> entries;
    private final Key[] names;
    private final Key[] words;
    private final Key[][] byLength;

    NameLookup(List<MineType> entries) {
        this.entries = List.copyOf(entries);
        List<Key> nameKeys = new ArrayList<>();
        List<Key> wordKeys = new ArrayList<>();
        for (int i = 0; i < this.entries.size(); i++) {
            MineType entry = this.entries.get(i);
            for (String name : entry.allNames()) {
                add(nameKeys, name, i, name.equals(entry.name()));
                String[] parts = name.strip().split("\\s+");
                if (parts.length > 1) {
                    for (String part : parts) {
                        add(wordKeys, part, i, false);
                    }
                }
            }
        }
        Comparator<Key> byKey = Comparator.comparing(Key::key);
        names = nameKeys.stream().sorted(byKey).toArray(Key[]::new);
        words = wordKeys.stream().sorted(byKey).toArray(Key[]::new);
        byLength = lengthBuckets(nameKeys, wordKeys);
    }

    private static void add(List<Key> keys, String text, int entry, boolean canonical) {
        String key = NameNormaliser.normalise(text);
        if (!key.isEmpty()) {
            keys.add(new Key(key, entry, text, canonical));
        }
    }

    private static Key[][] lengthBuckets(List<Key> nameKeys, List<Key> wordKeys) {
        int longest = 0;
        for (Key key : nameKeys) {
            longest = Math.max(longest, key.key().length());
        }
        List<List<Key>> buckets = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            buckets.add(new ArrayList<>());
        }
        nameKeys.forEach(key -> buckets.get(key.key().length()).add(key));
        wordKeys.forEach(key -> buckets.get(key.key().length()).add(key));
        return buckets.stream().map(bucket -> bucket.toArray(Key[]::new)).toArray(Key[][]::new);
    }

    /** The entries matching {@code query}, best first (see {@link MatchKind}); empty when none does. */
    List<LookupHit> lookup(String query) {
        String q = NameNormaliser.normalise(query);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<Integer, Candidate> found = new HashMap<>();
        for (int i = lowerBound(names, q); i < names.length && names[i].key().startsWith(q); i++) {
            Key key = names[i];
            boolean exact = key.key().length() == q.length();
            MatchKind kind = exact ? (key.canonical() ? MatchKind.NAME : MatchKind.ALIAS) : MatchKind.PREFIX;
            offer(found, new Candidate(key.entry(), kind, key.key().length(), key.text()));
        }
        for (int i = lowerBound(words, q); i < words.length && words[i].key().startsWith(q); i++) {
            Key key = words[i];
            offer(found, new Candidate(key.entry(), MatchKind.WORD, key.key().length(), key.text()));
        }
        if (found.isEmpty() && q.length() >= MIN_NEAR_LENGTH) {
            for (int length = q.length() - 1; length <= q.length() + 1 && length < byLength.length; length++) {
                for (Key key : byLength[length]) {
                    if (EditDistance.withinOne(q, key.key())) {
                        offer(found, new Candidate(key.entry(), MatchKind.NEAR, key.key().length(), key.text()));
                    }
                }
            }
        }
        Candidate[] ranked = found.values().toArray(Candidate[]::new);
        Arrays.sort(ranked, BEST_FIRST);
        List<LookupHit> hits = new ArrayList<>(ranked.length);
        for (Candidate candidate : ranked) {
            hits.add(new LookupHit(entries.get(candidate.entry()), candidate.kind(), candidate.matched()));
        }
        return hits;
    }

    private static void offer(Map<Integer, Candidate> found, Candidate candidate) {
        found.merge(candidate.entry(), candidate, (old, now) -> BEST_FIRST.compare(now, old) < 0 ? now : old);
    }

    /** The first index whose key is not less than {@code q}. */
    private static int lowerBound(Key[] keys, String q) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid].key().compareTo(q) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
