-- 0006: watchlists (the SQLite store's 0009). A signed-in user saves a search or a partner/area filter; last_seen_at is
-- when they last looked at what is new; the feed token is stored only as its SHA-256 (hex), so a copy of the database
-- does not hand out readable feed URLs.

CREATE TABLE watchlists (
    id               bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id       bigint  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name             text    NOT NULL,
    query            text,
    partner          text,
    area             text,
    feed_token_hash  text    NOT NULL UNIQUE,
    created_at       text    NOT NULL,
    last_seen_at     text    NOT NULL
);

CREATE INDEX watchlists_account ON watchlists (account_id);
