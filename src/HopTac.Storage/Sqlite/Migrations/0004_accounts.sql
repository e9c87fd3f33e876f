-- 0004: accounts of the web app (viewer, editor, admin), their API tokens (stored hashed) and the audit of writes.
-- Passwords are PBKDF2 hashes with their own salt and iteration count; tokens are SHA-256 hashes of random secrets,
-- so neither can be read back from the file.

CREATE TABLE accounts (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role                  TEXT    NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    password_hash         TEXT    NOT NULL,
    must_change_password  INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    disabled              INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at            TEXT    NOT NULL
) STRICT;

CREATE TABLE api_tokens (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    prefix        TEXT    NOT NULL,
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    TEXT    NOT NULL,
    revoked_at    TEXT,
    last_used_at  TEXT
) STRICT;

CREATE INDEX api_tokens_account ON api_tokens (account_id);

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT    NOT NULL,
    who      TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    target   TEXT    NOT NULL,
    detail   TEXT
) STRICT;

CREATE INDEX audit_log_at ON audit_log (at);
