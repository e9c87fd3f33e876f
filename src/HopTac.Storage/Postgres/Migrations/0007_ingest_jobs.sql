-- 0007: the ingest job table shared by `hoptac worker` processes (no SQLite twin: a SQLite file has one writer, and
-- its ingest reads pages on several threads in one process). A job is one page's bytes as read from a file or a
-- JSON Lines line; workers claim the oldest open jobs with FOR UPDATE SKIP LOCKED under a lease (lease_until, the
-- server's clock, so machines' clocks do not matter), renew it while they work, and mark a job done in the same
-- transaction that stores its page, so a page is never stored without its job closing nor a job closed without its
-- page. A worker that dies leaves its jobs claimed; they are claimed again once the lease has expired. The bytes are
-- dropped when the job is finished; the row stays as the record of what happened to the page.

CREATE TABLE ingest_jobs (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch        text         NOT NULL,
    source       text         NOT NULL,
    kind         text         NOT NULL,
    content      bytea,
    published    text,
    charset      text,
    state        text         NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'claimed', 'done', 'rejected', 'failed')),
    worker       text,
    lease_until  timestamptz,
    attempts     integer      NOT NULL DEFAULT 0,
    page_id      bigint,
    outcome      text,
    reason       text,
    enqueued_at  timestamptz  NOT NULL DEFAULT clock_timestamp(),
    finished_at  timestamptz
);

-- Claims walk the open jobs in id order; finished jobs leave this index.
CREATE INDEX ingest_jobs_open ON ingest_jobs (id) WHERE state IN ('queued', 'claimed');
CREATE INDEX ingest_jobs_batch ON ingest_jobs (batch, state);
