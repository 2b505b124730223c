#include "streamedthreadsave.h"

#include "anchorupdater.h"
#include "commentrowwriter.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "threadstore.h"

#include <QDateTime>

#include <optional>

#include <sqlite3.h>

namespace Scholia {

namespace {
// Thrown to unwind a save the user cancelled; guarded() turns it into the Error.
struct SaveCancelled
{
};
} // namespace

// Statement journals in memory while a streamed save runs. Every batch's INSERT and every
// FTS5 statement keeps one (a statement can fail half-way), and SQLite writes one over
// 64 KiB to a temporary file: 16 MiB written, never read, for 10 000 Reddit comments
// (issue 17, round 3). A journal lives for one statement, so it holds at most the pages
// one batch changes. Set only outside a transaction (SQLite decides where a transaction's
// journals go when it begins), and the connection's own setting is put back after.
class JournalsInMemory
{
public:
    explicit JournalsInMemory(SqliteDatabase &db) : m_db(db)
    {
        if (!sqlite3_get_autocommit(db.handle()))
            return;
        try {
            m_previous = db.queryInt(QStringLiteral("PRAGMA temp_store"));
            db.execute(QStringLiteral("PRAGMA temp_store = MEMORY"));
        } catch (const SqliteError &) {
            m_previous.reset(); // journals in files, as before: only slower
        }
    }
    ~JournalsInMemory()
    {
        if (!m_previous)
            return;
        try {
            m_db.execute(QStringLiteral("PRAGMA temp_store = %1").arg(*m_previous));
        } catch (const SqliteError &) {
            // MEMORY stays: the connection works the same
        }
    }
    JournalsInMemory(const JournalsInMemory &) = delete;
    JournalsInMemory &operator=(const JournalsInMemory &) = delete;

private:
    SqliteDatabase &m_db;
    std::optional<qint64> m_previous;
};

// FTS5 keeps the words of the rows it indexes in memory up to its `hashsize` (1 MiB by
// default) and writes a segment each time that fills: indexing 8 192 comments a statement
// wrote many small segments, merged again and again (`automerge`), 0.38 G of the 2.60 G
// instructions of a 10 000-comment Reddit import, on the store's thread, the critical
// path (issue 17, round 4). With 4 MiB, a statement's words mostly fit: the same index,
// fewer segments for a search to read, 14 % fewer instructions; the 4 MiB were made room
// for by the JSON walk giving the file's pages back (round 5). Set inside the save's
// transaction and put back before its commit (both in it: a rollback leaves neither), so
// no other writer of the library holds that much memory.
namespace {

constexpr qint64 indexBufferBytes = qint64(4) << 20;
constexpr qint64 defaultIndexBufferBytes = qint64(1) << 20;

void setIndexBuffer(SqliteDatabase &db, qint64 bytes)
{
    db.execute(QStringLiteral("INSERT INTO comments_fts (comments_fts, rank) VALUES ('hashsize', %1)")
                   .arg(bytes));
}

} // namespace

struct StreamedThreadSave::Transaction
{
    explicit Transaction(SqliteDatabase &db) : journals(db), transaction(db)
    {
        setIndexBuffer(db, indexBufferBytes);
    }
    JournalsInMemory journals; // declared first: put back after the transaction ends
    SqliteTransaction transaction;
    qint64 now = QDateTime::currentSecsSinceEpoch();
};

struct StreamedThreadSave::Thread
{
    Thread(SqliteDatabase &db, qint64 thread, qint64 save, qint64 firstRow)
        : id(thread), saveId(save), firstUnindexedRow(firstRow), nextRow(firstRow),
          writer(db, thread, save), anchors(db, thread)
    {
    }
    qint64 id;
    qint64 saveId;
    qint64 firstUnindexedRow; // rows from here on are written, not yet in comments_fts
    qint64 nextRow;
    int realComments = 0;
    bool allInLatestSave = true; // else recordSave() marks the others missing since this save
    std::vector<qint64> rowOf;   // by position: every comment's row, for its replies' parent_id
    std::vector<Comment> batch;
    CommentRowWriter writer;
    AnchorUpdater anchors;
};

StreamedThreadSave::StreamedThreadSave(ThreadStore &store, const std::atomic<bool> *cancel)
    : m_store(store), m_cancel(cancel)
{
}

StreamedThreadSave::~StreamedThreadSave()
{
    m_thread.reset(); // its statements before the transaction rolls back
}

Result<void> StreamedThreadSave::guarded(const std::function<void()> &write)
{
    try {
        if (m_cancel && m_cancel->load())
            throw SaveCancelled();
        write();
        return {};
    } catch (const SaveCancelled &) {
        m_thread.reset();
        m_transaction.reset();
        return Error::cancellation(QStringLiteral("cancelled; nothing from this file was saved"));
    } catch (const SqliteError &error) {
        m_thread.reset();
        m_transaction.reset();
        return Error::of(QStringLiteral("cannot save \"%1\": %2").arg(m_title, error.message()));
    }
}

Result<void> StreamedThreadSave::beginThread(const ThreadDocument &thread)
{
    m_title = thread.title;
    auto existing = m_store.findThread(thread.sourceKind, thread.sourceId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::of(QStringLiteral("the library has this thread already: it is merged "
                                        "with the stored copy, not streamed"));
    return guarded([&] {
        if (!m_transaction)
            m_transaction = std::make_unique<Transaction>(m_store.m_db);
        const qint64 threadId = m_store.writeThreadRow(thread, m_transaction->now);
        const qint64 saveId = m_store.writeSaveRow(threadId, thread, m_transaction->now);
        m_thread = std::make_unique<Thread>(m_store.m_db, threadId, saveId,
                                            m_store.firstFreeCommentRow());
    });
}

Result<void> StreamedThreadSave::addComment(Comment &&comment)
{
    Q_ASSERT(m_thread);
    if (!comment.isPlaceholder())
        ++m_thread->realComments;
    if (!comment.inLatestSave)
        m_thread->allInLatestSave = false;
    m_thread->batch.push_back(std::move(comment));
    if (m_thread->batch.size() < rowsPerBatch)
        return {};
    return guarded([this] { writeBatch(); });
}

void StreamedThreadSave::writeBatch()
{
    Thread &thread = *m_thread;
    std::vector<CommentRowWriter::Row> rows;
    rows.reserve(thread.batch.size());
    for (const Comment &c : thread.batch) {
        const qint64 position = qint64(thread.rowOf.size());
        const qint64 row = thread.nextRow++;
        thread.rowOf.push_back(row);
        rows.push_back({&c, position, row,
                        c.parent >= 0 ? std::optional<qint64>(thread.rowOf.at(size_t(c.parent)))
                                      : std::nullopt,
                        false});
    }
    thread.writer.write(rows);
    for (const Comment &c : thread.batch)
        thread.anchors.commentSaved(c);
    thread.batch.clear();
    if (thread.nextRow - thread.firstUnindexedRow >= rowsPerIndexStatement)
        indexWrittenRows();
}

void StreamedThreadSave::indexWrittenRows()
{
    Thread &thread = *m_thread;
    m_store.indexNewComments(thread.id, thread.firstUnindexedRow, thread.nextRow);
    thread.firstUnindexedRow = thread.nextRow;
}

Result<void> StreamedThreadSave::endThread(const ThreadDocument &document)
{
    Q_ASSERT(m_thread);
    auto written = guarded([&] {
        writeBatch();
        indexWrittenRows();
        Thread &thread = *m_thread;
        // Known only now: how many comments, and the gaps the importer tallied on the way.
        SqliteStatement counts = m_store.m_db.prepare(QStringLiteral(R"sql(
            UPDATE threads SET comment_count = ?2, missing_comments = ?3, uncounted_gaps = ?4,
                               site_total = ?5
            WHERE id = ?1)sql"));
        counts.bind(1, thread.id)
            .bind(2, thread.realComments)
            .bind(3, qMax(0, document.gaps.missingComments))
            .bind(4, qMax(0, document.gaps.uncountedGaps))
            .bind(5, document.gaps.siteTotal ? std::optional<qint64>(*document.gaps.siteTotal)
                                             : std::nullopt)
            .run();
        SqliteStatement saveCount = m_store.m_db.prepare(
            QStringLiteral("UPDATE thread_saves SET comment_count = ?2 WHERE id = ?1"));
        saveCount.bind(1, thread.saveId).bind(2, thread.realComments).run();
        if (thread.allInLatestSave)
            m_store.recordFirstSave(thread.id, thread.saveId, qint64(thread.rowOf.size()),
                                    thread.realComments);
        else
            m_store.recordSave(thread.id, thread.saveId);
        thread.anchors.finish();
        m_threadIds.push_back(thread.id);
    });
    m_thread.reset();
    return written;
}

Result<void> StreamedThreadSave::commit()
{
    if (!m_transaction)
        return {}; // no thread: nothing to save
    return guarded([this] {
        setIndexBuffer(m_store.m_db, defaultIndexBufferBytes);
        m_transaction->transaction.commit();
        m_transaction.reset();
    });
}

} // namespace Scholia
