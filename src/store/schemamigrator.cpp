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
};

} // namespace

int SchemaMigrator::latestVersion()
{
    return int(steps.size());
}

void SchemaMigrator::migrate(SqliteDatabase &db)
{
    int version = int(db.queryInt(QStringLiteral("PRAGMA user_version")));
    if (version > latestVersion())
        throw SqliteError(SQLITE_ERROR,
                          QStringLiteral("the library %1 has schema version %2, newer than this "
                                         "Scholia understands (%3); use a newer Scholia")
                              .arg(db.path())
                              .arg(version)
                              .arg(latestVersion()));
    while (version < latestVersion()) {
        SqliteTransaction transaction(db);
        db.execute(QString::fromUtf8(steps[size_t(version)]));
        ++version;
        db.execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace Scholia
