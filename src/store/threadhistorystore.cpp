#include "threadhistorystore.h"

#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "threadreadcounts.h"

#include <QTimeZone>

namespace Scholia {

namespace {

QDateTime fromSeconds(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
}

CommentState stateOf(int stored)
{
    return CommentState(qBound(0, stored, int(CommentState::Removed)));
}

// A version from columns saved_at, state, edited_at, body_html, body_text from `first` on.
CommentVersion versionOf(const SqliteStatement &row, int first)
{
    CommentVersion version;
    version.savedAt = fromSeconds(row.columnOptionalInt64(first));
    version.state = stateOf(row.columnInt(first + 1));
    version.edited = fromSeconds(row.columnOptionalInt64(first + 2));
    version.bodyHtml = row.columnText(first + 3);
    version.bodyText = row.columnText(first + 4);
    return version;
}

bool threadExists(SqliteDatabase &db, qint64 threadId)
{
    SqliteStatement query = db.prepare(QStringLiteral("SELECT 1 FROM threads WHERE id = ?1"));
    query.bind(1, threadId);
    return query.step();
}

} // namespace

ThreadHistoryStore::ThreadHistoryStore(SqliteDatabase &db) : m_db(db)
{
}

Result<ThreadHistory> ThreadHistoryStore::load(qint64 threadId, CommentMarks marksWanted) const
{
    try {
        if (!threadExists(m_db, threadId))
            return Error::of(tr("there is no thread %1 in the library").arg(threadId));
        ThreadHistory history;
        SqliteStatement saves = m_db.prepare(
            QStringLiteral("SELECT saved_at FROM thread_saves WHERE thread_id = ?1 ORDER BY id"));
        saves.bind(1, threadId);
        while (saves.step())
            history.saves.push_back(fromSeconds(saves.columnInt64(0)));

        SqliteStatement versions = m_db.prepare(QStringLiteral(R"sql(
            SELECT c.source_id, s.saved_at, v.state, v.edited_at, v.body_html, v.body_text
            FROM comment_versions v JOIN comments c ON c.id = v.comment_id
            LEFT JOIN thread_saves s ON s.id = v.save_id
            WHERE c.thread_id = ?1 ORDER BY v.comment_id, v.id)sql"));
        versions.bind(1, threadId);
        while (versions.step())
            history.earlierVersions[versions.columnText(0)].push_back(versionOf(versions, 1));

        if (marksWanted == CommentMarks::Left)
            return history;
        // One pass over the thread's comments for the per-comment marks (the same columns
        // and join as ThreadStore::loadOutline's, which reads them for a big thread).
        SqliteStatement marks =
            m_db.prepare(QStringLiteral(R"sql(
            SELECT c.source_id, m.saved_at, c.kept_after_removal, %1, %2
            FROM comments c JOIN threads t ON t.id = c.thread_id
            LEFT JOIN thread_saves m ON m.id = c.missing_since_save_id
            WHERE c.thread_id = ?1 AND (c.missing_since_save_id IS NOT NULL
                  OR c.kept_after_removal OR (%1)))sql")
                             .arg(QLatin1String(ThreadReadCounts::unreadCondition()),
                                  QLatin1String(ThreadReadCounts::newCondition())));
        marks.bind(1, threadId);
        while (marks.step()) {
            const QString id = marks.columnText(0);
            if (!marks.isNull(1))
                history.missingSince.insert(id, fromSeconds(marks.columnInt64(1)));
            if (marks.columnInt(2) != 0)
                history.keptAfterRemoval.insert(id);
            if (marks.columnInt(3) != 0)
                history.unread.insert(id);
            if (marks.columnInt(4) != 0)
                history.fresh.insert(id);
        }
        return history;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read the history of thread %1").arg(threadId));
    }
}

Result<std::vector<CommentVersion>>
ThreadHistoryStore::versions(qint64 threadId, const QString &commentSourceId) const
{
    try {
        if (!threadExists(m_db, threadId))
            return Error::of(tr("there is no thread %1 in the library").arg(threadId));
        SqliteStatement current = m_db.prepare(QStringLiteral(R"sql(
            SELECT c.id, s.saved_at, c.state, c.edited_at, c.body_html, c.body_text
            FROM comments c LEFT JOIN thread_saves s ON s.id = c.text_save_id
            WHERE c.thread_id = ?1 AND c.source_id = ?2 AND c.more_count IS NULL)sql"));
        current.bind(1, threadId).bind(2, commentSourceId);
        if (!current.step())
            return Error::of(
                tr("thread %1 has no comment \"%2\"").arg(threadId).arg(commentSourceId));
        std::vector<CommentVersion> texts;
        SqliteStatement earlier = m_db.prepare(QStringLiteral(R"sql(
            SELECT s.saved_at, v.state, v.edited_at, v.body_html, v.body_text
            FROM comment_versions v LEFT JOIN thread_saves s ON s.id = v.save_id
            WHERE v.comment_id = ?1 ORDER BY v.id)sql"));
        earlier.bind(1, current.columnInt64(0));
        while (earlier.step())
            texts.push_back(versionOf(earlier, 0));
        texts.push_back(versionOf(current, 1));
        return texts;
    } catch (const SqliteError &error) {
        return error.toError(
            tr("cannot read the versions of a comment of thread %1").arg(threadId));
    }
}

} // namespace Scholia
