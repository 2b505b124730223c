#include "linkscommand.h"

#include "core/argumentmap.h"
#include "library/argumentmaploader.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Scholia {

namespace {

// Keeps one link on one line whatever its note holds.
QString oneLine(const QString &text)
{
    QString line = text;
    return line.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"));
}

QJsonObject end(const ArgumentClaim *claim, qint64 id)
{
    QJsonObject object{{QStringLiteral("annotation"), id}};
    if (!claim)
        return object;
    const TopicPassage &p = claim->passage;
    object.insert(QStringLiteral("thread"), p.threadId);
    object.insert(QStringLiteral("comment"), p.commentSourceId);
    object.insert(QStringLiteral("author"), p.author);
    object.insert(QStringLiteral("quote"), p.wholeComment ? QString() : p.quote);
    object.insert(QStringLiteral("state"), Annotation::anchorStateName(p.anchorState));
    return object;
}

} // namespace

QStringList LinksCommand::tabSeparated(const ArgumentMap &map)
{
    QStringList lines;
    for (const AnnotationLink &link : map.links) {
        const auto state = [&map](qint64 id) {
            const ArgumentClaim *claim = map.claim(id);
            return claim ? Annotation::anchorStateName(claim->passage.anchorState) : QString();
        };
        lines << QStringList{QString::number(link.id),
                             QString::number(link.from),
                             AnnotationLinkTypes::key(link.type),
                             QString::number(link.to),
                             state(link.from),
                             state(link.to),
                             oneLine(link.note)}
                     .join(QLatin1Char('\t'));
    }
    return lines;
}

QByteArray LinksCommand::json(const ArgumentMap &map)
{
    QJsonArray array;
    for (const AnnotationLink &link : map.links) {
        array.append(QJsonObject{
            {QStringLiteral("id"), link.id},
            {QStringLiteral("uuid"), link.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), AnnotationLinkTypes::key(link.type)},
            {QStringLiteral("from"), end(map.claim(link.from), link.from)},
            {QStringLiteral("to"), end(map.claim(link.to), link.to)},
            {QStringLiteral("note"), link.note},
            {QStringLiteral("created"), link.created.toString(Qt::ISODate)},
            {QStringLiteral("updated"), link.updated.toString(Qt::ISODate)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

int LinksCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("links"),
        tr("List the links with an end on a thread, oldest first: link id, from annotation, "
           "type (supports, rebuts, asks, answers, same-point), to annotation, the state of "
           "each end (anchored, re-anchored or orphaned), note; tab-separated, with tabs, line "
           "breaks and backslashes escaped. An end may be on another thread."),
        SubcommandLine::ThreadArgument::Required);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print a JSON array instead, with each end's thread, "
                                           "comment, author and quote."));
    line.parser().addOption(jsonOption);
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const qint64 id = line.threadId();
    const auto exists = library->threads().hasThread(id);
    if (!exists || !*exists) {
        err << (exists ? tr("scholia links: there is no thread %1 in the library").arg(id)
                       : exists.error().toString())
            << '\n';
        return 1;
    }
    const auto map = ArgumentMapLoader::forThread(*library, id);
    if (!map) {
        err << map.error().toString() << '\n';
        return 1;
    }
    if (line.parser().isSet(jsonOption)) {
        out << QString::fromUtf8(json(*map));
        return 0;
    }
    for (const QString &text : tabSeparated(*map))
        out << text << '\n';
    return 0;
}

} // namespace Scholia
