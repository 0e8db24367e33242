package org.fieldbook.model;

/** What a stored line or paragraph of a profile is. */
public enum BlockKind {
    /** A line of the title block: country, profile type, "Last updated", or both on one line. */
    TITLE,
    /** A section heading, kept as written (markers included). */
    HEADING,
    /** Body text of a section. */
    PARAGRAPH,
    /** Text that is not content (navigation, "jump to" lists, overview tables, stray characters). */
    CHROME;

    /** True for the kinds that are part of what the report says (searchable). */
    public boolean isContent() {
        return this == HEADING || this == PARAGRAPH;
    }
}
