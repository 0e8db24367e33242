package org.fieldbook.catalogue;

/** How a lookup matched an entry, best first: the order in which results are ranked. */
public enum MatchKind {
    /** The query is the entry's canonical name. */
    NAME,
    /** The query is one of its aliases or nicknames. */
    ALIAS,
    /** The query is the start of its name or of an alias ("PMN" for PMN-2). */
    PREFIX,
    /** The query is (the start of) a word of a longer name ("Klesh-G" for UMZ-K Klesh-G). */
    WORD,
    /** The query is one typo away from a name, an alias or a word (only when nothing else matched). */
    NEAR
}
