-- 0005: the knowledge base's read models on PostgreSQL (the SQLite store's 0011). A partner's people are the person
-- facts whose current country is the partner's code: an expression index on that field of the fields JSON, so the
-- partner page reads them by index rather than scanning every person.

CREATE INDEX kb_facts_person_country ON kb_facts (((fields::jsonb) ->> 'country')) WHERE kind = 'p';
