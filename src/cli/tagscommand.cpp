#include "tagscommand.h"

#include "databaselocation.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

int TagsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the tags in the library: name, annotations carrying it, threads carrying it, "
           "colour (tab-separated). A tag's counts are its own: \"compute\" does not count "
           "what \"compute/export-controls\" carries."));
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
        err << tr("scholia tags: unexpected argument \"%1\"")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    auto store = ThreadStore::open(DatabaseLocation::resolve(parser.value(dbOption)));
    if (!store) {
        err << store.error().toString() << '\n';
        return 1;
    }
    const auto tags = TagStore((*store)->database()).list();
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
