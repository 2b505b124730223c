#include "listcommand.h"

#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QTextStream>

namespace Scholia {

int ListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(QStringLiteral("list"),
                        tr("List the threads in the library: id, site, comment count, title (tab-separated)."));
    const QCommandLineOption incompleteOption(
        QStringLiteral("incomplete"),
        tr("Only the threads whose save lacks part of the thread (\"more\" stubs, posts or pages "
           "the saved file does not hold), with a fifth column saying what is missing."));
    line.parser().addOption(incompleteOption);
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
    for (const ThreadSummary &thread : *threads) {
        if (onlyIncomplete && thread.gaps.isWhole())
            continue;
        out << thread.id << '\t' << thread.site << '\t' << thread.commentCount << '\t' << thread.title;
        if (onlyIncomplete)
            out << '\t' << thread.gaps.summary(thread.sourceKind);
        out << '\n';
    }
    return 0;
}

} // namespace Scholia
