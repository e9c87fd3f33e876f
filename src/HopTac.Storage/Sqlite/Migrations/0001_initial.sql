-- 0001: sources, page versions, facts and the full-text index.
-- Runs inside one transaction opened by SqliteMigrator; pragmas that cannot run in a transaction live in code.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    source      TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL
) STRICT;

-- One row per stored version of a source. is_current marks the version that ListAsync and search see;
-- the partial unique index below guarantees at most one per source.
CREATE TABLE pages (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL CHECK (version >= 1),
    content_hash  TEXT    NOT NULL,
    ingested_at   TEXT    NOT NULL,
    title         TEXT,
    published     TEXT,
    authors       TEXT    NOT NULL DEFAULT '[]',
    text          TEXT    NOT NULL,
    encoding      TEXT,
    relevant      INTEGER NOT NULL DEFAULT 0 CHECK (relevant IN (0, 1)),
    record_json   TEXT    NOT NULL,
    is_current    INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    -- 1 when the folded text is in pages_fts; 0 for old versions and for copies of content another source holds.
    is_indexed    INTEGER NOT NULL DEFAULT 0 CHECK (is_indexed IN (0, 1)),
    UNIQUE (source_id, version)
) STRICT;

CREATE UNIQUE INDEX pages_one_current_per_source ON pages (source_id) WHERE is_current = 1;
CREATE INDEX pages_content_hash ON pages (content_hash);
CREATE INDEX pages_published ON pages (published) WHERE is_current = 1;

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    page_id         INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    title           TEXT,
    country         TEXT,
    evidence        TEXT    NOT NULL,
    evidence_start  INTEGER NOT NULL,
    UNIQUE (page_id, ordinal)
) STRICT;

CREATE INDEX people_name ON people (name);

CREATE TABLE organizations (
    id              INTEGER PRIMARY KEY,
    page_id         INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    country         TEXT,
    evidence        TEXT    NOT NULL,
    evidence_start  INTEGER NOT NULL,
    UNIQUE (page_id, ordinal)
) STRICT;

CREATE INDEX organizations_name ON organizations (name);

-- value is the decimal in invariant text: SQLite REAL would round large sums (4,7 tỷ USD is exact here).
CREATE TABLE figures (
    id              INTEGER PRIMARY KEY,
    page_id         INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    value           TEXT    NOT NULL,
    unit            TEXT    NOT NULL,
    per             TEXT,
    text            TEXT    NOT NULL,
    evidence        TEXT    NOT NULL,
    evidence_start  INTEGER NOT NULL,
    UNIQUE (page_id, ordinal)
) STRICT;

-- Folded title and text (VietnameseText.Fold), rowid = pages.id. The text is already folded and lower-cased,
-- so the tokenizer must not strip anything further: offsets we compute ourselves must agree with its tokens.
CREATE VIRTUAL TABLE pages_fts USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);
