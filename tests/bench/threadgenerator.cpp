#include "threadgenerator.h"

#include "benchrandom.h"
#include "commentbodywriter.h"
#include "discoursejsonwriter.h"
#include "hackernewsalgoliawriter.h"
#include "html/htmlsanitizer.h"
#include "mboxwriter.h"
#include "rdramahtmlwriter.h"
#include "redditjsonwriter.h"
#include "threadshape.h"

#include <QTimeZone>

namespace Scholia {

ThreadGenerator::ThreadGenerator(quint64 seed) : m_random(seed)
{
}

QByteArray ThreadGenerator::redditJson(int comments)
{
    BenchRandom random(m_random);
    const std::vector<GeneratedComment> shape = ThreadShape(random).build(comments);
    return RedditJsonWriter(random).write(redditThreadId(), shape);
}

QStringList ThreadGenerator::formatNames()
{
    return {QStringLiteral("reddit-json"), QStringLiteral("hn-algolia"),
            QStringLiteral("discourse"), QStringLiteral("mbox"), QStringLiteral("rdrama-html")};
}

std::optional<ThreadGenerator::Format> ThreadGenerator::formatNamed(const QString &name)
{
    const qsizetype index = formatNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return Format(index); // formatNames() lists them in the enum's order
}

ThreadGenerator::Output ThreadGenerator::thread(Format format, int comments, int threadNumber)
{
    BenchRandom random(m_random);
    const std::vector<GeneratedComment> shape = ThreadShape(random).build(comments);
    Output out;
    out.comments = int(shape.size());
    for (const GeneratedComment &c : shape)
        out.maxDepth = qMax(out.maxDepth, c.depth);
    switch (format) {
    case Format::RedditJson:
        out.data = RedditJsonWriter(random).write(
            threadNumber == 1 ? redditThreadId() : QStringLiteral("bench%1").arg(threadNumber),
            shape);
        break;
    case Format::HackerNewsAlgolia:
        out.data = HackerNewsAlgoliaWriter(random).write(threadNumber, shape);
        break;
    case Format::Discourse:
        out.data = DiscourseJsonWriter(random).write(threadNumber, shape);
        break;
    case Format::Mbox:
        out.data = MboxWriter(random).write(threadNumber, shape);
        break;
    case Format::RdramaHtml:
        out.data = RdramaHtmlWriter(random).write(threadNumber, shape);
        break;
    }
    return out;
}

QByteArray ThreadGenerator::redditJsonChain(int length)
{
    BenchRandom random(m_random);
    const std::vector<GeneratedComment> shape =
        ThreadShape(random).buildChain(qMin(length, maxJsonChain));
    return RedditJsonWriter(random).write(redditThreadId(), shape);
}

ThreadDocument ThreadGenerator::replyChain(int length)
{
    BenchRandom random(m_random);
    CommentBodyWriter bodies(random);
    const QString redditOrigin = QStringLiteral("https://www.reddit.com");
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("reddit");
    doc.sourceId = chainThreadId();
    doc.url = QUrl(redditOrigin + RedditJsonWriter::permalink(doc.sourceId));
    doc.site = QStringLiteral("reddit.com/r/") + RedditJsonWriter::subreddit;
    doc.title = QStringLiteral("A reply chain %1 deep").arg(length);
    doc.author = QStringLiteral("bench_op");
    doc.created = QDateTime::fromSecsSinceEpoch(ThreadShape::postTime, QTimeZone::utc());
    doc.score = 1;
    // Bodies go through the sanitizer as an import's would, so the page is the real thing.
    const SanitizedHtml post = HtmlSanitizer::sanitize(bodies.write().html);
    doc.bodyHtml = post.html;
    doc.bodyText = post.text;

    doc.comments.reserve(size_t(length));
    qint64 time = ThreadShape::postTime;
    for (int i = 0; i < length; ++i) {
        Comment c;
        c.sourceId = RedditJsonWriter::commentId(i);
        c.parent = i - 1;
        c.depth = i;
        c.author = i % 2 ? QStringLiteral("user_b") : QStringLiteral("bench_op");
        time += random.between(20, 600);
        c.created = QDateTime::fromSecsSinceEpoch(time, QTimeZone::utc());
        c.score = random.between(-2, 40);
        const SanitizedHtml body = HtmlSanitizer::sanitize(bodies.write().html);
        c.bodyHtml = body.html;
        c.bodyText = body.text;
        c.url = QUrl(redditOrigin + RedditJsonWriter::permalink(doc.sourceId, c.sourceId));
        doc.comments.push_back(std::move(c));
    }
    return doc;
}

} // namespace Scholia
