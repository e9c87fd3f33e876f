-- 0003: the consolidated knowledge base (the SQLite store's 0003, 0005 and 0007 in one). Mentions are the facts of
-- current page versions, keyed by MentionKeys; consolidated facts group mentions; curators' decisions are revisions
-- anchored to mention keys. Terms compare by byte order (COLLATE "C"), as in SQLite, whatever the database's locale:
-- the engine looks event terms up by prefix range.

CREATE TABLE kb_mentions (
    key        text    PRIMARY KEY COLLATE "C",
    kind       text    NOT NULL CHECK (kind IN ('e', 'a', 'f', 'p')),
    page_id    bigint  NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    source     text    NOT NULL,
    page_date  text,
    fact_row   bigint  NOT NULL,
    type       text,
    year       text,
    data       text    NOT NULL
);

CREATE INDEX kb_mentions_page ON kb_mentions (page_id, kind);
CREATE INDEX kb_mentions_kind_type ON kb_mentions (kind, type);

CREATE TABLE kb_mention_terms (
    term  text  NOT NULL COLLATE "C",
    key   text  NOT NULL COLLATE "C" REFERENCES kb_mentions (key) ON DELETE CASCADE,
    kind  text  NOT NULL,
    PRIMARY KEY (kind, term, key)
);

CREATE INDEX kb_mention_terms_key ON kb_mention_terms (key);

-- Ids are never reused (an identity never goes back), as SQLite's AUTOINCREMENT.
CREATE TABLE kb_facts (
    id          bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text     NOT NULL CHECK (kind IN ('e', 'a', 'f', 'p')),
    status      text     NOT NULL DEFAULT 'machine',
    type        text,
    date        text,
    sort_key    text     NOT NULL COLLATE "C",
    conflict    boolean  NOT NULL DEFAULT false,
    variants    text     NOT NULL DEFAULT '[]',
    fields      text     NOT NULL,
    machine     text     NOT NULL,
    search      text
);

CREATE INDEX kb_facts_kind_sort ON kb_facts (kind, sort_key);
CREATE INDEX kb_facts_type ON kb_facts (kind, type);

CREATE TABLE kb_members (
    mention_key  text    PRIMARY KEY COLLATE "C" REFERENCES kb_mentions (key) ON DELETE CASCADE,
    fact_id      bigint  NOT NULL REFERENCES kb_facts (id) ON DELETE CASCADE
);

CREATE INDEX kb_members_fact ON kb_members (fact_id);

CREATE TABLE kb_fact_actors (
    actor    text    NOT NULL,
    fact_id  bigint  NOT NULL REFERENCES kb_facts (id) ON DELETE CASCADE,
    PRIMARY KEY (actor, fact_id)
);

CREATE INDEX kb_fact_actors_fact ON kb_fact_actors (fact_id);

CREATE TABLE kb_revisions (
    id       bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fact_id  bigint  NOT NULL,
    kind     text    NOT NULL,
    action   text    NOT NULL,
    anchors  text    NOT NULL DEFAULT '[]',
    changes  text    NOT NULL DEFAULT '{}',
    who      text    NOT NULL,
    at       text    NOT NULL,
    why      text
);

CREATE INDEX kb_revisions_fact ON kb_revisions (fact_id);
CREATE INDEX kb_revisions_decisions ON kb_revisions (id) WHERE action <> 'create';

CREATE TABLE kb_decision_keys (
    key          text    NOT NULL COLLATE "C",
    revision_id  bigint  NOT NULL REFERENCES kb_revisions (id) ON DELETE CASCADE,
    PRIMARY KEY (key, revision_id)
);

CREATE INDEX kb_decision_keys_revision ON kb_decision_keys (revision_id);

CREATE TABLE kb_applied (
    fact_id      bigint  NOT NULL REFERENCES kb_facts (id) ON DELETE CASCADE,
    revision_id  bigint  NOT NULL,
    PRIMARY KEY (fact_id, revision_id)
);

CREATE TABLE kb_anchor_snapshots (
    key        text  PRIMARY KEY COLLATE "C",
    kind       text  NOT NULL CHECK (kind IN ('e', 'a', 'f', 'p')),
    source     text  NOT NULL,
    page_date  text,
    data       text  NOT NULL
);

CREATE TABLE kb_group_terms (
    kind     text    NOT NULL,
    term     text    NOT NULL COLLATE "C",
    fact_id  bigint  NOT NULL,
    rep_key  text    NOT NULL COLLATE "C",
    PRIMARY KEY (kind, term, fact_id)
);

CREATE INDEX kb_group_terms_fact ON kb_group_terms (fact_id);
