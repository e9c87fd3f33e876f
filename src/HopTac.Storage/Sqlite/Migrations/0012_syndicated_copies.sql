-- 0012: near-duplicate syndicated copies (issue 18). One row per page version whose text is long enough for a
-- signature (Syndication/TextFingerprint: MinHash of folded three-word shingles, 64 minimums of 4 bytes).
-- original_id is the page this version is a copy of (a current page of another source, itself an original, of
-- estimated resemblance 0.8 or more), or the page itself when it is an original. A copy's facts are not
-- consolidated: the story counts once in the knowledge base, from its original. The bands index the lookup.

CREATE TABLE page_fingerprints (
    page_id      INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    signature    BLOB    NOT NULL,
    original_id  INTEGER NOT NULL
) STRICT;

CREATE INDEX page_fingerprints_original ON page_fingerprints (original_id);

-- One row per band of a signature: pages sharing a band key are the candidates compared in full.
CREATE TABLE page_fingerprint_bands (
    band     INTEGER NOT NULL,
    page_id  INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    PRIMARY KEY (band, page_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX page_fingerprint_bands_page ON page_fingerprint_bands (page_id);
