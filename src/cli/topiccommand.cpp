#include "topiccommand.h"

#include "core/tagname.h"
#include "core/topictagcount.h"
#include "render/topicmarkdownwriter.h"
#include "store/library.h"
#include "store/tagresolver.h"
#include "store/threadstore.h"
#include "store/topicstore.h"
#include "subcommandline.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace Scholia {

namespace {

std::optional<TopicSort> sortNamed(const QString &name)
{
    if (name == QLatin1String("date"))
        return TopicSort::Date;
    if (name == QLatin1String("thread"))
        return TopicSort::Thread;
    if (name == QLatin1String("author"))
        return TopicSort::Author;
    return std::nullopt;
}

// Levenshtein distance, for "did you mean"; tag names are short.
qsizetype distance(const QString &a, const QString &b)
{
    std::vector<qsizetype> row(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1,
                                       diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

bool isKnown(const QString &name, const std::vector<TopicTagCount> &tags)
{
    // As the library looks names up: ASCII case ignored, nothing else.
    const QString wanted = TagResolver::folded(name);
    return std::any_of(tags.cbegin(), tags.cend(), [&](const TopicTagCount &tag) {
        return TagResolver::folded(tag.name) == wanted;
    });
}

} // namespace

QStringList TopicCommand::closeMatches(const QString &typed, const std::vector<TopicTagCount> &tags)
{
    const QString wanted = typed.toCaseFolded();
    QStringList matches;
    for (const TopicTagCount &tag : tags) {
        const QString name = tag.name.toCaseFolded();
        const QString last = name.section(TagName::separator, -1);
        if (name.contains(wanted) || wanted.contains(last) ||
            distance(wanted, name) <= std::max<qsizetype>(1, wanted.size() / 4))
            matches << tag.name;
        if (matches.size() == 5)
            break;
    }
    return matches;
}

QByteArray TopicCommand::json(const std::vector<TopicPassage> &passages)
{
    QJsonArray array;
    for (const TopicPassage &p : passages) {
        array.append(QJsonObject{
            {QStringLiteral("annotation"), p.annotationId},
            {QStringLiteral("thread"), p.threadId},
            {QStringLiteral("threadTitle"), p.threadTitle},
            {QStringLiteral("site"), p.threadSite},
            {QStringLiteral("comment"), p.commentSourceId},
            {QStringLiteral("author"), p.author},
            {QStringLiteral("created"), p.commentTime.isValid()
                                            ? QJsonValue(p.commentTime.toString(Qt::ISODate))
                                            : QJsonValue()},
            {QStringLiteral("quote"), p.quote},
            {QStringLiteral("wholeComment"), p.wholeComment},
            {QStringLiteral("note"), p.note},
            {QStringLiteral("color"), p.color},
            {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
            {QStringLiteral("state"), Annotation::anchorStateName(p.anchorState)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

int TopicCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("topic"),
        tr("Print every passage tagged TAG or a tag below it (\"economics\" gathers "
           "\"economics/trade\"), across all threads, grouped by thread: as Markdown, or as a "
           "JSON array."));
    line.parser().addPositionalArgument(QStringLiteral("TAG"),
                                        tr("The tag, as \"scholia tags\" lists it."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("md (the default) or json."),
                                          tr("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        tr("date, thread (the default) or author."), tr("ORDER"),
                                        QStringLiteral("thread"));
    line.parser().addOption(formatOption);
    line.parser().addOption(sortOption);
    // SubcommandLine takes no positional argument but a thread id; the tag is read here.
    if (!line.parser().parse(arguments)) {
        err << line.parser().errorText() << '\n';
        return 2;
    }
    if (line.parser().isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(line.parser(), QStringLiteral("topic"));
        return 0;
    }
    const QStringList positional = line.parser().positionalArguments();
    if (positional.size() != 1)
        return line.usageError(err, tr("expected one tag"));
    const QString format = line.parser().value(formatOption);
    if (format != QLatin1String("md") && format != QLatin1String("json"))
        return line.usageError(err, tr("unknown format \"%1\" (there are: md, json)").arg(format));
    const std::optional<TopicSort> sort = sortNamed(line.parser().value(sortOption));
    if (!sort)
        return line.usageError(err, tr("unknown order \"%1\" (there are: date, thread, author)")
                                        .arg(line.parser().value(sortOption)));
    const auto tag = TagName::normalize(positional.first());
    if (!tag)
        return line.usageError(err, tag.error().toString());

    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const TopicStore &topics = library->topics();
    const auto counts = topics.tagCounts();
    if (!counts) {
        err << counts.error().toString() << '\n';
        return 1;
    }
    if (!isKnown(*tag, *counts)) {
        err << tr("scholia topic: there is no tag \"%1\"").arg(*tag);
        const QStringList close = closeMatches(*tag, *counts);
        if (!close.isEmpty())
            err << tr("; did you mean: %1").arg(close.join(QStringLiteral(", ")));
        err << '\n';
        return 1;
    }
    const auto passages = topics.passages(*tag, *sort);
    if (!passages) {
        err << passages.error().toString() << '\n';
        return 1;
    }
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(json(*passages));
    else
        out << TopicMarkdownWriter::write(*tag, *passages, QDate::currentDate());
    return 0;
}

} // namespace Scholia
