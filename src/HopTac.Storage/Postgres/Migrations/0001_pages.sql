-- 0001: sources, page versions, their fact rows and the search vectors (the SQLite store's 0001, 0002 and 0008 in one).
-- Runs inside one transaction opened by PostgresMigrator. Dates stay ISO text as the product writes them (partial
-- dates such as "2024-05" have no PostgreSQL type); published_first/last are the days a page's publication date
-- covers (PartialDate), so date filters are index-friendly comparisons by the product's own rule.

CREATE TABLE sources (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source      text    NOT NULL UNIQUE,
    created_at  text    NOT NULL
);

-- One row per stored version of a source; at most one current version per source (partial unique index below).
-- is_indexed: the page's words are searchable (current, and the first current page holding its content).
-- folded: title (weight A) and text (weight D) as the product folds them (VietnameseText.Fold: marks stripped, đ to d,
-- lower case), tokenised by the product's own tokenizer (FoldedTokens) and written as a tsvector literal, so search
-- agrees word for word with the SQLite store and with the highlights; marked: the same words with their marks kept.
-- Every current page keeps its vectors (a copy of another page's content is promoted by flipping is_indexed);
-- old versions drop them.
CREATE TABLE pages (
    id               bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id        bigint   NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    version          integer  NOT NULL CHECK (version >= 1),
    content_hash     text     NOT NULL,
    ingested_at      text     NOT NULL,
    title            text,
    published        text,
    published_first  date,
    published_last   date,
    authors          text     NOT NULL DEFAULT '[]',
    text             text     NOT NULL,
    encoding         text,
    relevant         boolean  NOT NULL DEFAULT false,
    record_json      text     NOT NULL,
    is_current       boolean  NOT NULL DEFAULT false,
    is_indexed       boolean  NOT NULL DEFAULT false,
    folded           tsvector,
    marked           tsvector,
    UNIQUE (source_id, version)
);

CREATE UNIQUE INDEX pages_one_current_per_source ON pages (source_id) WHERE is_current;
CREATE INDEX pages_content_hash ON pages (content_hash);
CREATE INDEX pages_published ON pages (published) WHERE is_current;
CREATE INDEX pages_folded ON pages USING gin (folded) WHERE is_indexed;
CREATE INDEX pages_marked ON pages USING gin (marked) WHERE is_indexed;

CREATE TABLE people (
    id              bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id         bigint   NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         integer  NOT NULL,
    name            text     NOT NULL,
    title           text,
    country         text,
    evidence        text     NOT NULL,
    evidence_start  integer  NOT NULL,
    UNIQUE (page_id, ordinal)
);

CREATE INDEX people_name ON people (name);

CREATE TABLE organizations (
    id              bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id         bigint   NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         integer  NOT NULL,
    name            text     NOT NULL,
    country         text,
    evidence        text     NOT NULL,
    evidence_start  integer  NOT NULL,
    UNIQUE (page_id, ordinal)
);

CREATE INDEX organizations_name ON organizations (name);

-- value: the decimal as invariant text, as in the SQLite store (the record's own representation round-trips).
CREATE TABLE figures (
    id              bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id         bigint   NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         integer  NOT NULL,
    value           text     NOT NULL,
    unit            text     NOT NULL,
    per             text,
    text            text     NOT NULL,
    evidence        text     NOT NULL,
    evidence_start  integer  NOT NULL,
    UNIQUE (page_id, ordinal)
);

CREATE TABLE events (
    id              bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id         bigint   NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         integer  NOT NULL,
    type            text     NOT NULL,
    date            text,
    place           text,
    actors          text     NOT NULL DEFAULT '[]',
    evidence        text     NOT NULL,
    evidence_start  integer  NOT NULL,
    UNIQUE (page_id, ordinal)
);

CREATE INDEX events_page ON events (page_id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);

CREATE TABLE event_participants (
    event_id   bigint   NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal    integer  NOT NULL,
    name       text     NOT NULL,
    person_id  bigint   REFERENCES people (id) ON DELETE SET NULL,
    PRIMARY KEY (event_id, ordinal)
);

CREATE INDEX event_participants_person ON event_participants (person_id);

CREATE TABLE event_actors (
    event_id  bigint  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor     text    NOT NULL,
    PRIMARY KEY (event_id, actor)
);

CREATE INDEX event_actors_actor ON event_actors (actor);

CREATE TABLE agreements (
    id              bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id         bigint   NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         integer  NOT NULL,
    type            text     NOT NULL,
    title           text     NOT NULL,
    date            text,
    period          text,
    actors          text     NOT NULL DEFAULT '[]',
    event_id        bigint   REFERENCES events (id) ON DELETE SET NULL,
    evidence        text     NOT NULL,
    evidence_start  integer  NOT NULL,
    UNIQUE (page_id, ordinal)
);

CREATE INDEX agreements_page ON agreements (page_id);
CREATE INDEX agreements_type ON agreements (type);

CREATE TABLE page_areas (
    page_id  bigint  NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    area     text    NOT NULL,
    PRIMARY KEY (page_id, area)
);

CREATE INDEX page_areas_area ON page_areas (area);
