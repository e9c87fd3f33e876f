-- 0002: accounts of the web app, their API tokens (stored hashed), ended sessions and the audit of writes (the SQLite
-- store's 0004 and 0006 in one). Names are unique whatever their case: the unique index is on lower(name) and every
-- lookup compares lower(name).

CREATE TABLE accounts (
    id                    bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                  text     NOT NULL,
    role                  text     NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    password_hash         text     NOT NULL,
    must_change_password  boolean  NOT NULL DEFAULT false,
    disabled              boolean  NOT NULL DEFAULT false,
    created_at            text     NOT NULL,
    security_stamp        text     NOT NULL
);

CREATE UNIQUE INDEX accounts_name ON accounts (lower(name));

CREATE TABLE api_tokens (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name          text    NOT NULL,
    prefix        text    NOT NULL,
    token_hash    text    NOT NULL UNIQUE,
    created_at    text    NOT NULL,
    revoked_at    text,
    last_used_at  text,
    scope         text    NOT NULL DEFAULT 'curate' CHECK (scope IN ('read', 'curate')),
    expires_at    text
);

CREATE INDEX api_tokens_account ON api_tokens (account_id);

CREATE TABLE revoked_sessions (
    session     text    PRIMARY KEY,
    account_id  bigint  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    revoked_at  text    NOT NULL
);

CREATE INDEX revoked_sessions_at ON revoked_sessions (revoked_at);

CREATE TABLE audit_log (
    id       bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       text    NOT NULL,
    who      text    NOT NULL,
    action   text    NOT NULL,
    target   text    NOT NULL,
    detail   text
);

CREATE INDEX audit_log_at ON audit_log (at);
