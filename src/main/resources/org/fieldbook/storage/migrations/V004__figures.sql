-- Fieldbook library: the figures of a report, for its stockpile chart (FigureRepository).
-- (Numbered after the migrations this branch knows; renumber the file and its line in
-- Migrations.java together when merging.)
--
-- Figures hang on the report's key, not on its row: re-importing a profile deletes and
-- re-inserts its report row, and must not take the curated figures with it. Figures of a
-- report that is no longer in the library are not shown.

CREATE TABLE figure (
    id          INTEGER PRIMARY KEY,
    report_key  TEXT    NOT NULL,                  -- ReportId.toString()
    ordinal     INTEGER NOT NULL,                  -- order in the figures file
    measure     TEXT    NOT NULL,                  -- Measure.code(): stockpiled, destroyed, ...
    mines       TEXT    NOT NULL,                  -- MineScope.code(): antipersonnel, all-types
    place       TEXT,
    period      TEXT,                              -- Period.code(): 2000, 2004-11, 2005-2015; NULL undated
    value       INTEGER NOT NULL CHECK (value > 0),
    qualifier   TEXT    NOT NULL,                  -- Qualifier.code()
    kind        TEXT    NOT NULL,                  -- FigureKind.code()
    footnote    INTEGER,
    sentence    TEXT    NOT NULL,
    derivation  TEXT,
    source_file TEXT    NOT NULL,
    line        INTEGER NOT NULL,                  -- where the figure starts in its file
    UNIQUE (report_key, ordinal)
);
