-- The words of indexed pages as written (lower-cased by the tokenizer, marks kept), beside the folded pages_fts:
-- search folds marks for recall, and this index tells which matches carry the marks the user typed ("Nga" above
-- "ngã") and lets a quoted phrase typed with marks require them. External content (pages.title, pages.text): the
-- index holds no second copy of the text. Rows are added and deleted with pages_fts (is_indexed pages only).
CREATE VIRTUAL TABLE pages_marked_fts USING fts5 (
    title,
    text,
    content = 'pages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

INSERT INTO pages_marked_fts (rowid, title, text) SELECT id, title, text FROM pages WHERE is_indexed = 1;
