#include "listcommand.h"

#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QTextStream>

namespace Scholia {

int ListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("list"),
        tr("List the threads in the library: id, site, comment count, title (tab-separated)."));
    const QCommandLineOption incompleteOption(
        QStringLiteral("incomplete"),
        tr("Only the threads whose save lacks part of the thread (\"more\" stubs, posts or pages "
           "the saved file does not hold), with a fifth column saying what is missing."));
    const QCommandLineOption unreadOption(
        QStringLiteral("unread"),
        tr("Only the threads with unread comments, with two more columns: how many of them are "
           "new (added or changed by a save not visited since) and how many are unread."));
    line.parser().addOption(incompleteOption);
    line.parser().addOption(unreadOption);
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    auto threads = library->threads().listThreads();
    if (!threads) {
        err << threads.error().toString() << '\n';
        return 1;
    }
    const bool onlyIncomplete = line.parser().isSet(incompleteOption);
    const bool onlyUnread = line.parser().isSet(unreadOption);
    for (const ThreadSummary &thread : *threads) {
        if (onlyIncomplete && thread.gaps.isWhole())
            continue;
        if (onlyUnread && thread.unreadCount == 0)
            continue;
        out << thread.id << '\t' << thread.site << '\t' << thread.commentCount << '\t'
            << thread.title;
        if (onlyIncomplete)
            out << '\t' << thread.gaps.summary(thread.sourceKind);
        if (onlyUnread)
            out << '\t' << thread.newCount << '\t' << thread.unreadCount;
        out << '\n';
    }
    return 0;
}

} // namespace Scholia
