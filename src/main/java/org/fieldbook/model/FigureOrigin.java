package org.fieldbook.model;

/** Who says a figure is what it is. */
public enum FigureOrigin {
    /** From a figures file someone wrote and checked against the report. */
    CURATED,
    /** Proposed by Fieldbook from the report's text; nobody has checked it. */
    EXTRACTED
}
