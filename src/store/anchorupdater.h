#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Scholia {

class SqliteDatabase;
struct Comment;

// Keeps a thread's annotations on their passages while ThreadStore rewrites the
// thread's comments. It works inside the save's transaction (a cancelled or failed
// save takes the re-anchoring back with it), throws SqliteError, and never deletes an
// annotation: at worst it marks it orphaned, selectors kept.
class AnchorUpdater
{
public:
    // Notes which comments carry annotations and their text before the save.
    AnchorUpdater(SqliteDatabase &db, qint64 threadId);

    // After a comment's row was written: re-anchors its annotations when its text
    // changed (or some were orphaned, in case the passage is back); orphans them when
    // the comment is only kept from an earlier save (not in the latest one).
    void commentSaved(const Comment &comment);
    // After the whole document was saved: annotations on comments the document did not
    // hold (their rows are gone, or never were) are orphaned.
    void finish();

private:
    struct AnnotatedComment
    {
        std::optional<QString> previousText; // none: no comment row before the save
        bool hasOrphans = false;
        bool seen = false;
    };

    void reanchor(const QString &sourceId, const QString &text);
    void orphan(const QString &sourceId);

    SqliteDatabase &m_db;
    qint64 m_threadId;
    QHash<QString, AnnotatedComment> m_comments; // by source id; only those with annotations
};

} // namespace Scholia
