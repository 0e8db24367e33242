package org.fieldbook.catalogue;

/** Damerau-Levenshtein distance of at most one, decided without building a table. */
final class EditDistance {
    private EditDistance() {
    }

    /** True when one substitution, insertion, deletion or swap of neighbours (or nothing) turns a into b. */
    static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la < lb) {
            return withinOne(b, a);
        }
        int i = 0;
        while (i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == lb) {
            return true;                                   // equal, or a has one extra char at the end
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i);   // delete a[i]
        }
        if (a.regionMatches(i + 1, b, i + 1, lb - i - 1)) {
            return true;                                   // substitute a[i]
        }
        return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, lb - i - 2);   // swap a[i], a[i+1]
    }
}
