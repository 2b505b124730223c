#include "mapcommand.h"

#include "core/argumentmap.h"
#include "export/exportfile.h"
#include "library/argumentmaploader.h"
#include "render/argumentmapdot.h"
#include "render/graphvizsvg.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace Scholia {

Result<ArgumentMap> MapCommand::load(Library &library, const QString &tag, qint64 threadId)
{
    if (!tag.isEmpty())
        return ArgumentMapLoader::forTag(library, tag);
    const auto exists = library.threads().hasThread(threadId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::of(tr("there is no thread %1 in the library").arg(threadId));
    return ArgumentMapLoader::forThread(library, threadId);
}

int MapCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("map"),
        tr("Draw the argument map of a thread (the links with an end on it) or of a topic (--tag: "
           "the links among the passages carrying the tag or a tag below it): claims as boxes, "
           "links as arrows styled by type. Writes SVG, laid out by Graphviz, or the Graphviz DOT "
           "source, as the output file's name ends."));
    QCommandLineParser &parser = line.parser();
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The thread's id, as \"scholia list\" prints it."), tr("[ID]"));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Draw a topic's map instead."),
                                 tr("TAG"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write: FILE.svg or FILE.dot."), tr("FILE"));
    parser.addOptions({tag, output});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("map"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 threadId = positional.value(0).toLongLong(&isNumber);
    if (parser.isSet(tag) == !positional.isEmpty() || positional.size() > 1 ||
        (!positional.isEmpty() && !isNumber))
        return line.usageError(err, tr("expected a thread id or --tag TAG (one of them)"));
    const QString path = parser.value(output);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || (suffix != QLatin1String("svg") && suffix != QLatin1String("dot")))
        return line.usageError(err, tr("expected -o FILE.svg or -o FILE.dot"));

    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const auto map = load(*library, parser.value(tag), threadId);
    if (!map) {
        err << tr("scholia map: %1").arg(map.error().toString()) << '\n';
        return 1;
    }
    if (map->isEmpty()) {
        err << tr("scholia map: no links to draw (\"scholia link\" makes them)") << '\n';
        return 1;
    }
    const QString dot = ArgumentMapDot::write(*map, parser.isSet(tag) ? 0 : threadId);
    const auto svg =
        suffix == QLatin1String("dot") ? Result<QString>(dot) : GraphvizSvg::render(dot);
    if (!svg) {
        err << tr("scholia map: %1").arg(svg.error().toString()) << '\n';
        return 1;
    }
    if (const auto written = ExportFile::write(path, svg->toUtf8()); !written) {
        err << tr("scholia map: %1").arg(written.error().toString()) << '\n';
        return 1;
    }
    out << tr("%1: claims: %2, links: %3").arg(path).arg(map->claims.size()).arg(map->links.size())
        << '\n';
    return 0;
}

} // namespace Scholia
