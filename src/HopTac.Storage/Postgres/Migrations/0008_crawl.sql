-- 0008: the crawler's state (the SQLite store's 0010 and 0014). Sources are what a person follows; the frontier is
-- every URL the crawler knows, with its state, validators for conditional GET and, between fetch and ingest, the
-- response body, so that a process killed at any moment loses nothing and refetches nothing it had received. The
-- fetch log keeps one row per HTTP exchange. Host leases let several crawler processes share the store: only a
-- host's holder fetches it, so no URL is fetched twice at once and the per-host delay holds across processes.

CREATE TABLE crawl_sources (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url              text         NOT NULL UNIQUE,
    name             text         NOT NULL,
    kind             text         NOT NULL CHECK (kind IN ('feed', 'sitemap', 'section')),
    every_seconds    bigint       NOT NULL CHECK (every_seconds > 0),
    paused           boolean      NOT NULL DEFAULT false,
    added_at         timestamptz  NOT NULL,
    last_checked_at  timestamptz,
    next_check_at    timestamptz  NOT NULL,
    last_error       text
);

CREATE TABLE crawl_frontier (
    url              text         PRIMARY KEY,
    host             text         NOT NULL,
    kind             text         NOT NULL CHECK (kind IN ('feed', 'sitemap', 'section', 'article')),
    source_id        bigint       REFERENCES crawl_sources (id) ON DELETE SET NULL,
    state            text         NOT NULL CHECK (state IN ('pending', 'fetched', 'done', 'failed', 'gone', 'disallowed', 'duplicate', 'redirected')),
    hops             integer      NOT NULL DEFAULT 0,
    attempts         integer      NOT NULL DEFAULT 0,
    discovered_at    timestamptz  NOT NULL,
    due_at           timestamptz  NOT NULL,
    fetched_at       timestamptz,
    revisit_seconds  bigint       NOT NULL,
    etag             text,
    last_modified    text,
    content_hash     text,
    page_id          bigint,
    status           integer,
    error            text,
    final_url        text,
    content_type     text,
    body             bytea
);

CREATE INDEX crawl_frontier_due ON crawl_frontier (state, due_at);
CREATE INDEX crawl_frontier_hash ON crawl_frontier (content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX crawl_frontier_source ON crawl_frontier (source_id, state);
CREATE INDEX crawl_frontier_host ON crawl_frontier (host, state);

CREATE TABLE crawl_fetch_log (
    id         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url        text         NOT NULL,
    host       text         NOT NULL,
    source_id  bigint,
    at         timestamptz  NOT NULL,
    status     integer      NOT NULL,
    bytes      bigint       NOT NULL,
    millis     bigint       NOT NULL,
    outcome    text         NOT NULL,
    error      text
);

CREATE INDEX crawl_fetch_log_source ON crawl_fetch_log (source_id, at);

CREATE TABLE crawl_host_leases (
    host    text         PRIMARY KEY,
    holder  text         NOT NULL,
    until   timestamptz  NOT NULL
);
