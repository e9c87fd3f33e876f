-- 0003: the consolidated knowledge base (issue 7). Mentions are the facts of current page versions, keyed by
-- MentionKeys (stable across re-ingesting and re-extracting); consolidated facts group mentions; curation decisions
-- are revisions anchored to mention keys, never to row ids, so they outlive every re-consolidation.

-- One row per fact of a current page. kind: e event, a agreement, f figure, p person. data is the fact as JSON.
-- year is the first four characters of an ISO date with a known year, else NULL (candidate filter for events).
CREATE TABLE kb_mentions (
    key        TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('e', 'a', 'f', 'p')),
    page_id    INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    source     TEXT    NOT NULL,
    page_date  TEXT,
    fact_row   INTEGER NOT NULL,
    type       TEXT,
    year       TEXT,
    data       TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX kb_mentions_page ON kb_mentions (page_id, kind);
CREATE INDEX kb_mentions_kind_type ON kb_mentions (kind, type);

-- Lookup terms that find candidate partners of a mention: non-VN actors of events and agreements ('@RU'),
-- folded name syllables of people and participants ('#putin').
CREATE TABLE kb_mention_terms (
    term  TEXT NOT NULL,
    key   TEXT NOT NULL REFERENCES kb_mentions (key) ON DELETE CASCADE,
    kind  TEXT NOT NULL,
    PRIMARY KEY (kind, term, key)
) STRICT, WITHOUT ROWID;

CREATE INDEX kb_mention_terms_key ON kb_mention_terms (key);

-- Consolidated facts. The id is shown with the kind letter (E12, A3, F7, P5); AUTOINCREMENT so an id that
-- disappeared is never given to another fact. fields: current values after curators' edits (display strings);
-- machine: what consolidation alone says. sort_key orders timelines: dated first, yearless next, undated last.
CREATE TABLE kb_facts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL CHECK (kind IN ('e', 'a', 'f', 'p')),
    status      TEXT    NOT NULL DEFAULT 'machine',
    type        TEXT,
    date        TEXT,
    sort_key    TEXT    NOT NULL,
    conflict    INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
    variants    TEXT    NOT NULL DEFAULT '[]',
    fields      TEXT    NOT NULL,
    machine     TEXT    NOT NULL,
    search      TEXT
) STRICT;

CREATE INDEX kb_facts_kind_sort ON kb_facts (kind, sort_key);
CREATE INDEX kb_facts_type ON kb_facts (kind, type);

CREATE TABLE kb_members (
    mention_key  TEXT    PRIMARY KEY REFERENCES kb_mentions (key) ON DELETE CASCADE,
    fact_id      INTEGER NOT NULL REFERENCES kb_facts (id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE INDEX kb_members_fact ON kb_members (fact_id);

-- Actors of consolidated events and agreements (current values), for partner timelines.
CREATE TABLE kb_fact_actors (
    actor    TEXT    NOT NULL,
    fact_id  INTEGER NOT NULL REFERENCES kb_facts (id) ON DELETE CASCADE,
    PRIMARY KEY (actor, fact_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX kb_fact_actors_fact ON kb_fact_actors (fact_id);

-- Curation revisions and machine creations, append-only. anchors: the mention keys the decision is about (JSON;
-- for merge {"a": [...], "b": [...]}, for split {"out": [...], "rest": [...]}); changes: the values set (JSON).
CREATE TABLE kb_revisions (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    fact_id  INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    anchors  TEXT    NOT NULL DEFAULT '[]',
    changes  TEXT    NOT NULL DEFAULT '{}',
    who      TEXT    NOT NULL,
    at       TEXT    NOT NULL,
    why      TEXT
) STRICT;

CREATE INDEX kb_revisions_fact ON kb_revisions (fact_id);
-- Curators' decisions (few, made by people) are read on every consolidation; machine creations (one per fact) are not.
CREATE INDEX kb_revisions_decisions ON kb_revisions (id) WHERE action <> 'create';

-- Every anchor key of every decision, so a re-consolidation finds the decisions that bear on a mention.
CREATE TABLE kb_decision_keys (
    key          TEXT    NOT NULL,
    revision_id  INTEGER NOT NULL REFERENCES kb_revisions (id) ON DELETE CASCADE,
    PRIMARY KEY (key, revision_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX kb_decision_keys_revision ON kb_decision_keys (revision_id);

-- Which decisions apply to which fact now (rewritten with the fact), for its history.
CREATE TABLE kb_applied (
    fact_id      INTEGER NOT NULL REFERENCES kb_facts (id) ON DELETE CASCADE,
    revision_id  INTEGER NOT NULL,
    PRIMARY KEY (fact_id, revision_id)
) STRICT, WITHOUT ROWID;
