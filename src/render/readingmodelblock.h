#pragma once

#include <QCoreApplication>
#include <QString>

namespace Scholia {

struct ThreadOutline;
struct ThreadHistory;

// The thread page's model of what the reader has not read yet, as an inert data block
// (#reading-model): the positions of the new and of the unread comments among all of
// them, built or not, and what the keys say when they find none. reading.js reads it
// once, so its keys and Only New reach comments in chunks the page has not built yet.
class ReadingModelBlock
{
    Q_DECLARE_TR_FUNCTIONS(ReadingModelBlock)

public:
    // The marks are the outline's when it has them (ThreadOutline::hasReadMarks), else
    // the history's.
    static void append(QString &html, const ThreadOutline &outline, const ThreadHistory &history);
};

} // namespace Scholia
