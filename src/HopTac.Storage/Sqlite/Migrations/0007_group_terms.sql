-- 0007: ingest cost that does not grow with the store (issue 14). A mention whose block is too large to re-cluster
-- in full (every "Trump", every yearless event of the US) is placed incrementally: it is compared with the groups
-- filed under its lookup terms, through one representative member per group and term, instead of with every mention
-- of the block. This is that index of groups: the lookup terms of kb_mention_terms (and '=' and the identity key of
-- people, who are looked up by it) by consolidated fact. rep_key is a member of the fact carrying the term when the
-- row was written; a row whose rep_key left the fact is ignored, and is rewritten with the fact.
CREATE TABLE kb_group_terms (
    kind     TEXT    NOT NULL,
    term     TEXT    NOT NULL,
    fact_id  INTEGER NOT NULL,
    rep_key  TEXT    NOT NULL,
    PRIMARY KEY (kind, term, fact_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX kb_group_terms_fact ON kb_group_terms (fact_id);

INSERT OR IGNORE INTO kb_group_terms (kind, term, fact_id, rep_key)
SELECT t.kind, t.term, b.fact_id, min(t.key) FROM kb_mention_terms t JOIN kb_members b ON b.mention_key = t.key
GROUP BY t.kind, t.term, b.fact_id;

INSERT OR IGNORE INTO kb_group_terms (kind, term, fact_id, rep_key)
SELECT 'p', '=' || m.type, b.fact_id, min(m.key) FROM kb_mentions m JOIN kb_members b ON b.mention_key = m.key
WHERE m.kind = 'p' AND m.type IS NOT NULL
GROUP BY m.type, b.fact_id;
