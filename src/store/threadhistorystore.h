#pragma once

#include "core/commentversion.h"
#include "core/result.h"
#include "core/threadhistory.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Scholia {

class SqliteDatabase;

// What the library remembers of a thread across its saves (Library hands it out): the
// saves, the texts re-imports replaced, the comments a newer save lacked, the ones kept
// after the site removed them, and what is unread and new. Read only: the saves write it
// (ThreadStore and the schema's triggers), the reader's progress ReadStateStore.
class ThreadHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(ThreadHistoryStore)

public:
    explicit ThreadHistoryStore(SqliteDatabase &db);

    enum class CommentMarks { Included, Left };
    // Left reads the saves and earlier versions only, leaving missingSince,
    // keptAfterRemoval, unread and fresh empty, for a caller that has them from
    // ThreadStore::loadOutline (a big thread's page): one pass over its rows, not two.
    Result<ThreadHistory> load(qint64 threadId, CommentMarks marks = CommentMarks::Included) const;
    // Every text the comment had, oldest first, its current one last. An Error names an
    // unknown thread or comment.
    Result<std::vector<CommentVersion>> versions(qint64 threadId,
                                                 const QString &commentSourceId) const;

private:
    SqliteDatabase &m_db;
};

} // namespace Scholia
