#include "showcommand.h"

#include "databaselocation.h"
#include "store/threadstore.h"
#include "treetextformatter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

int ShowCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a thread: its post, then its comments in order."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The library file."), tr("PATH"));
    const QCommandLineOption treeOption(QStringLiteral("tree"),
                                        tr("Indent each comment by its depth in the reply tree."));
    parser.addOption(dbOption);
    parser.addOption(treeOption);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The thread's id, as \"scholia list\" prints it."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 id = positional.value(0).toLongLong(&isNumber);
    if (positional.size() != 1 || !isNumber) {
        err << tr("scholia show: expected one thread id (a number from \"scholia list\")") << '\n';
        return 2;
    }
    auto store = ThreadStore::open(DatabaseLocation::resolve(parser.value(dbOption)));
    if (!store) {
        err << store.error().toString() << '\n';
        return 1;
    }
    auto thread = (*store)->loadThread(id);
    if (!thread) {
        err << thread.error().toString() << '\n';
        return 1;
    }
    out << TreeTextFormatter::format(*thread, parser.isSet(treeOption)
                                                  ? TreeTextFormatter::Layout::Tree
                                                  : TreeTextFormatter::Layout::Flat);
    return 0;
}

} // namespace Scholia
