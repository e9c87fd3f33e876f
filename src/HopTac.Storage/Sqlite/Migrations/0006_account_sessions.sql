-- 0006: sessions that end when their user says so. A security stamp per account is written into every sign-in
-- cookie and checked on every request: changing the password draws a new stamp, so every older cookie stops working.
-- Signing out records the session's id (kept until the longest a cookie may live), so that one cookie stops working.
-- API tokens gain a scope (read: viewer rights at most; curate: the account's own rights) and an expiry.

ALTER TABLE accounts ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';

-- Cookies issued before this migration carry no stamp: they are refused once, and people sign in again.
UPDATE accounts SET security_stamp = lower(hex(randomblob(16)));

CREATE TABLE revoked_sessions (
    session     TEXT    PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    revoked_at  TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX revoked_sessions_at ON revoked_sessions (revoked_at);

-- Tokens made before this migration keep the rights they had (curate) and no expiry; new ones always get one.
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'curate' CHECK (scope IN ('read', 'curate'));
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
