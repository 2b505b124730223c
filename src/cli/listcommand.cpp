#include "listcommand.h"

#include "databaselocation.h"
#include "store/threadstore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

int ListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the threads in the library: id, site, comment count, title (tab-separated)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The library file."), tr("PATH"));
    parser.addOption(dbOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("scholia list: unexpected argument \"%1\"").arg(parser.positionalArguments().first()) << '\n';
        return 2;
    }
    auto store = ThreadStore::open(DatabaseLocation::resolve(parser.value(dbOption)));
    if (!store) {
        err << store.error().toString() << '\n';
        return 1;
    }
    auto threads = (*store)->listThreads();
    if (!threads) {
        err << threads.error().toString() << '\n';
        return 1;
    }
    for (const ThreadSummary &thread : *threads)
        out << thread.id << '\t' << thread.site << '\t' << thread.commentCount << '\t' << thread.title << '\n';
    return 0;
}

} // namespace Scholia
