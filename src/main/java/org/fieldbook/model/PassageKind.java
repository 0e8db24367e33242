package org.fieldbook.model;

/** The kinds of searchable passage. */
public enum PassageKind {
    HEADING, PARAGRAPH, FOOTNOTE
}
