-- 0002: events, their participants, agreements and areas of a page version, with the links between them.
-- Participants link to the page's people rows by name where the page names them; an agreement links to the signing
-- event of the same page that reports it (same evidence sentence, or the page's only signing on a compatible date).

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    page_id         INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    date            TEXT,
    place           TEXT,
    actors          TEXT    NOT NULL DEFAULT '[]',
    evidence        TEXT    NOT NULL,
    evidence_start  INTEGER NOT NULL,
    UNIQUE (page_id, ordinal)
) STRICT;

CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);

CREATE TABLE event_participants (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    person_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
    PRIMARY KEY (event_id, ordinal)
) STRICT;

CREATE INDEX event_participants_person ON event_participants (person_id);

-- Actors of events and agreements, one row each, so partner views can filter with an index.
CREATE TABLE event_actors (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor     TEXT    NOT NULL,
    PRIMARY KEY (event_id, actor)
) STRICT;

CREATE INDEX event_actors_actor ON event_actors (actor);

CREATE TABLE agreements (
    id              INTEGER PRIMARY KEY,
    page_id         INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    date            TEXT,
    period          TEXT,
    actors          TEXT    NOT NULL DEFAULT '[]',
    event_id        INTEGER REFERENCES events (id) ON DELETE SET NULL,
    evidence        TEXT    NOT NULL,
    evidence_start  INTEGER NOT NULL,
    UNIQUE (page_id, ordinal)
) STRICT;

CREATE INDEX agreements_type ON agreements (type);

CREATE TABLE page_areas (
    page_id  INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    area     TEXT    NOT NULL,
    PRIMARY KEY (page_id, area)
) STRICT;

CREATE INDEX page_areas_area ON page_areas (area);
