#include "redditjsonwriter.h"

#include "benchrandom.h"
#include "jsonobjectwriter.h"
#include "threadshape.h"

#include <cmath>
#include <utility>

namespace Scholia {

namespace {

QString base36(qint64 value)
{
    return QString::number(value, 36);
}

// A stable hash (qHash may differ between Qt versions), for made-up account ids.
qint64 fnv1a(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 16777619u;
    return hash;
}

// "more" stubs name replies that are not in the file: ids from a range of their own.
QString moreId(int index)
{
    return base36(2000000000LL + index);
}

// Reddit writes HTML (and, without raw_json=1, Markdown) with &, < and > escaped
// once more; quotes stay as they are.
QString redditEscaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

// `{"kind": "Listing", "data": {…, "children": [`; the caller writes the children,
// then listingEnd.
void listingStart(QByteArray &out)
{
    out += "{\"kind\": \"Listing\", \"data\": {\"after\": null, \"dist\": null, \"modhash\": \"\", "
           "\"geo_filter\": \"\", \"children\": [";
}
const char listingEnd[] = "], \"before\": null}}";

} // namespace

const QString RedditJsonWriter::subreddit = QStringLiteral("scholia_bench");

QString RedditJsonWriter::commentId(int index)
{
    return base36(1000000000LL + index);
}

QString RedditJsonWriter::permalink(const QString &threadId, const QString &commentSourceId)
{
    QString link = QStringLiteral("/r/%1/comments/%2/generated_thread/").arg(subreddit, threadId);
    if (!commentSourceId.isEmpty())
        link += commentSourceId + QLatin1Char('/');
    return link;
}

QByteArray RedditJsonWriter::write(const QString &threadId,
                                   const std::vector<GeneratedComment> &comments)
{
    m_threadId = threadId;
    m_out.clear();
    m_out.reserve(qsizetype(comments.size()) * 1800 + 4096);
    m_moreStubs = 0;
    std::vector<int> topLevel;
    for (int i = 0; i < int(comments.size()); ++i) {
        if (comments[size_t(i)].parent < 0)
            topLevel.push_back(i);
    }

    m_out += '[';
    listingStart(m_out);
    writePost(int(comments.size()));
    m_out += listingEnd;
    m_out += ", ";
    listingStart(m_out);

    // Iterative, like the importer: (replies being written, next one) per open Listing.
    struct Frame
    {
        const std::vector<int> *replies;
        size_t next;
        int owner; // the comment whose replies these are; -1 for the post
    };
    std::vector<Frame> stack{{&topLevel, 0, -1}};
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next < frame.replies->size()) {
            if (frame.next > 0)
                m_out += ", ";
            const int index = (*frame.replies)[frame.next++];
            writeCommentStart(comments, index);
            const GeneratedComment &comment = comments[size_t(index)];
            if (comment.replies.empty() && comment.moreReplies == 0) {
                m_out += "\"\"}}"; // Reddit's "no replies", then the data and the comment
            } else {
                listingStart(m_out);
                stack.push_back({&comment.replies, 0, index}); // frame is stale from here
            }
            continue;
        }
        const int owner = frame.owner;
        // Big threads never arrive whole: the post's Listing ends in a "more" stub too.
        const int more =
            owner < 0 ? (comments.size() >= 500 ? 40 : 0) : comments[size_t(owner)].moreReplies;
        if (more > 0) {
            if (!frame.replies->empty())
                m_out += ", ";
            writeMore(more,
                      owner < 0 ? QStringLiteral("t3_") + m_threadId
                                : QStringLiteral("t1_") + commentId(owner),
                      owner < 0 ? 0 : comments[size_t(owner)].depth + 1);
        }
        m_out += listingEnd;
        stack.pop_back();
        if (owner >= 0)
            m_out += "}}"; // the owner's data and the owner
    }
    m_out += "]\n";
    return std::exchange(m_out, {});
}

