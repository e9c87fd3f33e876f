-- 0012: the crawler's state. Sources are what a person follows (a feed, a sitemap, a section page); the frontier is
-- every URL the crawler knows, with its state, validators for conditional GET and, between fetch and ingest, the
-- response body, so that a process killed at any moment loses nothing and refetches nothing it had received.
-- The fetch log keeps one row per HTTP exchange for the admin page and for politeness audits.

CREATE TABLE crawl_sources (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('feed', 'sitemap', 'section')),
    every_seconds   INTEGER NOT NULL CHECK (every_seconds > 0),
    paused          INTEGER NOT NULL DEFAULT 0,
    added_at        TEXT    NOT NULL,
    last_checked_at TEXT,
    next_check_at   TEXT    NOT NULL,
    last_error      TEXT
) STRICT;

CREATE TABLE crawl_frontier (
    url             TEXT    PRIMARY KEY,
    host            TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('feed', 'sitemap', 'section', 'article')),
    source_id       INTEGER REFERENCES crawl_sources (id) ON DELETE SET NULL,
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'fetched', 'done', 'failed', 'gone', 'disallowed', 'duplicate', 'redirected')),
    hops            INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    discovered_at   TEXT    NOT NULL,
    due_at          TEXT    NOT NULL,
    fetched_at      TEXT,
    revisit_seconds INTEGER NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    content_hash    TEXT,
    page_id         INTEGER,
    status          INTEGER,
    error           TEXT,
    final_url       TEXT,
    content_type    TEXT,
    body            BLOB
) STRICT, WITHOUT ROWID;

CREATE INDEX crawl_frontier_due ON crawl_frontier (state, due_at);
CREATE INDEX crawl_frontier_hash ON crawl_frontier (content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX crawl_frontier_source ON crawl_frontier (source_id, state);

CREATE TABLE crawl_fetch_log (
    id          INTEGER PRIMARY KEY,
    url         TEXT    NOT NULL,
    host        TEXT    NOT NULL,
    source_id   INTEGER,
    at          TEXT    NOT NULL,
    status      INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    millis      INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    error       TEXT
) STRICT;

CREATE INDEX crawl_fetch_log_source ON crawl_fetch_log (source_id, at);
