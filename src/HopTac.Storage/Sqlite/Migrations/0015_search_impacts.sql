-- An impact index beside pages_fts, so a search can rank the best pages of a frequent word without scoring every
-- page that holds it (FTS5's bm25 has no top-k: it scores every match). Kept by the page writer from the same folded
-- title and body it gives pages_fts (ImpactIndex), read by ImpactRanking with a threshold algorithm. See
-- docs/benchmarks.md, "Search at scale, session 11".
--
-- search_words: how many indexed pages hold each folded word (bm25's document frequency, which FTS5 would otherwise
-- count by reading the word's whole list on every query).
CREATE TABLE search_words (
    word   TEXT    PRIMARY KEY,
    pages  INTEGER NOT NULL
) WITHOUT ROWID;

-- One row per (word, page) whose weighted frequency (3 × in the title + in the body, bm25's column weights) is at
-- least 2 or whose page is at most 256 tokens long (ImpactIndex.ShortPage); the key orders a word's rows by frequency
-- then length, so the pages whose bm25 part for the word is above any threshold are a few index ranges. The rows left
-- out (a single body occurrence in a longer page) are bounded as a whole by that cut-off at query time.
CREATE TABLE search_impacts (
    word     TEXT    NOT NULL,
    freq     INTEGER NOT NULL,
    length   INTEGER NOT NULL,
    page_id  INTEGER NOT NULL,
    PRIMARY KEY (word, freq, length, page_id)
) WITHOUT ROWID;

-- Pages indexed before this migration are added by the store when it next opens (ImpactIndex.BackfillAsync, in
-- batches that each commit), from the lowest page id up; until the row is gone search ranks with FTS5 alone.
CREATE TABLE search_impacts_backfill (
    next_id  INTEGER NOT NULL,
    last_id  INTEGER NOT NULL
);

INSERT INTO search_impacts_backfill (next_id, last_id) SELECT 0, max(rowid) FROM pages_fts HAVING count(*) > 0;
