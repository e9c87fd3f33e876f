-- 0004: near-duplicate syndicated copies (issue 18), as the SQLite store's 0012. One row per page version whose text
-- is long enough for a signature (Syndication/TextFingerprint); original_id is the page this version is a copy of,
-- or the page itself when it is an original. A copy's facts are not consolidated. The bands index the lookup.

CREATE TABLE page_fingerprints (
    page_id      bigint  PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    signature    bytea   NOT NULL,
    original_id  bigint  NOT NULL
);

CREATE INDEX page_fingerprints_original ON page_fingerprints (original_id);

CREATE TABLE page_fingerprint_bands (
    band     bigint  NOT NULL,
    page_id  bigint  NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    PRIMARY KEY (band, page_id)
);

CREATE INDEX page_fingerprint_bands_page ON page_fingerprint_bands (page_id);
