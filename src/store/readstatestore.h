#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Scholia {

class SqliteDatabase;

// What the library list shows of a thread's read state.
struct ReadCounts
{
    int newCount = 0;
    int unreadCount = 0;
    bool operator==(const ReadCounts &) const = default;
};

// The reader's progress through a thread (Library hands it out): which comments are read
// and up to which save the thread was visited. Each call is one transaction and keeps the
// thread's new and unread counts (ThreadReadCounts) in step. Placeholders are never
// unread, whatever is asked.
class ReadStateStore
{
    Q_DECLARE_TR_FUNCTIONS(ReadStateStore)

public:
    explicit ReadStateStore(SqliteDatabase &db);

    // Ids the thread does not have are passed over.
    Result<void> markRead(qint64 threadId, const QStringList &sourceIds, bool read = true);
    // In thread order.
    Result<QStringList> unreadIds(qint64 threadId) const;
    // Exactly these unread, every other comment of the thread read (what undoing a
    // "mark thread read" needs).
    Result<void> setUnread(qint64 threadId, const QStringList &unreadSourceIds);
    // Nothing of the thread's current saves counts as new any more.
    Result<void> markVisited(qint64 threadId);
    // The thread's counts as kept (ThreadSummary has them for every thread).
    Result<ReadCounts> counts(qint64 threadId) const;

private:
    void requireThread(qint64 threadId) const; // throws SqliteError
    void mark(qint64 threadId, const QStringList &sourceIds, bool read, qint64 now);

    SqliteDatabase &m_db;
};

} // namespace Scholia
