-- 0014: leases on hosts, so that several crawler processes (`hoptac watch` twice, or `crawl --once` beside a watch)
-- can share one store. Only the holder of a host's lease fetches its URLs and ingests its received bodies, so no URL
-- is fetched twice at once and the per-host delay, kept by the holder, holds across processes. A lease is renewed
-- while its holder works and lapses at `until` when the holder dies; `holder` names the machine, process and crawler.

CREATE TABLE crawl_host_leases (
    host    TEXT NOT NULL PRIMARY KEY,
    holder  TEXT NOT NULL,
    until   TEXT NOT NULL
) STRICT, WITHOUT ROWID;
