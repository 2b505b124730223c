#include "tagscommand.h"

#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QTextStream>

namespace Scholia {

int TagsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("tags"),
        tr("List the tags in the library: name, annotations carrying it, threads carrying it, "
           "colour (tab-separated). A tag's counts are its own: \"compute\" does not count "
           "what \"compute/export-controls\" carries."));
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const auto tags = library->tags().list();
    if (!tags) {
        err << tags.error().toString() << '\n';
        return 1;
    }
    for (const Tag &tag : *tags)
        out << tag.name << '\t' << tag.annotationCount << '\t' << tag.threadCount << '\t'
            << tag.color << '\n';
    return 0;
}

} // namespace Scholia
