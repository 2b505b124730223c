#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Scholia {

class SqliteDatabase;

// The reader's own Markdown notes on a thread, one text per thread, on the library's
// connection (Library). Saving replaces the text and commits at once, and returns the
// text it replaced, which is what undoing it needs (as AnnotationStore and TagStore do).
class ThreadNotesStore
{
    Q_DECLARE_TR_FUNCTIONS(ThreadNotesStore)

public:
    explicit ThreadNotesStore(SqliteDatabase &db);

    // Empty for a thread without notes.
    Result<QString> load(qint64 threadId) const;
    // Answers the notes the thread had before (empty when it had none).
    Result<QString> save(qint64 threadId, const QString &markdown);
    // When the notes were last saved (UTC); invalid for a thread without notes.
    Result<QDateTime> updated(qint64 threadId) const;

private:
    QString storedText(qint64 threadId) const; // throws SqliteError

    SqliteDatabase &m_db;
};

} // namespace Scholia
