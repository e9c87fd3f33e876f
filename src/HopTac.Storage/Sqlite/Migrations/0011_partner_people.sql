-- 0011: a partner's people by index (issue 16). The partner page lists the people whose current country is the
-- partner; without this index every person fact of the store was read and its JSON parsed on each first visit.
-- The expression is the one KnowledgeReads.GetPartnerAsync filters on, and SQLite keeps the index up to date on
-- every write of kb_facts, so no writer has to know about it.
CREATE INDEX kb_facts_person_country ON kb_facts (json_extract(fields, '$.country')) WHERE kind = 'p';
