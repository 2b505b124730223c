#include "schemamigrator.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitetransaction.h"

#include <sqlite3.h>

#include <array>

namespace Scholia {

namespace {

// Version N is reached by running steps[N - 1]. Never edit a released step: add one.
constexpr std::array steps = {
    // v1: threads, comments in pre-order, annotations with W3C-style selectors, tags,
    // notes, and a full-text index over comment text kept in sync by triggers.
    R"sql(
CREATE TABLE threads (
    id            INTEGER PRIMARY KEY,
    source_kind   TEXT NOT NULL,
    source_id     TEXT NOT NULL,
    url           TEXT,
    site          TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT '',
    created_at    INTEGER,
    score         INTEGER,
    link_url      TEXT,
    body_html     TEXT NOT NULL DEFAULT '',
    body_text     TEXT NOT NULL DEFAULT '',
    comment_count INTEGER NOT NULL DEFAULT 0,
    imported_at   INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (source_kind, source_id)
);

CREATE TABLE comments (
    id             INTEGER PRIMARY KEY,
    thread_id      INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    source_id      TEXT NOT NULL,
    parent_id      INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    sibling_index  INTEGER NOT NULL,
    depth          INTEGER NOT NULL,
    author         TEXT NOT NULL DEFAULT '',
    created_at     INTEGER,
    edited_at      INTEGER,
    was_edited     INTEGER NOT NULL DEFAULT 0,
    score          INTEGER,
    state          INTEGER NOT NULL DEFAULT 0,
    more_count     INTEGER,
    in_latest_save INTEGER NOT NULL DEFAULT 1,
    url            TEXT,
    body_html      TEXT NOT NULL DEFAULT '',
    body_text      TEXT NOT NULL DEFAULT '',
    UNIQUE (thread_id, source_id)
);
CREATE INDEX comments_by_position ON comments(thread_id, position);
CREATE INDEX comments_by_parent ON comments(parent_id);

CREATE TABLE annotations (
    id                INTEGER PRIMARY KEY,
    thread_id         INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    comment_source_id TEXT NOT NULL,
    start_offset      INTEGER,
    end_offset        INTEGER,
    exact             TEXT,
    prefix            TEXT,
    suffix            TEXT,
    color             TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    anchor_state      INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
    CHECK (start_offset IS NULL OR (0 <= start_offset AND start_offset <= end_offset))
);
CREATE INDEX annotations_by_comment ON annotations(thread_id, comment_source_id);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL
);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id);

CREATE TABLE thread_tags (
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (thread_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX thread_tags_by_tag ON thread_tags(tag_id);

CREATE TABLE thread_notes (
    thread_id  INTEGER PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
    markdown   TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE VIRTUAL TABLE comments_fts USING fts5(
    body_text, content='comments', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comments_fts(rowid, body_text) VALUES (new.id, new.body_text);
END;
CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
    INSERT INTO comments_fts(comments_fts, rowid, body_text) VALUES ('delete', old.id, old.body_text);
END;
CREATE TRIGGER comments_fts_update AFTER UPDATE OF body_text ON comments
WHEN old.body_text IS NOT new.body_text BEGIN
    INSERT INTO comments_fts(comments_fts, rowid, body_text) VALUES ('delete', old.id, old.body_text);
    INSERT INTO comments_fts(rowid, body_text) VALUES (new.id, new.body_text);
END;
)sql",

    // v2: how the reader left each thread: collapsed comments and the focused one.
    R"sql(
CREATE TABLE thread_view_state (
    thread_id  INTEGER PRIMARY KEY REFERENCES threads(id) ON DELETE CASCADE,
    collapsed  TEXT NOT NULL DEFAULT '[]',
    focused    TEXT,
    updated_at INTEGER NOT NULL
);
)sql",

    // v3: the library-wide search (issue 6). Four external-content FTS5 indexes, one per
    // table that holds searchable text, each kept in sync by triggers so that every write
    // path (ThreadStore::saveThreads, deleteThread, AnnotationStore, ThreadNotesStore)
    // updates it inside its own transaction without knowing about it:
    //   comments_fts      comments(body_text, author): recreated, v1's had no author;
    //   threads_fts       threads(title, author, body_text);
    //   thread_notes_fts  thread_notes(markdown), rowid = thread_id;
    //   annotations_fts   annotations(exact, note).
    // Why not one table for threads and their notes: an external-content index must read
    // one table, and a view joining the two would have to delete the exact old values
    // from triggers on both tables, including during the cascade of a thread's deletion;
    // one index per table keeps every trigger trivially right. The search unions them.
    // Update triggers fire only when an indexed column really changed: a re-import
    // rewrites every comment row, and most of them are unchanged.
    // comments_fts keeps prefix indexes of 2 and 3 characters: without them "th*" merges
    // the doclists of every term starting so before the first row; with them it reads one
    // doclist, newest row first, like a word (first page of "th*" over 1 000 000
    // comments, same load: 536 ms → 55 ms, 24 ms on a quiet machine; "the*" over 100 000:
    // 26 ms → 1 ms). The price, measured on 100 000 generated comments: indexing
    // 9.6 → 18 µs a comment, the index 176 → 397 bytes a comment (+23% for the whole
    // bench library); one-character prefixes are refused by SearchQueryParser.
    // No trigram index: every query of the language (words, phrases, prefixes) is served
    // by the word index and its prefix indexes within the budget measured by
    // tests/bench/benchsearch.cpp; trigrams would only add infix matching ("ecto" in
    // "vectors"), which the language does not offer, at an index entry per character.
    // Every object is dropped IF EXISTS first: a file that says version 1 or 2 but already
    // has some of them (copied back, or faked by a test) migrates too — the indexes are
    // rebuilt from the tables anyway.
    R"sql(
DROP TRIGGER IF EXISTS comments_fts_insert;
DROP TRIGGER IF EXISTS comments_fts_delete;
DROP TRIGGER IF EXISTS comments_fts_update;
DROP TABLE IF EXISTS comments_fts;
DROP TRIGGER IF EXISTS threads_fts_insert;
DROP TRIGGER IF EXISTS threads_fts_delete;
DROP TRIGGER IF EXISTS threads_fts_update;
DROP TABLE IF EXISTS threads_fts;
DROP TRIGGER IF EXISTS thread_notes_fts_insert;
DROP TRIGGER IF EXISTS thread_notes_fts_delete;
DROP TRIGGER IF EXISTS thread_notes_fts_update;
DROP TABLE IF EXISTS thread_notes_fts;
DROP TRIGGER IF EXISTS annotations_fts_insert;
DROP TRIGGER IF EXISTS annotations_fts_delete;
DROP TRIGGER IF EXISTS annotations_fts_update;
DROP TABLE IF EXISTS annotations_fts;

CREATE VIRTUAL TABLE comments_fts USING fts5(
    body_text, author, content='comments', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comments_fts(rowid, body_text, author) VALUES (new.id, new.body_text, new.author);
END;
CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
    INSERT INTO comments_fts(comments_fts, rowid, body_text, author)
        VALUES ('delete', old.id, old.body_text, old.author);
END;
CREATE TRIGGER comments_fts_update AFTER UPDATE OF body_text, author ON comments
WHEN old.body_text IS NOT new.body_text OR old.author IS NOT new.author BEGIN
    INSERT INTO comments_fts(comments_fts, rowid, body_text, author)
        VALUES ('delete', old.id, old.body_text, old.author);
    INSERT INTO comments_fts(rowid, body_text, author) VALUES (new.id, new.body_text, new.author);
END;
INSERT INTO comments_fts(comments_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE threads_fts USING fts5(
    title, author, body_text, content='threads', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER threads_fts_insert AFTER INSERT ON threads BEGIN
    INSERT INTO threads_fts(rowid, title, author, body_text)
        VALUES (new.id, new.title, new.author, new.body_text);
END;
CREATE TRIGGER threads_fts_delete AFTER DELETE ON threads BEGIN
    INSERT INTO threads_fts(threads_fts, rowid, title, author, body_text)
        VALUES ('delete', old.id, old.title, old.author, old.body_text);
END;
CREATE TRIGGER threads_fts_update AFTER UPDATE OF title, author, body_text ON threads
WHEN old.title IS NOT new.title OR old.author IS NOT new.author
     OR old.body_text IS NOT new.body_text BEGIN
    INSERT INTO threads_fts(threads_fts, rowid, title, author, body_text)
        VALUES ('delete', old.id, old.title, old.author, old.body_text);
    INSERT INTO threads_fts(rowid, title, author, body_text)
        VALUES (new.id, new.title, new.author, new.body_text);
END;
INSERT INTO threads_fts(threads_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE thread_notes_fts USING fts5(
    markdown, content='thread_notes', content_rowid='thread_id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER thread_notes_fts_insert AFTER INSERT ON thread_notes BEGIN
    INSERT INTO thread_notes_fts(rowid, markdown) VALUES (new.thread_id, new.markdown);
END;
CREATE TRIGGER thread_notes_fts_delete AFTER DELETE ON thread_notes BEGIN
    INSERT INTO thread_notes_fts(thread_notes_fts, rowid, markdown)
        VALUES ('delete', old.thread_id, old.markdown);
END;
CREATE TRIGGER thread_notes_fts_update AFTER UPDATE OF markdown ON thread_notes
WHEN old.markdown IS NOT new.markdown BEGIN
    INSERT INTO thread_notes_fts(thread_notes_fts, rowid, markdown)
        VALUES ('delete', old.thread_id, old.markdown);
    INSERT INTO thread_notes_fts(rowid, markdown) VALUES (new.thread_id, new.markdown);
END;
INSERT INTO thread_notes_fts(thread_notes_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE annotations_fts USING fts5(
    exact, note, content='annotations', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, note)
        VALUES ('delete', old.id, old.exact, old.note);
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF exact, note ON annotations
WHEN old.exact IS NOT new.exact OR old.note IS NOT new.note BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, note)
        VALUES ('delete', old.id, old.exact, old.note);
    INSERT INTO annotations_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;
INSERT INTO annotations_fts(annotations_fts) VALUES ('rebuild');
)sql",
    // v4: what a save lacks (SaveGaps), kept with its thread so that the library list, the
    // view, the exports and `is:incomplete` can say that a save is partial. Threads saved
    // before knew only their "more" placeholders (comments.more_count): a counted stub is
    // that many missing comments, a stub of 0 an uncounted gap; that is all the earlier
    // save recorded, so it is all that is filled in.
    R"sql(
ALTER TABLE threads ADD COLUMN missing_comments INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN uncounted_gaps INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN site_total INTEGER;
UPDATE threads SET
    missing_comments = (SELECT coalesce(sum(c.more_count), 0) FROM comments c
                        WHERE c.thread_id = threads.id AND c.more_count > 0),
    uncounted_gaps = (SELECT count(*) FROM comments c
                      WHERE c.thread_id = threads.id AND c.more_count = 0);
)sql",
    // v5: arguments (issue 16). Every annotation gets a uuid, so that it keeps one identity
    // in every library it is exchanged with as a W3C Web Annotation (urn:uuid:…) and an
    // import can tell it again; existing rows get random (version 4) ones here, new ones
    // get theirs from AnnotationStore, and the trigger fills in any other writer's row.
    // annotation_links holds the typed links between annotations (one claim rebuts
    // another, …), within a thread or across threads; a link goes with either end.
    R"sql(
ALTER TABLE annotations ADD COLUMN uuid TEXT;
UPDATE annotations SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX annotations_by_uuid ON annotations(uuid);
CREATE TRIGGER annotations_uuid_filled AFTER INSERT ON annotations WHEN new.uuid IS NULL BEGIN
    UPDATE annotations SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2)))
        || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
        || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
        || lower(hex(randomblob(6)))
    WHERE id = new.id;
END;

CREATE TABLE annotation_links (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    from_annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    to_annotation_id   INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    kind               TEXT NOT NULL
                       CHECK (kind IN ('supports', 'rebuts', 'asks', 'answers', 'same-point')),
    note               TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    CHECK (from_annotation_id <> to_annotation_id),
    UNIQUE (from_annotation_id, to_annotation_id, kind)
);
CREATE INDEX annotation_links_by_target ON annotation_links(to_annotation_id);
)sql",
    // v6: versions and read state (issue 18). A re-import no longer replaces the words the
    // reader read: every saveThreads of a thread is a row of thread_saves, each comment
    // knows the save its text came from (text_save_id), the one it first appeared in and
    // the one since which it is missing (in_latest_save = 0), and a trigger keeps the text
    // a write replaces in comment_versions, so that no code path can lose one. A changed
    // text is unread again and belongs to the new save (the latest of its thread, written
    // before its comments). Only a changed text makes a version: a re-sanitized HTML with
    // the same words is the same text. kept_after_removal marks a comment the site now
    // shows removed or deleted whose text is its last one from an earlier save
    // (ThreadMerger keeps it): the state turned from normal while the text stayed.
    // threads.seen_save_id is the save the reader has visited up to; new_count and
    // unread_count are kept per thread (ThreadStore, ReadStateStore) so that the library
    // list does not count millions of comment rows. The save columns of comments are plain
    // integers, not foreign keys: they go with their thread anyway.
    // Existing threads get one save at their updated_at, their comments its texts, and
    // their comments count as read: a library from before v6 kept no read state, and
    // calling every comment of every old thread unread would bury what is really new.
    R"sql(
CREATE TABLE thread_saves (
    id            INTEGER PRIMARY KEY,
    thread_id     INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    saved_at      INTEGER NOT NULL,
    comment_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX thread_saves_by_thread ON thread_saves(thread_id, id);

ALTER TABLE comments ADD COLUMN text_save_id INTEGER;
ALTER TABLE comments ADD COLUMN first_save_id INTEGER;
ALTER TABLE comments ADD COLUMN missing_since_save_id INTEGER;
ALTER TABLE comments ADD COLUMN kept_after_removal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN read_at INTEGER;
ALTER TABLE threads ADD COLUMN seen_save_id INTEGER;
ALTER TABLE threads ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN new_count INTEGER NOT NULL DEFAULT 0;

CREATE TABLE comment_versions (
    id         INTEGER PRIMARY KEY,
    comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
    save_id    INTEGER,
    state      INTEGER NOT NULL DEFAULT 0,
    edited_at  INTEGER,
    body_html  TEXT NOT NULL DEFAULT '',
    body_text  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comment_versions_by_comment ON comment_versions(comment_id, id);

CREATE TRIGGER comment_text_replaced AFTER UPDATE OF body_text ON comments
WHEN old.body_text IS NOT new.body_text BEGIN
    INSERT INTO comment_versions (comment_id, save_id, state, edited_at, body_html, body_text)
        VALUES (old.id, old.text_save_id, old.state, old.edited_at, old.body_html, old.body_text);
    UPDATE comments SET read_at = NULL, kept_after_removal = 0,
        text_save_id = (SELECT max(s.id) FROM thread_saves s WHERE s.thread_id = new.thread_id)
    WHERE id = new.id;
END;
CREATE TRIGGER comment_text_kept_after_removal AFTER UPDATE OF state ON comments
WHEN old.state IS NOT new.state AND old.body_text IS new.body_text BEGIN
    UPDATE comments SET kept_after_removal = (new.state <> 0 AND old.state = 0 AND new.body_text <> '')
                                             OR (new.state <> 0 AND old.kept_after_removal)
    WHERE id = new.id;
END;

INSERT INTO thread_saves (thread_id, saved_at, comment_count)
    SELECT id, updated_at, comment_count FROM threads ORDER BY id;
UPDATE threads SET seen_save_id = (SELECT s.id FROM thread_saves s WHERE s.thread_id = threads.id);
UPDATE comments SET
    text_save_id = (SELECT t.seen_save_id FROM threads t WHERE t.id = comments.thread_id),
    first_save_id = (SELECT t.seen_save_id FROM threads t WHERE t.id = comments.thread_id),
    missing_since_save_id = CASE WHEN in_latest_save THEN NULL ELSE
        (SELECT t.seen_save_id FROM threads t WHERE t.id = comments.thread_id) END,
    read_at = (SELECT t.updated_at FROM threads t WHERE t.id = comments.thread_id);
)sql",
    // v7: a comment's words enter comments_fts once its thread's rows are written, in one
    // statement per thread (ThreadStore::indexNewComments), not from a trigger at each
    // insert (issue 17). Rows inserted by a multi-row statement made FTS5 write a segment
    // per statement and merge them; indexing the thread's new rows at once writes one
    // (-36 % of FTS5's instructions on an import, measured on a replica). Updates and
    // deletes keep their triggers: they touch rows already indexed, and a search must
    // never find words a comment no longer holds. Whatever inserts comment rows must
    // index them: ThreadStore is the only code that does.
    R"sql(
DROP TRIGGER IF EXISTS comments_fts_insert;
)sql",
    // v8: what the search's filters need without reading each match's comment row
    // (issue 17). An annotation keeps the row id of the comment it is on (NULL while that
    // comment is not in the library), so is:annotated lists the annotated comments from
    // the annotations alone and an annotation's comment is one row-id read; the triggers
    // keep it in step as annotations are added or moved and comments deleted, and
    // ThreadStore::indexNewComments links the annotations waiting for a thread's new rows
    // (a trigger at each comment insert would cost every import). threads_fts gets the
    // prefix indexes comments_fts has: th* merged the rows of every "th…" term of 100 000
    // threads, twice per search.
    R"sql(
ALTER TABLE annotations ADD COLUMN comment_id INTEGER;
UPDATE annotations SET comment_id = (SELECT c.id FROM comments c
    WHERE c.thread_id = annotations.thread_id AND c.source_id = annotations.comment_source_id);
CREATE INDEX annotations_by_comment_id ON annotations(comment_id);
CREATE TRIGGER annotations_comment_linked AFTER INSERT ON annotations BEGIN
    UPDATE annotations SET comment_id = (SELECT c.id FROM comments c
        WHERE c.thread_id = new.thread_id AND c.source_id = new.comment_source_id)
    WHERE id = new.id;
END;
CREATE TRIGGER annotations_comment_moved AFTER UPDATE OF thread_id, comment_source_id
ON annotations BEGIN
    UPDATE annotations SET comment_id = (SELECT c.id FROM comments c
        WHERE c.thread_id = new.thread_id AND c.source_id = new.comment_source_id)
    WHERE id = new.id;
END;
CREATE TRIGGER comments_annotations_unlinked AFTER DELETE ON comments BEGIN
    UPDATE annotations SET comment_id = NULL WHERE comment_id = old.id;
END;

-- The triggers that keep threads_fts in step (v3) name it only: they stay as they are.
DROP TABLE IF EXISTS threads_fts;
CREATE VIRTUAL TABLE threads_fts USING fts5(
    title, author, body_text, content='threads', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
INSERT INTO threads_fts(threads_fts) VALUES ('rebuild');
)sql",
};
} // namespace

int SchemaMigrator::latestVersion()
{
    return int(steps.size());
}

void SchemaMigrator::migrate(SqliteDatabase &db,
                             const std::function<void(int toVersion)> &beforeUpgrade)
{
    int version = int(db.queryInt(QStringLiteral("PRAGMA user_version")));
    if (version > latestVersion())
        throw SqliteError(SQLITE_ERROR,
                          QStringLiteral("the library %1 has schema version %2, newer than this "
                                         "Scholia understands (%3); use a newer Scholia")
                              .arg(db.path())
                              .arg(version)
                              .arg(latestVersion()));
    if (version >= 1 && version < latestVersion() && beforeUpgrade)
        beforeUpgrade(latestVersion());
    while (version < latestVersion()) {
        SqliteTransaction transaction(db);
        // Two processes opening a new library at once (the window and `scholia list`): the
        // one that waited for the write lock finds the steps done by the other.
        version = int(db.queryInt(QStringLiteral("PRAGMA user_version")));
        if (version >= latestVersion())
            break;
        db.execute(QString::fromUtf8(steps[size_t(version)]));
        ++version;
        db.execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace Scholia
