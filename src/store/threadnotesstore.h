#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Scholia {

class SqliteDatabase;

// The reader's own Markdown notes on a thread, one text per thread, on the library's
// connection (ThreadStore::database()). Saving replaces the text and commits at once;
// the notes editor keeps its own undo history.
class ThreadNotesStore
{
    Q_DECLARE_TR_FUNCTIONS(ThreadNotesStore)

public:
    explicit ThreadNotesStore(SqliteDatabase &db);

    // Empty for a thread without notes.
    Result<QString> load(qint64 threadId) const;
    Result<void> save(qint64 threadId, const QString &markdown);
    // When the notes were last saved (UTC); invalid for a thread without notes.
    Result<QDateTime> updated(qint64 threadId) const;

private:
    SqliteDatabase &m_db;
};

} // namespace Scholia
