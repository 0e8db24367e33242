package org.fieldbook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What the search benchmark types, per kind of query, drawn from the corpus's own
 * {@link Vocabulary} so that every kind but "nohit" finds something: half the words are
 * among the most frequent (the expensive case), half are rarer words and made-up names.
 */
enum SearchQueries {
    /** One word. */
    WORD,
    /** The start of a word and {@code *}. */
    PREFIX,
    /** Two or three words in double quotes. */
    PHRASE,
    /** A mine designation, written in the ways users write it. */
    DESIGNATION,
    /** A word that occurs nowhere. */
    NOHIT;

    private static final List<String> COMMON = Vocabulary.commonWords(80);
    private static final List<String> LESS_COMMON = Vocabulary.lessCommonWords(150);
    private static final List<String> COMMON_LONG = COMMON.stream().filter(w -> w.length() >= 5).toList();
    private static final List<String> LESS_COMMON_LONG = LESS_COMMON.stream().filter(w -> w.length() >= 5).toList();

    /** {@code count} queries of this kind, the same for the same seed. */
    List<String> draw(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed ^ (ordinal() * 0x9E3779B97F4A7C15L));
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(one(random, i % 2 == 0));
        }
        return queries;
    }

    private String one(SplittableRandom random, boolean common) {
        return switch (this) {
            case WORD -> common ? pick(random, COMMON) : rare(random);
            case PREFIX -> prefix(random, pick(random, common ? COMMON_LONG : LESS_COMMON_LONG));
            case PHRASE -> common ? "\"" + pick(random, COMMON) + " " + pick(random, COMMON.subList(0, 12)) + "\""
                    : "\"" + pick(random, Vocabulary.COLLOCATIONS) + "\"";
            case DESIGNATION -> designation(random);
            case NOHIT -> "zq" + Vocabulary.name(random.nextInt(Vocabulary.NAMES)).toLowerCase(Locale.ROOT) + "x";
        };
    }

    private static String rare(SplittableRandom random) {
        return random.nextBoolean() ? pick(random, LESS_COMMON) : Vocabulary.name(Vocabulary.NAMES / 4 + random.nextInt(2_000));
    }

    private static String prefix(SplittableRandom random, String word) {
        int length = Math.min(word.length() - 1, 3 + random.nextInt(4));
        return word.substring(0, length).toLowerCase(Locale.ROOT) + "*";
    }

    private static String designation(SplittableRandom random) {
        String name = pick(random, random.nextDouble() < 0.8 ? Vocabulary.KNOWN_DESIGNATIONS : Vocabulary.UNKNOWN_DESIGNATIONS);
        return switch (random.nextInt(4)) {
            case 0 -> name.toLowerCase(Locale.ROOT);
            case 1 -> name.replace("-", "");
            case 2 -> name.replace('-', ' ');
            default -> name;
        };
    }

    private static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
