-- 0009: the search vectors of the indexed pages in a narrow table of their own. A search counts and windows every
-- match of its words, and PostgreSQL visits the heap row of each match the GIN index gives (visibility, the id): in
-- `pages` a row is about 2 kB, three to a block, so "hợp tác đầu tư" on 105k pages visited 11,565 blocks (0.5-0.9 s under
-- load). Here a row is the page id and two pointers into TOAST (toast_tuple_target 128 moves every vector out of
-- line), about a hundred to a block. The vectors stay in `pages` as well (the writer and `hoptac copy` keep them there;
-- a copy promoted to searchable is a flip of is_indexed), and triggers keep this table equal to the indexed pages:
-- a row while is_indexed, none otherwise; a deleted page's row goes with it.

CREATE TABLE page_search (
    page_id  bigint    PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    folded   tsvector  NOT NULL,
    marked   tsvector  NOT NULL
) WITH (toast_tuple_target = 128);

INSERT INTO page_search (page_id, folded, marked)
SELECT id, folded, coalesce(marked, ''::tsvector) FROM pages WHERE is_indexed AND folded IS NOT NULL;

CREATE INDEX page_search_folded ON page_search USING gin (folded);
CREATE INDEX page_search_marked ON page_search USING gin (marked);
DROP INDEX pages_folded;
DROP INDEX pages_marked;

CREATE FUNCTION page_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.is_indexed AND NEW.folded IS NOT NULL THEN
        INSERT INTO page_search (page_id, folded, marked) VALUES (NEW.id, NEW.folded, coalesce(NEW.marked, ''::tsvector))
        ON CONFLICT (page_id) DO UPDATE SET folded = EXCLUDED.folded, marked = EXCLUDED.marked;
    ELSE
        DELETE FROM page_search WHERE page_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER pages_search_insert AFTER INSERT ON pages
    FOR EACH ROW WHEN (NEW.is_indexed) EXECUTE FUNCTION page_search_sync();
CREATE TRIGGER pages_search_update AFTER UPDATE OF is_indexed, folded, marked ON pages
    FOR EACH ROW WHEN (OLD.is_indexed IS DISTINCT FROM NEW.is_indexed OR OLD.folded IS DISTINCT FROM NEW.folded
                       OR OLD.marked IS DISTINCT FROM NEW.marked)
    EXECUTE FUNCTION page_search_sync();
