#include "threadstore.h"

#include "anchorupdater.h"
#include "commentrowwriter.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "streamedthreadsave.h"
#include "threadreadcounts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace Scholia {

namespace {

std::optional<qint64> toSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return std::nullopt;
    return time.toSecsSinceEpoch();
}

QDateTime fromSeconds(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

// The three SaveGaps columns of threads, read from `first` on.
SaveGaps gapsOf(const SqliteStatement &row, int first)
{
    SaveGaps gaps;
    gaps.missingComments = row.columnInt(first);
    gaps.uncountedGaps = row.columnInt(first + 1);
    if (const auto total = row.columnOptionalInt64(first + 2))
        gaps.siteTotal = int(qBound(qint64(0), *total, qint64(std::numeric_limits<int>::max())));
    return gaps;
}

Error storeError(const SqliteError &error, const QString &doing)
{
    return Error::of(QStringLiteral("%1: %2").arg(doing, error.message()));
}

} // namespace

ThreadStore::ThreadStore(SqliteDatabase &db) : m_db(db)
{
}

Result<qint64> ThreadStore::saveThread(const ThreadDocument &thread)
{
    auto ids = saveThreads({thread});
    if (!ids)
        return ids.error();
    return ids->front();
}

namespace {
// Thrown to unwind a save the user cancelled; the transaction's destructor rolls back.
struct SaveCancelled
{
};
} // namespace

Result<std::vector<qint64>> ThreadStore::saveThreads(const std::vector<ThreadDocument> &threads,
                                                     const std::atomic<bool> *cancel)
{
    const ThreadDocument *current = nullptr;
    try {
        SqliteTransaction transaction(m_db);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        std::vector<qint64> ids;
        for (const ThreadDocument &thread : threads) {
            current = &thread;
            const qint64 threadId = writeThreadRow(thread, now);
            const qint64 saveId = writeSaveRow(threadId, thread, now);
            const bool onlyThisSave = writeComments(threadId, saveId, thread.comments, cancel);
            if (onlyThisSave && std::all_of(thread.comments.begin(), thread.comments.end(),
                                            [](const Comment &c) { return c.inLatestSave; }))
                recordFirstSave(threadId, saveId, qint64(thread.comments.size()),
                                thread.realCommentCount());
            else
                recordSave(threadId, saveId);
            ids.push_back(threadId);
        }
        if (cancel && cancel->load())
            throw SaveCancelled();
        transaction.commit();
        return ids;
    } catch (const SaveCancelled &) {
        return Error::cancellation(QStringLiteral("cancelled; nothing from this file was saved"));
    } catch (const SqliteError &error) {
        return storeError(
            error, QStringLiteral("cannot save \"%1\"").arg(current ? current->title : QString()));
    }
}

std::unique_ptr<StreamedThreadSave> ThreadStore::streamedSave(const std::atomic<bool> *cancel)
{
    return std::make_unique<StreamedThreadSave>(*this, cancel);
}

