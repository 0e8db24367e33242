-- Fieldbook library, version 1: the reports and everything they hold, in source order,
-- so that a report can be rebuilt line for line (ReportRepository.find).

CREATE TABLE report (
    id              INTEGER PRIMARY KEY,
    key             TEXT    NOT NULL UNIQUE,       -- ReportId.toString(): country/profile/year
    country         TEXT    NOT NULL,
    profile_type    TEXT    NOT NULL,
    year            INTEGER NOT NULL,
    last_updated    TEXT,                          -- ISO date; NULL when the profile has none
    source_file     TEXT    NOT NULL,
    source_url      TEXT,
    preamble_blocks INTEGER NOT NULL,              -- blocks 0 .. preamble_blocks-1 are the preamble
    section_count   INTEGER NOT NULL,              -- counts for the list, written with the report
    paragraph_count INTEGER NOT NULL,
    footnote_count  INTEGER NOT NULL,
    imported_at     TEXT    NOT NULL               -- ISO instant
);

-- list(): country, profile type, newest year first
CREATE INDEX report_by_title ON report (country, profile_type, year DESC);

CREATE TABLE section (
    report_id     INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    heading_block INTEGER,                         -- block ordinal of its heading; NULL when it has none
    PRIMARY KEY (report_id, ordinal)
) WITHOUT ROWID;

-- Every line-level unit outside the footnote list: title lines, headings, paragraphs, chrome.
-- Preamble: ordinal < report.preamble_blocks; trailer: section_ordinal NULL after that.
CREATE TABLE block (
    id              INTEGER PRIMARY KEY,
    report_id       INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,              -- position among the report's blocks
    section_ordinal INTEGER,                       -- NULL in the preamble and the trailer
    kind            TEXT    NOT NULL CHECK (kind IN ('TITLE', 'HEADING', 'PARAGRAPH', 'CHROME')),
    text            TEXT    NOT NULL,              -- exactly as in the source, markers included
    markers         TEXT,                          -- 'number:start:end;...'; NULL when none
    line            INTEGER NOT NULL,
    UNIQUE (report_id, ordinal)
);

-- Fieldbook gives footnotes negative ids (blocks get positive ones), so that headings,
-- paragraphs and footnotes share one id space for the search index (V002).
CREATE TABLE footnote (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,                    -- position in the footnote list
    number    INTEGER NOT NULL,
    label     TEXT    NOT NULL,                    -- the marker as written, e.g. '[1] '
    text      TEXT    NOT NULL,                    -- continuation lines joined by '\n'
    line      INTEGER NOT NULL,
    UNIQUE (report_id, ordinal)
);
