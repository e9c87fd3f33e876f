-- 0011: watchlists (issue 17). A signed-in user saves a search or a partner/area filter; last_seen_at is when they
-- last looked at what is new; the feed token is stored only as its SHA-256 (hex), so a copy of the database does not
-- hand out readable feed URLs.
CREATE TABLE watchlists (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id       INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name             TEXT    NOT NULL,
    query            TEXT,
    partner          TEXT,
    area             TEXT,
    feed_token_hash  TEXT    NOT NULL UNIQUE,
    created_at       TEXT    NOT NULL,
    last_seen_at     TEXT    NOT NULL
) STRICT;

CREATE INDEX watchlists_account ON watchlists (account_id);