qint64 ThreadStore::writeThreadRow(const ThreadDocument &thread, qint64 now)
{
    SqliteStatement upsert = m_db.prepare(QStringLiteral(R"sql(
        INSERT INTO threads (source_kind, source_id, url, site, title, author, created_at, score,
                             link_url, body_html, body_text, comment_count, imported_at, updated_at,
                             missing_comments, uncounted_gaps, site_total)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15, ?16)
        ON CONFLICT (source_kind, source_id) DO UPDATE SET
            url = excluded.url, site = excluded.site, title = excluded.title,
            author = excluded.author, created_at = excluded.created_at, score = excluded.score,
            link_url = excluded.link_url, body_html = excluded.body_html,
            body_text = excluded.body_text, comment_count = excluded.comment_count,
            updated_at = excluded.updated_at, missing_comments = excluded.missing_comments,
            uncounted_gaps = excluded.uncounted_gaps, site_total = excluded.site_total
        RETURNING id)sql"));
    upsert.bind(1, thread.sourceKind)
        .bind(2, thread.sourceId)
        .bind(3, urlText(thread.url))
        .bind(4, thread.site.isNull() ? QStringLiteral("") : thread.site)
        .bind(5, thread.title.isNull() ? QStringLiteral("") : thread.title)
        .bind(6, thread.author.isNull() ? QStringLiteral("") : thread.author)
        .bind(7, toSeconds(thread.created))
        .bind(8, thread.score)
        .bind(9, urlText(thread.linkUrl))
        .bind(10, thread.bodyHtml.isNull() ? QStringLiteral("") : thread.bodyHtml)
        .bind(11, thread.bodyText.isNull() ? QStringLiteral("") : thread.bodyText)
        .bind(12, thread.realCommentCount())
        .bind(13, now)
        .bind(14, qMax(0, thread.gaps.missingComments))
        .bind(15, qMax(0, thread.gaps.uncountedGaps))
        .bind(16,
              thread.gaps.siteTotal ? std::optional<qint64>(*thread.gaps.siteTotal) : std::nullopt);
    if (!upsert.step())
        throw SqliteError(0, QStringLiteral("the thread row was not written"));
    return upsert.columnInt64(0);
}

qint64 ThreadStore::writeSaveRow(qint64 threadId, const ThreadDocument &thread, qint64 now)
{
    // Written before the comments: the schema's trigger gives a changed text to the
    // thread's latest save.
    SqliteStatement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO thread_saves (thread_id, saved_at, comment_count) VALUES (?1, ?2, ?3)"));
    insert.bind(1, threadId).bind(2, now).bind(3, thread.realCommentCount()).run();
    return m_db.lastInsertRowId();
}

