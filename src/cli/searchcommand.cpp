#include "searchcommand.h"

#include "store/library.h"
#include "store/searchengine.h"
#include "store/searchquery.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Scholia {

namespace {

// One line per hit whatever the text holds.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// The snippet for a terminal: **match** instead of <b>match</b>, entities decoded.
QString markedSnippet(const QString &snippetHtml)
{
    QString marked = snippetHtml;
    marked.replace(QLatin1String("<b>"), QLatin1String("**"));
    marked.replace(QLatin1String("</b>"), QLatin1String("**"));
    return SearchEngine::plainSnippet(marked);
}

QString kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Comment:
        return QStringLiteral("comment");
    case SearchHit::Kind::Thread:
        return QStringLiteral("thread");
    case SearchHit::Kind::ThreadNote:
        return QStringLiteral("thread-note");
    case SearchHit::Kind::Annotation:
        return QStringLiteral("annotation");
    }
    return {};
}

QString orderName(SearchPage::Order order)
{
    return order == SearchPage::Order::Relevance ? QStringLiteral("relevance")
                                                 : QStringLiteral("newest-first");
}

QString summary(const SearchPage &page)
{
    // No %n plural: the count can pass INT_MAX in principle, and "matches: N" needs none.
    const QString count = page.countIsLowerBound
                              ? SearchCommand::tr("more than %1").arg(page.totalCount)
                              : QString::number(page.totalCount);
    return page.order == SearchPage::Order::Relevance
               ? SearchCommand::tr("matches: %1, best first").arg(count)
               : SearchCommand::tr("matches: %1, the most recently saved first").arg(count);
}

} // namespace

QString SearchCommand::tabSeparated(const SearchPage &page)
{
    QString text;
    for (const SearchHit &hit : page.hits) {
        const QStringList fields = {
            QString::number(hit.threadId),
            oneLine(hit.commentSourceId),
            oneLine(hit.author),
            hit.created.isValid() ? hit.created.toUTC().toString(Qt::ISODate) : QString(),
            oneLine(markedSnippet(hit.snippetHtml)),
        };
        text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

QByteArray SearchCommand::json(const SearchPage &page)
{
    QJsonArray hits;
    for (const SearchHit &hit : page.hits) {
        hits.append(QJsonObject{
            {QStringLiteral("thread"), hit.threadId},
            {QStringLiteral("threadTitle"), hit.threadTitle},
            {QStringLiteral("comment"), hit.commentSourceId},
            {QStringLiteral("kind"), kindName(hit.kind)},
            {QStringLiteral("annotation"),
             hit.annotationId ? QJsonValue(hit.annotationId) : QJsonValue()},
            {QStringLiteral("author"), hit.author},
            {QStringLiteral("created"), hit.created.isValid()
                                            ? QJsonValue(hit.created.toUTC().toString(Qt::ISODate))
                                            : QJsonValue()},
            {QStringLiteral("snippet"), SearchEngine::plainSnippet(hit.snippetHtml)},
            {QStringLiteral("snippetHtml"), hit.snippetHtml},
        });
    }
    const QJsonObject object{
        {QStringLiteral("total"), page.totalCount},
        {QStringLiteral("totalIsLowerBound"), page.countIsLowerBound},
        {QStringLiteral("order"), orderName(page.order)},
        {QStringLiteral("hits"), hits},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

int SearchCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("search"),
        tr("Search the whole library: comments, thread titles and posts, thread notes, "
           "annotations. Words must all match; \"a phrase\", -word, a OR b, prefix*, "
           "author:NAME, site:NAME, tag:NAME, thread:ID, before:YYYY-MM-DD, "
           "after:YYYY-MM-DD, is:annotated, is:orphaned, is:incomplete, is:rebutted (a passage "
           "another rebuts), is:unanswered (a question nothing answers), link:TYPE (either end "
           "of a link: supports, rebuts, asks, answers, same-point). Put -- before a query "
           "that excludes words (-word). Prints thread id, comment id, author, date and a "
           "snippet with the matches in **, tab-separated."));
    QCommandLineParser &parser = line.parser();
    parser.addPositionalArgument(
        QStringLiteral("QUERY"),
        tr("What to look for (several arguments are joined with spaces)."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N hits (default 20)."),
                                   tr("N"), QStringLiteral("20"));
    const QCommandLineOption offset(QStringLiteral("offset"),
                                    tr("Skip the first N hits (default 0)."), tr("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the page as JSON."));
    parser.addOptions({limit, offset, json});
    // SubcommandLine::parse() takes no positional arguments but a thread id; the query is
    // free text, so the parse is done here, with the same exit codes.
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << tr("(a query that excludes words goes after --: scholia search -- fish -chips)")
            << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("search"));
        return 0;
    }
    bool limitOk = false;
    bool offsetOk = false;
    const int pageSize = parser.value(limit).toInt(&limitOk);
    const int skip = parser.value(offset).toInt(&offsetOk);
    if (!limitOk || pageSize < 1)
        return line.usageError(err, tr("--limit needs a number of at least 1"));
    if (!offsetOk || skip < 0)
        return line.usageError(err, tr("--offset needs a number of at least 0"));

    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    const auto query = SearchQueryParser::parse(text);
    if (!query) {
        const int column = SearchQueryParser::columnOf(query.error());
        line.usageError(err, query.error().toString());
        if (column > 0)
            err << QStringLiteral("  ") << text << '\n'
                << QString(column + 1, QLatin1Char(' ')) << "^\n";
        return 2;
    }
    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const auto page = library->search().search(*query, skip, pageSize);
    if (!page) {
        err << page.error().toString() << '\n';
        return 1;
    }
    if (parser.isSet(json)) {
        out << QString::fromUtf8(SearchCommand::json(*page));
        return 0;
    }
    out << tabSeparated(*page);
    err << summary(*page) << '\n';
    return 0;
}

} // namespace Scholia
