-- The comments table as tst_importedrows compares it: one line per comment, every column
-- but those an import legitimately sets differently from one library to the next.
--   id, thread_id, parent_id: row ids, chosen from what the library already holds; the
--     thread is named by its source kind and id, the parent by its source id instead.
--   text_save_id, first_save_id, missing_since_save_id: ids of thread_saves rows, the
--     same way; whether each is set is kept.
--   read_at: the time of the import; whether it is set is kept.
SELECT quote(t.source_kind) || ',' || quote(t.source_id) || ',' || quote(c.source_id) || ',' ||
       quote(p.source_id) || ',' || quote(c.position) || ',' || quote(c.sibling_index) || ',' ||
       quote(c.depth) || ',' || quote(c.author) || ',' || quote(c.created_at) || ',' ||
       quote(c.edited_at) || ',' || quote(c.was_edited) || ',' || quote(c.score) || ',' ||
       quote(c.state) || ',' || quote(c.more_count) || ',' || quote(c.in_latest_save) || ',' ||
       quote(c.url) || ',' || quote(c.body_html) || ',' || quote(c.body_text) || ',' ||
       quote(c.kept_after_removal) || ',' || (c.text_save_id IS NULL) || ',' ||
       (c.first_save_id IS NULL) || ',' || (c.missing_since_save_id IS NULL) || ',' ||
       (c.read_at IS NULL)
FROM comments c
JOIN threads t ON t.id = c.thread_id
LEFT JOIN comments p ON p.id = c.parent_id
ORDER BY t.source_kind, t.source_id, c.position