void RedditJsonWriter::writePost(int comments)
{
    const CommentBody body = m_bodies.write();
    m_out += "{\"kind\": \"t3\", \"data\": ";
    JsonObjectWriter(m_out)
        .string("subreddit", subreddit)
        .string("selftext", redditEscaped(body.markdown))
        .string("author_fullname", QStringLiteral("t2_benchop"))
        .string("title", redditEscaped(QStringLiteral("A generated thread of %1 comments: \"what's "
                                                      "the best way to read them all?\"")
                                           .arg(comments)))
        .string("name", QStringLiteral("t3_") + m_threadId)
        .number("score", 4321)
        .boolean("is_self", true)
        .time("created", ThreadShape::postTime)
        .string(
            "selftext_html",
            redditEscaped(QStringLiteral("<!-- SC_OFF --><div class=\"md\">%1</div><!-- SC_ON -->")
                              .arg(body.html)))
        .string("id", m_threadId)
        .string("author", QStringLiteral("bench_op"))
        .number("num_comments", comments)
        .string("permalink", permalink(m_threadId))
        .string("url", QStringLiteral("https://www.reddit.com") + permalink(m_threadId))
        .time("created_utc", ThreadShape::postTime)
        .close();
    m_out += '}';
}

// Opens the comment and its data and writes every field but "replies", whose key it
// leaves open for the caller.
void RedditJsonWriter::writeCommentStart(const std::vector<GeneratedComment> &comments, int index)
{
    const GeneratedComment &comment = comments[size_t(index)];
    const QString id = commentId(index);
    CommentBody body = m_bodies.write();
    QString author = comment.author;
    const double fate = m_random.unit();
    if (fate < 0.03) {
        author = QStringLiteral("[deleted]");
        body.markdown = fate < 0.01 ? QStringLiteral("[removed]") : QStringLiteral("[deleted]");
        body.html = QStringLiteral("<p>%1</p>\n").arg(body.markdown);
    }
    // Drawn here, in a fixed order, so the bytes do not depend on how calls are sequenced.
    const qint64 score = qint64(std::exp(m_random.unit() * 7.0)) - m_random.between(0, 3);
    const bool scoreHidden = m_random.chance(0.01);
    const bool controversial = m_random.chance(0.05);
    const qint64 edited = m_random.chance(0.08) ? comment.created + m_random.between(60, 86400) : 0;

    m_out += "{\"kind\": \"t1\", \"data\": ";
    JsonObjectWriter data(m_out);
    data.string("subreddit_id", QStringLiteral("t5_2qh1i"))
        .null("approved_at_utc")
        .boolean("author_is_blocked", false)
        .string("link_id", QStringLiteral("t3_") + m_threadId)
        .number("gilded", 0)
        .string("author", author)
        .string("author_fullname", QStringLiteral("t2_") + base36(fnv1a(author)))
        .number("score", score)
        .boolean("score_hidden", scoreHidden)
        .string("body", redditEscaped(body.markdown))
        .string("body_html",
                redditEscaped(QStringLiteral("<div class=\"md\">%1</div>").arg(body.html)))
        .boolean("is_submitter", author == QLatin1String("bench_op"))
        .boolean("stickied", false)
        .string("subreddit", subreddit)
        .string("id", id)
        .string("name", QStringLiteral("t1_") + id)
        .string("parent_id", comment.parent < 0 ? QStringLiteral("t3_") + m_threadId
                                                : QStringLiteral("t1_") + commentId(comment.parent))
        .string("permalink", permalink(m_threadId, id))
        .time("created", comment.created)
        .time("created_utc", comment.created)
        .number("depth", comment.depth)
        .null("distinguished")
        .number("controversiality", controversial ? 1 : 0);
    if (edited)
        data.time("edited", edited);
    else
        data.boolean("edited", false);
    data.key("replies");
}

void RedditJsonWriter::writeMore(int count, const QString &parentFullname, int depth)
{
    const int stub = m_moreStubs++;
    QByteArray children = "[";
    for (int i = 0; i < count; ++i)
        children += (i ? ", \"" : "\"") + moreId(stub * 100 + i).toLatin1() + '"';
    children += ']';
    const QString id = moreId(stub * 100 + 99);
    m_out += "{\"kind\": \"more\", \"data\": ";
    JsonObjectWriter(m_out)
        .number("count", count)
        .string("name", QStringLiteral("t1_") + id)
        .string("id", id)
        .string("parent_id", parentFullname)
        .number("depth", depth)
        .raw("children", children)
        .close();
    m_out += '}';
}

} // namespace Scholia
