#include "anchorupdater.h"

#include "core/annotation.h"
#include "core/comment.h"
#include "core/reanchorer.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <vector>

namespace Scholia {

AnchorUpdater::AnchorUpdater(SqliteDatabase &db, qint64 threadId) : m_db(db), m_threadId(threadId)
{
    // Only annotated comments are read, so saving a big thread with few annotations
    // costs one indexed query here.
    SqliteStatement rows = m_db.prepare(QStringLiteral(R"sql(
        SELECT a.comment_source_id, max(a.anchor_state = ?2), c.id IS NOT NULL, c.body_text
        FROM annotations a
        LEFT JOIN comments c ON c.thread_id = a.thread_id AND c.source_id = a.comment_source_id
        WHERE a.thread_id = ?1
        GROUP BY a.comment_source_id)sql"));
    rows.bind(1, threadId).bind(2, int(AnchorState::Orphaned));
    while (rows.step()) {
        AnnotatedComment comment;
        comment.hasOrphans = rows.columnInt64(1) != 0;
        if (rows.columnInt64(2) != 0)
            comment.previousText = rows.columnText(3);
        m_comments.insert(rows.columnText(0), comment);
    }
}

void AnchorUpdater::commentSaved(const Comment &comment)
{
    const auto found = m_comments.find(comment.sourceId);
    if (found == m_comments.end())
        return;
    found->seen = true;
    if (!comment.inLatestSave) {
        orphan(comment.sourceId);
        return;
    }
    if (found->previousText != comment.bodyText || found->hasOrphans)
        reanchor(comment.sourceId, comment.bodyText);
}

void AnchorUpdater::finish()
{
    for (auto it = m_comments.cbegin(); it != m_comments.cend(); ++it) {
        if (!it->seen)
            orphan(it.key());
    }
}

void AnchorUpdater::orphan(const QString &sourceId)
{
    SqliteStatement update = m_db.prepare(
        QStringLiteral("UPDATE annotations SET anchor_state = ?3 "
                       "WHERE thread_id = ?1 AND comment_source_id = ?2 AND anchor_state <> ?3"));
    update.bind(1, m_threadId).bind(2, sourceId).bind(3, int(AnchorState::Orphaned)).run();
}

void AnchorUpdater::reanchor(const QString &sourceId, const QString &text)
{
    struct Row
    {
        qint64 id;
        std::optional<TextPositionSelector> position;
        TextQuoteSelector quote;
        AnchorState state;
    };
    std::vector<Row> rows;
    {
        SqliteStatement query =
            m_db.prepare(QStringLiteral("SELECT id, start_offset, end_offset, exact, prefix, "
                                        "suffix, anchor_state FROM annotations "
                                        "WHERE thread_id = ?1 AND comment_source_id = ?2"));
        query.bind(1, m_threadId).bind(2, sourceId);
        while (query.step()) {
            Row row{query.columnInt64(0),
                    std::nullopt,
                    {},
                    AnchorState(qBound(0, query.columnInt(6), int(AnchorState::Orphaned)))};
            if (!query.isNull(1) && !query.isNull(2)) {
                row.position = TextPositionSelector{query.columnInt64(1), query.columnInt64(2)};
                row.quote = {query.columnText(3), query.columnText(4), query.columnText(5)};
            }
            rows.push_back(std::move(row));
        }
    }

    SqliteStatement setState =
        m_db.prepare(QStringLiteral("UPDATE annotations SET anchor_state = ?2 WHERE id = ?1"));
    SqliteStatement move =
        m_db.prepare(QStringLiteral("UPDATE annotations SET start_offset = ?2, end_offset = ?3, "
                                    "exact = ?4, prefix = ?5, suffix = ?6, "
                                    "anchor_state = ?7 WHERE id = ?1"));
    for (const Row &row : rows) {
        if (!row.position) {
            // A whole comment is there as long as the comment is.
            if (row.state != AnchorState::Anchored) {
                setState.bind(1, row.id).bind(2, int(AnchorState::Anchored)).run();
                setState.reset();
            }
            continue;
        }
        const Reanchoring result = Reanchorer::reanchor(*row.position, row.quote, text);
        if (result.state == AnchorState::Orphaned) {
            if (row.state != AnchorState::Orphaned) {
                setState.bind(1, row.id).bind(2, int(AnchorState::Orphaned)).run();
                setState.reset();
            }
            continue;
        }
        // "Re-anchored" asks the reader to look; a later exact match does not answer that.
        const AnchorState state =
            row.state == AnchorState::Reanchored ? AnchorState::Reanchored : result.state;
        if (state == row.state && result.position == *row.position && result.quote == row.quote)
            continue;
        move.bind(1, row.id)
            .bind(2, qint64(result.position.start))
            .bind(3, qint64(result.position.end))
            .bind(4, result.quote.exact)
            .bind(5, result.quote.prefix.isNull() ? QStringLiteral("") : result.quote.prefix)
            .bind(6, result.quote.suffix.isNull() ? QStringLiteral("") : result.quote.suffix)
            .bind(7, int(state))
            .run();
        move.reset();
    }
}

} // namespace Scholia