void ThreadStore::recordSave(qint64 threadId, qint64 saveId)
{
    // New rows came with this save; rows the save no longer held are missing since it
    // (unless they already were), rows it held again are not missing. A thread's first
    // save is visited: importing a thread makes nothing in it new.
    SqliteStatement update = m_db.prepare(QStringLiteral(R"sql(
        UPDATE comments SET text_save_id = ?2, first_save_id = ?2
            WHERE thread_id = ?1 AND first_save_id IS NULL)sql"));
    update.bind(1, threadId).bind(2, saveId).run();
    SqliteStatement missing = m_db.prepare(QStringLiteral(R"sql(
        UPDATE comments SET missing_since_save_id = CASE WHEN in_latest_save THEN NULL ELSE ?2 END
            WHERE thread_id = ?1 AND (missing_since_save_id IS NULL) = (in_latest_save = 0))sql"));
    missing.bind(1, threadId).bind(2, saveId).run();
    SqliteStatement seen = m_db.prepare(QStringLiteral(
        "UPDATE threads SET seen_save_id = ?2 WHERE id = ?1 AND seen_save_id IS NULL"));
    seen.bind(1, threadId).bind(2, saveId).run();
    ThreadReadCounts::recount(m_db, threadId);
}

void ThreadStore::recordFirstSave(qint64 threadId, qint64 saveId, qint64 rows, qint64 unread)
{
    SqliteStatement count =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM comments WHERE thread_id = ?1"));
    count.bind(1, threadId);
    if (!count.step() || count.columnInt64(0) != rows) {
        recordSave(threadId, saveId);
        return;
    }
    // What recordSave() would find: every row new with this save (first_save_id set), in
    // it (none missing), unread; new if this save is after the one the reader saw last.
    SqliteStatement seen = m_db.prepare(QStringLiteral(
        "UPDATE threads SET seen_save_id = ?2 WHERE id = ?1 AND seen_save_id IS NULL"));
    seen.bind(1, threadId).bind(2, saveId).run();
    SqliteStatement counts = m_db.prepare(QStringLiteral(R"sql(
        UPDATE threads SET unread_count = ?3,
                           new_count = CASE WHEN ?2 > coalesce(seen_save_id, 0) THEN ?3 ELSE 0 END
        WHERE id = ?1)sql"));
    counts.bind(1, threadId).bind(2, saveId).bind(3, unread).run();
}

bool ThreadStore::writeComments(qint64 threadId, qint64 saveId,
                                const std::vector<Comment> &comments,
                                const std::atomic<bool> *cancel)
{
    QHash<QString, qint64> previousRows; // source id → row, for rows the document may drop
    {
        SqliteStatement existing =
            m_db.prepare(QStringLiteral("SELECT source_id, id FROM comments WHERE thread_id = ?1"));
        existing.bind(1, threadId);
        while (existing.step())
            previousRows.insert(existing.columnText(0), existing.columnInt64(1));
    }

    // Row ids are chosen here as SQLite would choose them (the largest + 1), so that a
    // reply's parent_id is known before its parent's row is written and CommentRowWriter
    // can write many rows to a statement. Rows kept from the previous save keep theirs.
    qint64 nextRow = firstFreeCommentRow();
    const qint64 firstNewRow = nextRow;
    QHash<QString, qint64> rowOfSource = previousRows;
    // A thread's first save (or one after a save without comments) writes its rows with the
    // save, as a streamed save does; other saves leave that to recordSave().
    const bool onlyThisSave = previousRows.isEmpty();
    CommentRowWriter writer(m_db, threadId,
                            onlyThisSave ? std::optional<qint64>(saveId) : std::nullopt);
    AnchorUpdater anchors(m_db, threadId);
    std::vector<qint64> rowOf(comments.size());
    std::vector<CommentRowWriter::Row> batch;
    for (size_t first = 0; first < comments.size(); first += CommentRowWriter::rowsPerStatement) {
        if (cancel && cancel->load())
            throw SaveCancelled();
        const size_t end = std::min(comments.size(), first + CommentRowWriter::rowsPerStatement);
        batch.clear();
        for (size_t i = first; i < end; ++i) {
            const Comment &c = comments[i];
            auto known = rowOfSource.constFind(c.sourceId);
            const bool exists = known != rowOfSource.constEnd();
            if (!exists)
                known = rowOfSource.insert(c.sourceId, nextRow++);
            rowOf[i] = *known;
            batch.push_back(
                {&c, qint64(i), rowOf[i],
                 c.parent >= 0 ? std::optional<qint64>(rowOf[size_t(c.parent)]) : std::nullopt,
                 exists});
            previousRows.remove(c.sourceId);
        }
        writer.write(batch);
        for (size_t i = first; i < end; ++i)
            anchors.commentSaved(comments[i]);
    }
    // Before any delete: the delete trigger takes a row's words out of the index.
    indexNewComments(threadId, firstNewRow);

    // Whatever is left is not in the document. Deleting a row cascades to its replies,
    // which are then gone from the document too, so a missing row is expected here.
    SqliteStatement remove = m_db.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?1"));
    for (const qint64 row : std::as_const(previousRows)) {
        remove.bind(1, row).run();
        remove.reset();
    }
    // Annotations are not tied to comment rows: those on removed comments stay, orphaned.
    anchors.finish();
    return onlyThisSave;
}

qint64 ThreadStore::firstFreeCommentRow() const
{
    return m_db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM comments"));
}

void ThreadStore::indexNewComments(qint64 threadId, qint64 firstNewRow, qint64 endRow)
{
    // Rows kept from an earlier save are indexed already (and re-indexed by the update
    // trigger when their words change); rows of this save have ids from firstNewRow on.
    SqliteStatement index = m_db.prepare(QStringLiteral(R"sql(
        INSERT INTO comments_fts (rowid, body_text, author)
            SELECT id, body_text, author FROM comments
            WHERE thread_id = ?1 AND id >= ?2 AND id < ?3)sql"));
    index.bind(1, threadId).bind(2, firstNewRow).bind(3, endRow).run();
    // The annotations waiting for these rows (made before their comment was saved, or
    // left when it was removed) get its row id (schema v8), as the search reads it there.
    SqliteStatement link = m_db.prepare(QStringLiteral(R"sql(
        UPDATE annotations SET comment_id = (SELECT c.id FROM comments c
            WHERE c.thread_id = annotations.thread_id
              AND c.source_id = annotations.comment_source_id)
        WHERE thread_id = ?1 AND comment_id IS NULL)sql"));
    link.bind(1, threadId).run();
}

namespace {

// What commentsOf reads first, in its order; the query adds body_html and body_text.
const QString commentColumns = QStringLiteral(
    "SELECT id, source_id, parent_id, sibling_index, depth, author, created_at, edited_at, "
    "was_edited, score, state, more_count, in_latest_save, url");

// The comments of a query selecting comments' columns in loadThread's order, their
// parents as indexes among them (-1 for a parent outside them).
std::vector<Comment> commentsOf(SqliteStatement &rows)
{
    std::vector<Comment> comments;
    QHash<qint64, int> indexOfRow;
    while (rows.step()) {
        Comment c;
        c.sourceId = rows.columnText(1);
        c.parent = rows.isNull(2) ? -1 : indexOfRow.value(rows.columnInt64(2), -1);
        c.siblingIndex = rows.columnInt(3);
        c.depth = rows.columnInt(4);
        c.author = rows.columnText(5);
        c.created = fromSeconds(rows.columnOptionalInt64(6));
        c.edited = fromSeconds(rows.columnOptionalInt64(7));
        c.wasEdited = rows.columnInt64(8) != 0;
        c.score = rows.columnOptionalInt64(9);
        c.state = CommentState(qBound(0, rows.columnInt(10), int(CommentState::Removed)));
        if (!rows.isNull(11))
            c.notSavedReplies = rows.columnInt(11);
        c.inLatestSave = rows.columnInt64(12) != 0;
        c.url = QUrl(rows.columnText(13));
        c.bodyHtml = rows.columnText(14);
        c.bodyText = rows.columnText(15);
        indexOfRow.insert(rows.columnInt64(0), int(comments.size()));
        comments.push_back(std::move(c));
    }
    return comments;
}

} // namespace

namespace {

// The thread's own fields (no comments); false when there is no such thread.
bool readThreadRow(SqliteDatabase &db, qint64 threadId, ThreadDocument &thread)
{
    SqliteStatement threadRow = db.prepare(QStringLiteral(R"sql(
        SELECT source_kind, source_id, url, site, title, author, created_at, score, link_url,
               body_html, body_text, missing_comments, uncounted_gaps, site_total
        FROM threads WHERE id = ?1)sql"));
    threadRow.bind(1, threadId);
    if (!threadRow.step())
        return false;
    thread.sourceKind = threadRow.columnText(0);
    thread.sourceId = threadRow.columnText(1);
    thread.url = QUrl(threadRow.columnText(2));
    thread.site = threadRow.columnText(3);
    thread.title = threadRow.columnText(4);
    thread.author = threadRow.columnText(5);
    thread.created = fromSeconds(threadRow.columnOptionalInt64(6));
    thread.score = threadRow.columnOptionalInt64(7);
    thread.linkUrl = QUrl(threadRow.columnText(8));
    thread.bodyHtml = threadRow.columnText(9);
    thread.bodyText = threadRow.columnText(10);
    thread.gaps = gapsOf(threadRow, 11);
    return true;
}

QString noSuchThread(qint64 threadId)
{
    return QStringLiteral("there is no thread %1 in the library").arg(threadId);
}

} // namespace

Result<ThreadDocument> ThreadStore::loadThread(qint64 threadId) const
{
    try {
        ThreadDocument thread;
        if (!readThreadRow(m_db, threadId, thread))
            return Error::of(noSuchThread(threadId));
        SqliteStatement rows = m_db.prepare(
            commentColumns + QStringLiteral(", body_html, body_text FROM comments WHERE thread_id = ?1 ORDER BY position"));
        rows.bind(1, threadId);
        thread.comments = commentsOf(rows);
        return thread;
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot load thread %1").arg(threadId));
    }
}

Result<ThreadDocument> ThreadStore::loadThreadStart(qint64 threadId, int comments) const
{
    try {
        ThreadDocument thread;
        if (!readThreadRow(m_db, threadId, thread))
            return Error::of(noSuchThread(threadId));
        Result<std::vector<Comment>> first = loadComments(threadId, 0, comments);
        if (!first)
            return first.error();
        thread.comments = std::move(first).value();
        return thread;
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot load thread %1").arg(threadId));
    }
}

Result<ThreadOutline> ThreadStore::loadOutline(qint64 threadId) const
{
    try {
        // The read, missing and kept marks come with the shape, in the same pass over the
        // thread's rows (ThreadHistoryStore's conditions and join, so that both agree).
        SqliteStatement rows = m_db.prepare(
            QStringLiteral("SELECT c.id, c.source_id, c.parent_id, c.depth, c.more_count IS NOT NULL, "
                           "length(c.body_text), %1, %2, m.saved_at, c.kept_after_removal "
                           "FROM comments c JOIN threads t ON t.id = c.thread_id "
                           "LEFT JOIN thread_saves m ON m.id = c.missing_since_save_id "
                           "WHERE c.thread_id = ?1 ORDER BY c.position")
                .arg(QLatin1String(ThreadReadCounts::unreadCondition()),
                     QLatin1String(ThreadReadCounts::newCondition())));
        rows.bind(1, threadId);
        ThreadOutline outline;
        // Parents come before their replies (pre-order): their rows' indexes are known.
        QHash<qint64, int> indexOfRow;
        while (rows.step()) {
            const int parent = rows.isNull(2) ? -1 : indexOfRow.value(rows.columnInt64(2), -1);
            indexOfRow.insert(rows.columnInt64(0), int(outline.size()));
            outline.append(rows.columnText(1), parent, rows.columnInt(3), rows.columnInt64(5),
                           rows.columnInt(4) != 0);
            outline.unread.push_back(rows.columnInt(6) != 0);
            outline.fresh.push_back(rows.columnInt(7) != 0);
            if (!rows.isNull(8))
                outline.missingSince.insert(outline.ids.back(),
                                            QDateTime::fromSecsSinceEpoch(rows.columnInt64(8), QTimeZone::utc()));
            if (rows.columnInt(9) != 0)
                outline.keptAfterRemoval.insert(outline.ids.back());
        }
        return outline;
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot load the outline of thread %1").arg(threadId));
    }
}

Result<QString> ThreadStore::commentTexts(qint64 threadId) const
{
    try {
        SqliteStatement rows = m_db.prepare(QStringLiteral(
            "SELECT source_id, body_text FROM comments WHERE thread_id = ?1 ORDER BY position"));
        rows.bind(1, threadId);
        QString texts;
        const QChar unit(0x1f), record(0x1e);
        while (rows.step()) {
            QString text = rows.columnText(1);
            text.replace(record, QLatin1Char(' ')).replace(unit, QLatin1Char(' '));
            texts += rows.columnText(0) + unit + text + record;
        }
        return texts;
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot read the texts of thread %1").arg(threadId));
    }
}

Result<qint64> ThreadStore::latestSaveId(qint64 threadId) const
{
    try {
        SqliteStatement query = m_db.prepare(
            QStringLiteral("SELECT coalesce(max(id), 0) FROM thread_saves WHERE thread_id = ?1"));
        query.bind(1, threadId);
        return query.step() ? query.columnInt64(0) : qint64(0);
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot read the saves of thread %1").arg(threadId));
    }
}

Result<std::vector<Comment>> ThreadStore::loadComments(qint64 threadId, int first, int count) const
{
    try {
        SqliteStatement rows = m_db.prepare(
            commentColumns + QStringLiteral(", body_html, body_text FROM comments WHERE thread_id = ?1 "
                                            "ORDER BY position LIMIT ?2 OFFSET ?3"));
        rows.bind(1, threadId);
        rows.bind(2, qint64(qMax(0, count)));
        rows.bind(3, qint64(qMax(0, first)));
        return commentsOf(rows);
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot load comments of thread %1").arg(threadId));
    }
}

Result<std::optional<qint64>> ThreadStore::findThread(const QString &sourceKind,
                                                      const QString &sourceId) const
{
    try {
        SqliteStatement query = m_db.prepare(
            QStringLiteral("SELECT id FROM threads WHERE source_kind = ?1 AND source_id = ?2"));
        query.bind(1, sourceKind).bind(2, sourceId);
        if (!query.step())
            return std::optional<qint64>();
        return std::optional<qint64>(query.columnInt64(0));
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot look up a thread"));
    }
}

Result<std::vector<ThreadSummary>> ThreadStore::listThreads() const
{
    try {
        SqliteStatement query = m_db.prepare(QStringLiteral(R"sql(
            SELECT t.id, t.source_kind, t.source_id, t.site, t.title, t.author, t.created_at,
                   t.comment_count,
                   (SELECT count(*) FROM annotations a WHERE a.thread_id = t.id),
                   t.imported_at, t.updated_at,
                   (SELECT group_concat(name, char(10)) FROM
                        (SELECT g.name FROM thread_tags tt JOIN tags g ON g.id = tt.tag_id
                         WHERE tt.thread_id = t.id ORDER BY g.name)),
                   t.missing_comments, t.uncounted_gaps, t.site_total, t.new_count, t.unread_count
            FROM threads t ORDER BY t.id)sql"));
        std::vector<ThreadSummary> threads;
        while (query.step()) {
            ThreadSummary s;
            s.id = query.columnInt64(0);
            s.sourceKind = query.columnText(1);
            s.sourceId = query.columnText(2);
            s.site = query.columnText(3);
            s.title = query.columnText(4);
            s.author = query.columnText(5);
            s.created = fromSeconds(query.columnOptionalInt64(6));
            s.commentCount = query.columnInt(7);
            s.annotationCount = query.columnInt(8);
            s.importedAt = fromSeconds(query.columnOptionalInt64(9));
            s.updatedAt = fromSeconds(query.columnOptionalInt64(10));
            if (!query.isNull(11))
                s.tags = query.columnText(11).split(QLatin1Char('\n'));
            s.gaps = gapsOf(query, 12);
            s.newCount = query.columnInt(15);
            s.unreadCount = query.columnInt(16);
            threads.push_back(std::move(s));
        }
        return threads;
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot list the library"));
    }
}

Result<ThreadViewState> ThreadStore::loadViewState(qint64 threadId) const
{
    try {
        SqliteStatement query = m_db.prepare(QStringLiteral(
            "SELECT collapsed, focused FROM thread_view_state WHERE thread_id = ?1"));
        query.bind(1, threadId);
        ThreadViewState state;
        if (!query.step())
            return state;
        const QJsonArray collapsed = QJsonDocument::fromJson(query.columnText(0).toUtf8()).array();
        for (const QJsonValue &id : collapsed) {
            if (id.isString())
                state.collapsed << id.toString();
        }
        state.focused = query.columnText(1);
        return state;
    } catch (const SqliteError &error) {
        return storeError(error,
                          QStringLiteral("cannot read the view state of thread %1").arg(threadId));
    }
}

Result<void> ThreadStore::saveViewState(qint64 threadId, const ThreadViewState &state)
{
    try {
        SqliteStatement upsert = m_db.prepare(QStringLiteral(R"sql(
            INSERT INTO thread_view_state (thread_id, collapsed, focused, updated_at)
            VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (thread_id) DO UPDATE SET collapsed = excluded.collapsed,
                focused = excluded.focused, updated_at = excluded.updated_at)sql"));
        const QByteArray collapsed = QJsonDocument(QJsonArray::fromStringList(state.collapsed))
                                         .toJson(QJsonDocument::Compact);
        upsert.bind(1, threadId)
            .bind(2, QString::fromUtf8(collapsed))
            .bind(3, state.focused.isEmpty() ? QString() : state.focused)
            .bind(4, QDateTime::currentSecsSinceEpoch());
        upsert.run();
        return {};
    } catch (const SqliteError &error) {
        return storeError(error,
                          QStringLiteral("cannot save the view state of thread %1").arg(threadId));
    }
}

Result<bool> ThreadStore::hasThread(qint64 threadId) const
{
    try {
        SqliteStatement query = m_db.prepare(QStringLiteral("SELECT 1 FROM threads WHERE id = ?1"));
        query.bind(1, threadId);
        return query.step();
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot look up thread %1").arg(threadId));
    }
}

Result<bool> ThreadStore::hasComment(qint64 threadId, const QString &sourceId) const
{
    return hasComments(threadId, {sourceId});
}

Result<bool> ThreadStore::hasComments(qint64 threadId, const QStringList &sourceIds) const
{
    try {
        SqliteStatement query = m_db.prepare(
            QStringLiteral("SELECT 1 FROM comments WHERE thread_id = ?1 AND source_id = ?2"));
        for (const QString &id : sourceIds) {
            query.reset();
            query.bind(1, threadId).bind(2, id);
            if (!query.step())
                return false;
        }
        return true;
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot look up comments"));
    }
}

Result<int> ThreadStore::commentCount(qint64 threadId) const
{
    try {
        SqliteStatement query =
            m_db.prepare(QStringLiteral("SELECT count(*) FROM comments WHERE thread_id = ?1"));
        query.bind(1, threadId);
        return query.step() ? int(query.columnInt64(0)) : 0;
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot count the comments of thread %1").arg(threadId));
    }
}

Result<std::optional<QString>> ThreadStore::annotatableText(qint64 threadId,
                                                            const QString &sourceId) const
{
    try {
        SqliteStatement query =
            m_db.prepare(QStringLiteral("SELECT body_text FROM comments WHERE thread_id = ?1 AND "
                                        "source_id = ?2 AND more_count IS NULL"));
        query.bind(1, threadId).bind(2, sourceId);
        if (!query.step())
            return std::optional<QString>();
        return std::optional<QString>(query.columnText(0));
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot look up a comment"));
    }
}

Result<void> ThreadStore::deleteThread(qint64 threadId)
{
    try {
        SqliteTransaction transaction(m_db);
        // Comments reference each other (parent_id); clear the links so the cascade from
        // the thread row does not depend on deletion order.
        SqliteStatement unlink = m_db.prepare(
            QStringLiteral("UPDATE comments SET parent_id = NULL WHERE thread_id = ?1"));
        unlink.bind(1, threadId).run();
        SqliteStatement remove = m_db.prepare(QStringLiteral("DELETE FROM threads WHERE id = ?1"));
        remove.bind(1, threadId).run();
        transaction.commit();
        return {};
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot delete thread %1").arg(threadId));
    }
}

Result<QStringList> ThreadStore::commentSourceIds(qint64 threadId) const
{
    try {
        SqliteStatement query = m_db.prepare(QStringLiteral(
            "SELECT source_id FROM comments WHERE thread_id = ?1 ORDER BY position"));
        query.bind(1, threadId);
        QStringList ids;
        while (query.step())
            ids << query.columnText(0);
        return ids;
    } catch (const SqliteError &error) {
        return storeError(error,
                          QStringLiteral("cannot list the comments of thread %1").arg(threadId));
    }
}

Result<int> ThreadStore::threadCount() const
{
    try {
        return int(m_db.queryInt(QStringLiteral("SELECT count(*) FROM threads")));
    } catch (const SqliteError &error) {
        return storeError(error, QStringLiteral("cannot count threads"));
    }
}

} // namespace Scholia
