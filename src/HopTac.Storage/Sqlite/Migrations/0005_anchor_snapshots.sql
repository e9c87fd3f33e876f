-- 0005: decisions that outlive better extraction rules. A decision is anchored on mention keys, and a key is a hash
-- of the fact's defining fields: when re-extraction or a new version of a page changes the evidence or the date,
-- the key changes. To find the mention that succeeded a vanished anchor, the anchored mention's data is kept here
-- from the moment a decision (or a machine re-anchoring) points at it, since its kb_mentions row goes with the page.
CREATE TABLE kb_anchor_snapshots (
    key        TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('e', 'a', 'f', 'p')),
    source     TEXT    NOT NULL,
    page_date  TEXT,
    data       TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

-- Decisions taken before this migration: their anchors that still have a mention get their snapshot now.
INSERT OR IGNORE INTO kb_anchor_snapshots (key, kind, source, page_date, data)
SELECT m.key, m.kind, m.source, m.page_date, m.data FROM kb_mentions m
WHERE m.key IN (SELECT key FROM kb_decision_keys);
