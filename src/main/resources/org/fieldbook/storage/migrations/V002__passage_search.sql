-- Fieldbook library, version 2: full-text search over headings, paragraphs and footnotes.
-- The index keeps no copy of the text: it reads it from the passage view (external content).

-- Footnote ids must not collide with block ids (see V001).
UPDATE footnote SET id = -id WHERE id > 0;

-- One row per searchable passage. Headings and bodies are separate columns so that bm25
-- can weigh a heading match above a paragraph match.
CREATE VIEW passage (id, heading, body) AS
    SELECT id,
           CASE kind WHEN 'HEADING' THEN text END,
           CASE kind WHEN 'PARAGRAPH' THEN text END
      FROM block
     WHERE kind IN ('HEADING', 'PARAGRAPH')
    UNION ALL
    SELECT id, NULL, text
      FROM footnote;

CREATE VIRTUAL TABLE passage_fts USING fts5 (
    heading, body,
    content = 'passage', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Keep the index in step with the tables. A report's rows are removed by ON DELETE CASCADE,
-- which fires the delete triggers too. The values given to 'delete' must be the indexed ones.
CREATE TRIGGER block_passage_insert AFTER INSERT ON block
WHEN new.kind IN ('HEADING', 'PARAGRAPH')
BEGIN
    INSERT INTO passage_fts (rowid, heading, body)
    VALUES (new.id,
            CASE new.kind WHEN 'HEADING' THEN new.text END,
            CASE new.kind WHEN 'PARAGRAPH' THEN new.text END);
END;

CREATE TRIGGER block_passage_delete AFTER DELETE ON block
WHEN old.kind IN ('HEADING', 'PARAGRAPH')
BEGIN
    INSERT INTO passage_fts (passage_fts, rowid, heading, body)
    VALUES ('delete', old.id,
            CASE old.kind WHEN 'HEADING' THEN old.text END,
            CASE old.kind WHEN 'PARAGRAPH' THEN old.text END);
END;

CREATE TRIGGER block_passage_update AFTER UPDATE OF id, kind, text ON block
BEGIN
    INSERT INTO passage_fts (passage_fts, rowid, heading, body)
    SELECT 'delete', old.id,
           CASE old.kind WHEN 'HEADING' THEN old.text END,
           CASE old.kind WHEN 'PARAGRAPH' THEN old.text END
     WHERE old.kind IN ('HEADING', 'PARAGRAPH');
    INSERT INTO passage_fts (rowid, heading, body)
    SELECT new.id,
           CASE new.kind WHEN 'HEADING' THEN new.text END,
           CASE new.kind WHEN 'PARAGRAPH' THEN new.text END
     WHERE new.kind IN ('HEADING', 'PARAGRAPH');
END;

CREATE TRIGGER footnote_passage_insert AFTER INSERT ON footnote
BEGIN
    INSERT INTO passage_fts (rowid, heading, body) VALUES (new.id, NULL, new.text);
END;

CREATE TRIGGER footnote_passage_delete AFTER DELETE ON footnote
BEGIN
    INSERT INTO passage_fts (passage_fts, rowid, heading, body) VALUES ('delete', old.id, NULL, old.text);
END;

CREATE TRIGGER footnote_passage_update AFTER UPDATE OF id, text ON footnote
BEGIN
    INSERT INTO passage_fts (passage_fts, rowid, heading, body) VALUES ('delete', old.id, NULL, old.text);
    INSERT INTO passage_fts (rowid, heading, body) VALUES (new.id, NULL, new.text);
END;

-- Index what a version-1 library already holds.
INSERT INTO passage_fts (passage_fts) VALUES ('rebuild');
