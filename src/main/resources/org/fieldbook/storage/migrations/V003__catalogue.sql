-- Fieldbook library, version 3: the mine-type catalogue and where reports mention its entries.

-- The catalogue as imported: the file's text, kept whole (the catalogue service reads it),
-- and a generation that grows with every import, so that a profile import can tell when
-- the catalogue changed under it. No row: the library has never had a catalogue.
CREATE TABLE catalogue (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    generation  INTEGER NOT NULL,
    source_file TEXT    NOT NULL,
    document    TEXT    NOT NULL,
    imported_at TEXT    NOT NULL                 -- ISO instant
);

-- One row per catalogue entry, for mentions to refer to; replaced with the catalogue.
CREATE TABLE mine_type (
    id      INTEGER PRIMARY KEY,
    ordinal INTEGER NOT NULL UNIQUE,             -- position in the catalogue file
    name    TEXT    NOT NULL UNIQUE              -- canonical name
);

-- A passage (heading, paragraph or footnote) that names an entry. passage_id is the block's
-- id (> 0) or the footnote's id (< 0), as in passage_fts. Rows go when the report or the
-- entry goes.
CREATE TABLE mention (
    mine_type_id INTEGER NOT NULL REFERENCES mine_type (id) ON DELETE CASCADE,
    report_id    INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    passage_id   INTEGER NOT NULL,
    ranges       TEXT    NOT NULL,               -- 'start:end;...' in the passage text
    PRIMARY KEY (mine_type_id, passage_id)
) WITHOUT ROWID;

-- ON DELETE CASCADE from report looks rows up by report_id.
CREATE INDEX mention_by_report ON mention (report_id);
