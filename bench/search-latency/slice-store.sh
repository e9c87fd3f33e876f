#!/usr/bin/env bash
# A smaller store cut from a large one, to see how a search's cost grows with the store's size on the same pages:
# the first PAGES pages (by id) of STORE, with both search indexes rebuilt on them and the other pages' rows and fact
# rows (which the facets read) deleted. The knowledge-base tables are left as they are (search does not read them).
# Usage: bench/search-latency/slice-store.sh STORE.db PAGES OUT.db      (STORE is only read; OUT is overwritten)
set -euo pipefail
store="$1"
n="$2"
out="$3"
[[ "$n" =~ ^[0-9]+$ ]] || { echo "slice-store: PAGES must be a number" >&2; exit 1; }
cp "$store" "$out"
sqlite3 "$out" <<SQL
PRAGMA journal_mode = off;
PRAGMA synchronous = off;
CREATE TEMP TABLE keep AS SELECT rowid AS id, title, body FROM pages_fts WHERE rowid <= $n;
DROP TABLE pages_fts;
CREATE VIRTUAL TABLE pages_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO pages_fts (rowid, title, body) SELECT id, title, body FROM keep;
DROP TABLE pages_marked_fts;
DELETE FROM pages WHERE id > $n;
DELETE FROM events WHERE page_id > $n;
DELETE FROM event_actors WHERE event_id NOT IN (SELECT id FROM events);
DELETE FROM event_participants WHERE event_id NOT IN (SELECT id FROM events);
DELETE FROM agreements WHERE page_id > $n;
DELETE FROM page_areas WHERE page_id > $n;
DELETE FROM people WHERE page_id > $n;
DELETE FROM organizations WHERE page_id > $n;
DELETE FROM figures WHERE page_id > $n;
CREATE VIRTUAL TABLE pages_marked_fts USING fts5 (title, text, content = 'pages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO pages_marked_fts (rowid, title, text) SELECT id, title, text FROM pages WHERE is_indexed = 1;
VACUUM;
SQL
echo "$out: $(du -m "$out" | cut -f1) MB, $(sqlite3 "$out" 'SELECT count(*) FROM pages_fts') indexed pages"
