#include "stackexchangepostsimporter.h"

#include "html/htmlsanitizer.h"
#include "import/importsource.h"
#include "import/timeparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Scholia {

namespace {

const QString questionType = QStringLiteral("1");
const QString answerType = QStringLiteral("2");

// A dump does not name its site inside Posts.xml; the folder it unpacks into does
// ("coffee.stackexchange.com/Posts.xml"), so the path is the only place to learn it.
QString siteFromPath(const QString &path)
{
    static const QRegularExpression site(
        QStringLiteral("(?:^|[/"
                       "\\\\])((?:[a-z0-9-]+\\.)*(?:stackexchange|stackoverflow|superuser|"
                       "serverfault|askubuntu|mathoverflow)\\.(?:com|net))(?:[/\\\\]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return site.match(path).captured(1).toLower();
}

struct Row
{
    QString id, type, parentId, title, body, author, created, edited, score;
    QString answerCount; // a question's count of its answers, as the site kept it
};

Row rowOf(const QXmlStreamAttributes &attributes)
{
    Row row;
    row.id = attributes.value(QLatin1String("Id")).toString();
    row.type = attributes.value(QLatin1String("PostTypeId")).toString();
    row.parentId = attributes.value(QLatin1String("ParentId")).toString();
    row.title = attributes.value(QLatin1String("Title")).toString();
    row.body = attributes.value(QLatin1String("Body")).toString();
    row.author = attributes.value(QLatin1String("OwnerDisplayName")).toString();
    const QString userId = attributes.value(QLatin1String("OwnerUserId")).toString();
    if (row.author.isEmpty() && !userId.isEmpty())
        row.author = QStringLiteral("user ") + userId; // names live in Users.xml, not here
    row.created = attributes.value(QLatin1String("CreationDate")).toString();
    row.edited = attributes.value(QLatin1String("LastEditDate")).toString();
    row.score = attributes.value(QLatin1String("Score")).toString();
    row.answerCount = attributes.value(QLatin1String("AnswerCount")).toString();
    return row;
}

std::optional<qint64> scoreOf(const Row &row)
{
    bool ok = false;
    const qint64 score = row.score.toLongLong(&ok);
    return ok ? std::optional<qint64>(score) : std::nullopt;
}

// Reads every row first: a dump is ordered by Id, but nothing promises that an answer
// never comes before its question.
class PostsReader
{
public:
    Result<void> read(const QByteArray &data)
    {
        QXmlStreamReader xml(data);
        const auto where = [&] {
            return QStringLiteral("line %1, column %2")
                .arg(xml.lineNumber())
                .arg(xml.columnNumber());
        };
        if (!xml.readNextStartElement())
            return Error::of(xml.hasError() ? xml.errorString()
                                            : QStringLiteral("the file holds no XML element"))
                .at(where());
        if (xml.name() != QLatin1String("posts"))
            return Error::of(
                       QStringLiteral("expected a <posts> element, found <%1>").arg(xml.name()))
                .at(where());
        QSet<QString> ids;
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("row")) {
                ++m_unknownElements;
                xml.skipCurrentElement();
                continue;
            }
            Row row = rowOf(xml.attributes());
            if (row.id.isEmpty())
                return Error::of(QStringLiteral("a row has no Id")).at(where());
            if (ids.contains(row.id))
                return Error::of(QStringLiteral("post Id %1 appears twice").arg(row.id))
                    .at(where());
            ids.insert(row.id);
            if (row.type == questionType)
                m_questions.push_back(std::move(row));
            else if (row.type == answerType)
                m_answers[row.parentId].push_back(std::move(row));
            else
                ++m_otherRows;
            xml.skipCurrentElement();
        }
        if (xml.hasError())
            return Error::of(xml.errorString()).at(where());
        return {};
    }

    std::vector<Row> m_questions;
    QHash<QString, std::vector<Row>> m_answers; // by ParentId, in file order
    int m_otherRows = 0;
    int m_unknownElements = 0;
};

class ThreadBuilder
{
public:
    explicit ThreadBuilder(const QString &site) : m_site(site) {}

