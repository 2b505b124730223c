#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

struct SearchPage;

// scholia search QUERY [--db PATH] [--limit N] [--offset N] [--json]: the library-wide
// search. One hit per line, tab-separated: thread id, comment id (empty for a hit on the
// thread itself: title, post, notes), author, date (ISO 8601, UTC), snippet as plain text
// with the matched words between ** and ** (a terminal has no bold, and Markdown readers
// show it as such). How many matched and in which order goes to stderr; --json puts
// everything on stdout.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString tabSeparated(const SearchPage &page);
    static QByteArray json(const SearchPage &page);
};

} // namespace Scholia
