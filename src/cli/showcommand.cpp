#include "showcommand.h"

#include "store/library.h"
#include "store/threadhistorystore.h"
#include "store/threadstore.h"
#include "subcommandline.h"
#include "treetextformatter.h"

#include <QTextStream>

namespace Scholia {

int ShowCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("show"),
        tr("Print a thread: its post, then its comments in order, each marked when a later "
           "save made it new, edited, missing or removed on the site."),
        SubcommandLine::ThreadArgument::Required);
    const QCommandLineOption treeOption(QStringLiteral("tree"),
                                        tr("Indent each comment by its depth in the reply tree."));
    line.parser().addOption(treeOption);
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    auto thread = library->threads().loadThread(line.threadId());
    if (!thread) {
        err << thread.error().toString() << '\n';
        return 1;
    }
    const auto history = library->history().load(line.threadId());
    if (!history) {
        err << history.error().toString() << '\n';
        return 1;
    }
    out << TreeTextFormatter::format(*thread,
                                     line.parser().isSet(treeOption)
                                         ? TreeTextFormatter::Layout::Tree
                                         : TreeTextFormatter::Layout::Flat,
                                     &*history);
    return 0;
}

} // namespace Scholia
