#pragma once

#include <QtGlobal>

namespace Scholia {

class SqliteDatabase;

// Keeps a thread's unread_count and new_count (what the library list shows) equal to its
// comment rows, recounted after each save and read-state change of that thread, so that
// listing the library never counts the comments of every thread.
class ThreadReadCounts
{
public:
    // Throws SqliteError.
    static void recount(SqliteDatabase &db, qint64 threadId);

    // The SQL conditions on a comment row `c` (of a thread `t`) the counts and the history
    // share. Placeholders stand for replies not saved: never unread, never new.
    static const char *unreadCondition();
    static const char *newCondition(); // unread, changed or added since the visited save
};

} // namespace Scholia
