#include "commentrowwriter.h"

#include "core/comment.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"

#include <QStringList>

namespace Scholia {

namespace {

constexpr int columnCount = 20;

std::optional<qint64> toSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return std::nullopt;
    return time.toSecsSinceEpoch();
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString upsertSql(int rows)
{
    const QString oneRow = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values << oneRow;
    return QStringLiteral(R"sql(
        INSERT INTO comments (id, thread_id, source_id, parent_id, position, sibling_index, depth,
                              author, created_at, edited_at, was_edited, score, state, more_count,
                              in_latest_save, url, body_html, body_text, text_save_id,
                              first_save_id)
        VALUES %1
        ON CONFLICT (thread_id, source_id) DO UPDATE SET
            parent_id = excluded.parent_id, position = excluded.position,
            sibling_index = excluded.sibling_index, depth = excluded.depth,
            author = excluded.author, created_at = excluded.created_at,
            edited_at = excluded.edited_at, was_edited = excluded.was_edited,
            score = excluded.score, state = excluded.state, more_count = excluded.more_count,
            in_latest_save = excluded.in_latest_save, url = excluded.url,
            body_html = excluded.body_html, body_text = excluded.body_text)sql")
        .arg(values.join(QLatin1Char(',')));
}

} // namespace

CommentRowWriter::CommentRowWriter(SqliteDatabase &db, qint64 threadId,
                                   std::optional<qint64> firstSave)
    : m_db(db), m_threadId(threadId), m_firstSave(firstSave)
{
}

SqliteStatement &CommentRowWriter::statementFor(int rows)
{
    if (rows == rowsPerStatement) {
        if (!m_full)
            m_full.emplace(m_db.prepare(upsertSql(rows)));
        return *m_full;
    }
    if (!m_remainder || m_remainderRows != rows) {
        m_remainder.reset();
        m_remainder.emplace(m_db.prepare(upsertSql(rows)));
        m_remainderRows = rows;
    }
    return *m_remainder;
}

void CommentRowWriter::write(const std::vector<Row> &rows)
{
    if (rows.empty())
        return;
    Q_ASSERT(rows.size() <= size_t(rowsPerStatement));
    SqliteStatement &upsert = statementFor(int(rows.size()));
    for (size_t r = 0; r < rows.size(); ++r) {
        const Row &row = rows[r];
        const Comment &c = *row.comment;
        const int at = int(r) * columnCount;
        // An existing row's insert conflicts on (thread_id, source_id) and is updated in
        // place; with no id it cannot conflict on the id first.
        if (row.exists)
            upsert.bindNull(at + 1);
        else
            upsert.bind(at + 1, row.row);
        upsert.bind(at + 2, m_threadId)
            .bind(at + 3, c.sourceId)
            .bind(at + 4, row.parentRow)
            .bind(at + 5, row.position)
            .bind(at + 6, c.siblingIndex)
            .bind(at + 7, c.depth)
            .bind(at + 8, nonNull(c.author))
            .bind(at + 9, toSeconds(c.created))
            .bind(at + 10, toSeconds(c.edited))
            .bind(at + 11, c.wasEdited)
            .bind(at + 12, c.score)
            .bind(at + 13, int(c.state))
            .bind(at + 14, c.notSavedReplies)
            .bind(at + 15, c.inLatestSave)
            .bind(at + 16, urlText(c.url))
            .bind(at + 17, nonNull(c.bodyHtml))
            .bind(at + 18, nonNull(c.bodyText))
            .bind(at + 19, m_firstSave)
            .bind(at + 20, m_firstSave);
    }
    try {
        upsert.run();
    } catch (const SqliteError &error) {
        // The statement's own text, hundreds of rows of placeholders, would be the message.
        throw SqliteError::fromConnection(
            m_db.handle(), error.code(),
            QStringLiteral("comments %1 to %2 were not written")
                .arg(rows.front().comment->sourceId, rows.back().comment->sourceId));
    }
    upsert.reset();
}

} // namespace Scholia
