#include "listcommand.h"

#include "store/threadstore.h"
#include "subcommandline.h"

#include <QTextStream>

namespace Scholia {

int ListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(QStringLiteral("list"),
                        tr("List the threads in the library: id, site, comment count, title (tab-separated)."));
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const auto store = line.openStore(err);
    if (!store)
        return 1;
    auto threads = store->listThreads();
    if (!threads) {
        err << threads.error().toString() << '\n';
        return 1;
    }
    for (const ThreadSummary &thread : *threads)
        out << thread.id << '\t' << thread.site << '\t' << thread.commentCount << '\t' << thread.title << '\n';
    return 0;
}

} // namespace Scholia
