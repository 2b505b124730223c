#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Scholia {

class SqliteDatabase;

// The tags on whole threads (the library list's Tags column), on the library's
// connection (ThreadStore::database()). Names are normalized (TagName), new ones
// created on the fly, existing ones found ignoring ASCII case.
class ThreadTagStore
{
    Q_DECLARE_TR_FUNCTIONS(ThreadTagStore)

public:
    explicit ThreadTagStore(SqliteDatabase &db);

    // By name, ignoring ASCII case.
    Result<QStringList> tags(qint64 threadId) const;
    // Replaces the thread's tags in one transaction; returns the previous ones, so an
    // undo is setTags(threadId, them).
    Result<QStringList> setTags(qint64 threadId, const QStringList &names);

private:
    QStringList readTags(qint64 threadId) const; // throws SqliteError

    SqliteDatabase &m_db;
};

} // namespace Scholia