    ThreadDocument build(const Row &question, const std::vector<Row> &answers) const
    {
        ThreadDocument doc;
        doc.sourceKind = QStringLiteral("stackexchange");
        // Question ids are per site: prefix the site when the dump's name tells it.
        doc.sourceId = m_site.isEmpty() ? question.id : m_site + QLatin1Char('/') + question.id;
        doc.site = m_site.isEmpty() ? QStringLiteral("stackexchange") : m_site;
        if (!m_site.isEmpty())
            doc.url = QUrl(QStringLiteral("https://%1/q/%2").arg(m_site, question.id));
        doc.title = question.title;
        doc.author = question.author;
        doc.created = TimeParser::fromIso8601(question.created);
        doc.score = scoreOf(question);
        const SanitizedHtml body = HtmlSanitizer::sanitize(question.body);
        doc.bodyHtml = body.html;
        doc.bodyText = body.text;
        int sibling = 0;
        for (const Row &answer : answers) {
            Comment comment = commentOf(answer);
            comment.siblingIndex = sibling++;
            doc.comments.push_back(std::move(comment));
        }
        readGaps(question, doc);
        return doc;
    }

private:
    // A question's AnswerCount is the site's count of its answers (deleted ones are in
    // neither the count nor the dump); a dump cut by date or by hand can hold fewer.
    static void readGaps(const Row &question, ThreadDocument &doc)
    {
        bool ok = false;
        const int stated = question.answerCount.toInt(&ok);
        if (!ok || stated < 0)
            return;
        doc.gaps.siteTotal = stated;
        const int held = int(doc.comments.size());
        if (stated <= held)
            return;
        doc.gaps.missingComments = stated - held;
        doc.warnings << doc.gaps.importWarning(
            doc.sourceKind, QStringLiteral("the question's AnswerCount=\"%1\" with %2 of its "
                                           "answers in the file")
                                .arg(stated)
                                .arg(held));
    }

    Comment commentOf(const Row &answer) const
    {
        Comment comment;
        comment.sourceId = answer.id;
        comment.author = answer.author;
        comment.created = TimeParser::fromIso8601(answer.created);
        if (!answer.edited.isEmpty()) {
            comment.wasEdited = true;
            comment.edited = TimeParser::fromIso8601(answer.edited);
        }
        comment.score = scoreOf(answer);
        const SanitizedHtml body = HtmlSanitizer::sanitize(answer.body);
        comment.bodyHtml = body.html;
        comment.bodyText = body.text;
        if (!m_site.isEmpty())
            comment.url = QUrl(QStringLiteral("https://%1/a/%2").arg(m_site, answer.id));
        return comment;
    }

    QString m_site;
};

} // namespace

QString StackExchangePostsImporter::formatName() const
{
    return QStringLiteral("stackexchange-posts");
}

int StackExchangePostsImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    if (!head.contains("<posts") || !head.contains("<row "))
        return 0;
    int confidence = 50;
    if (head.contains("PostTypeId="))
        confidence += 40;
    if (source.hasExtension(QLatin1String(".xml")))
        confidence += 10;
    return qMin(confidence, 100);
}

Result<std::vector<ThreadDocument>>
StackExchangePostsImporter::parse(const ImportSource &source) const
{
    PostsReader reader;
    if (auto read = reader.read(source.data); !read)
        return std::move(read.error().inFile(source.path).inFormat(formatName()));
    if (reader.m_questions.empty())
        return Error::of(QStringLiteral("the file holds no questions (rows with PostTypeId=\"1\")"))
            .inFile(source.path)
            .inFormat(formatName());

    const ThreadBuilder builder(siteFromPath(source.path));
    std::vector<ThreadDocument> threads;
    threads.reserve(reader.m_questions.size());
    int answered = 0;
    for (const Row &question : reader.m_questions) {
        const auto answers = reader.m_answers.constFind(question.id);
        threads.push_back(builder.build(
            question, answers == reader.m_answers.cend() ? std::vector<Row>() : *answers));
        if (answers != reader.m_answers.cend())
            answered += int(answers->size());
    }
    // File-wide notes go on the first thread: warnings are per thread, and these are about the
    // file.
    QStringList &warnings = threads.front().warnings;
    if (reader.m_otherRows > 0)
        warnings << QStringLiteral("left out %1 row(s) that are neither questions nor answers (tag "
                                   "wikis and the like)")
                        .arg(reader.m_otherRows);
    int answerRows = 0;
    for (const auto &group : reader.m_answers)
        answerRows += int(group.size());
    if (answerRows > answered)
        warnings << QStringLiteral("left out %1 answer(s) whose question is not in the file")
                        .arg(answerRows - answered);
    if (reader.m_unknownElements > 0)
        warnings << QStringLiteral("skipped %1 element(s) other than <row>")
                        .arg(reader.m_unknownElements);
    return threads;
}

} // namespace Scholia
