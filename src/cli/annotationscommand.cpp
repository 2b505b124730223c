#include "annotationscommand.h"

#include "annotationsexportcommand.h"
#include "annotationsimportcommand.h"
#include "core/annotation.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Scholia {

namespace {

// Keeps one annotation on one line whatever its quote and note hold.
QString escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            result += QStringLiteral("\\\\");
            break;
        case '\t':
            result += QStringLiteral("\\t");
            break;
        case '\n':
            result += QStringLiteral("\\n");
            break;
        case '\r':
            result += QStringLiteral("\\r");
            break;
        default:
            result += c;
        }
    }
    return result;
}

} // namespace

QString AnnotationsCommand::tabSeparated(const Annotation &a)
{
    const QStringList fields = {
        QString::number(a.id),
        escaped(a.commentSourceId),
        a.position ? QString::number(a.position->start) : QString(),
        a.position ? QString::number(a.position->end) : QString(),
        escaped(a.quote.exact),
        a.color,
        escaped(a.tags.join(QLatin1Char(','))),
        escaped(a.note),
        Annotation::anchorStateName(a.anchorState),
    };
    return fields.join(QLatin1Char('\t'));
}

QByteArray AnnotationsCommand::json(const std::vector<Annotation> &annotations)
{
    QJsonArray array;
    for (const Annotation &a : annotations) {
        QJsonObject object{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("comment"), a.commentSourceId},
            {QStringLiteral("start"),
             a.position ? QJsonValue(qint64(a.position->start)) : QJsonValue()},
            {QStringLiteral("end"),
             a.position ? QJsonValue(qint64(a.position->end)) : QJsonValue()},
            {QStringLiteral("exact"), a.quote.exact},
            {QStringLiteral("prefix"), a.quote.prefix},
            {QStringLiteral("suffix"), a.quote.suffix},
            {QStringLiteral("color"), a.color},
            {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("state"), Annotation::anchorStateName(a.anchorState)},
            {QStringLiteral("created"), a.created.toString(Qt::ISODate)},
            {QStringLiteral("updated"), a.updated.toString(Qt::ISODate)},
        };
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// The first argument that is neither an option nor --db's value, and where it is.
qsizetype AnnotationsCommand::firstWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

int AnnotationsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // "annotations export …" and "annotations import …" are commands of their own; a
    // thread id (a number) lists as before.
    if (const qsizetype at = firstWord(arguments); at > 0) {
        const QString word = arguments.at(at);
        if (word == QLatin1String("export") || word == QLatin1String("import")) {
            QStringList rest = arguments;
            rest.removeAt(at);
            rest[0] = arguments.value(0) + QLatin1Char(' ') + word;
            return word == QLatin1String("export") ? AnnotationsExportCommand::run(rest, out, err)
                                                   : AnnotationsImportCommand::run(rest, out, err);
        }
    }
    SubcommandLine line(
        QStringLiteral("annotations"),
        tr("List a thread's annotations in tree order: id, comment id, start, end, quote, colour, "
           "tags (comma-separated), note, state (anchored, re-anchored or orphaned), "
           "tab-separated, "
           "with tabs, line breaks and backslashes escaped as \\t, \\n and \\\\. Start and end are "
           "empty for a whole-comment annotation. \"scholia annotations export [ID] -o FILE\" "
           "writes them as W3C Web Annotations and \"scholia annotations import FILE...\" merges "
           "such files (see their --help)."),
        SubcommandLine::ThreadArgument::Required);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print a JSON array instead."));
    line.parser().addOption(jsonOption);
    if (auto exit = line.parse(arguments, out, err))
        return *exit;
    const qint64 id = line.threadId();
    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const auto exists = library->threads().hasThread(id);
    if (!exists || !*exists) {
        err << (exists ? tr("scholia annotations: there is no thread %1 in the library").arg(id)
                       : exists.error().toString())
            << '\n';
        return 1;
    }
    const auto annotations = library->annotations().listForThread(id);
    if (!annotations) {
        err << annotations.error().toString() << '\n';
        return 1;
    }
    if (line.parser().isSet(jsonOption)) {
        out << QString::fromUtf8(json(*annotations));
        return 0;
    }
    for (const Annotation &annotation : *annotations)
        out << tabSeparated(annotation) << '\n';
    return 0;
}

} // namespace Scholia
