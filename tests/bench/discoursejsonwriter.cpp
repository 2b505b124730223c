#include "discoursejsonwriter.h"

#include "benchrandom.h"
#include "jsonobjectwriter.h"
#include "threadshape.h"

#include <QDateTime>
#include <QTimeZone>

#include <utility>

namespace Scholia {

namespace {

QString iso8601(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000Z"));
}

const QString slug = QStringLiteral("a-generated-thread");

// A stable number per name (qHash may differ between Qt versions).
qint64 userId(const QString &name)
{
    quint32 hash = 2166136261u;
    for (const QChar c : name)
        hash = (hash ^ c.unicode()) * 16777619u;
    return 1000 + hash % 100000;
}

} // namespace

// The host only shows in avatar paths, which is where the importer finds it.
const QString DiscourseJsonWriter::host = QStringLiteral("forum.scholia-bench.example");

QByteArray DiscourseJsonWriter::write(int threadNumber,
                                      const std::vector<GeneratedComment> &comments)
{
    m_topicId = threadNumber;
    m_out.clear();
    m_out.reserve(qsizetype(comments.size()) * 1400 + 4096);
    int topLevel = 0;
    for (const GeneratedComment &c : comments)
        topLevel += c.parent < 0 ? 1 : 0;

    // Discourse numbers posts in the order they were written; the shape adds a reply
    // after the comment it answers, so its index order is such an order.
    m_out += "{\"post_stream\": {\"posts\": [";
    writePost(1, QStringLiteral("bench_op"), ThreadShape::postTime, std::nullopt, topLevel);
    for (int i = 0; i < int(comments.size()); ++i) {
        const GeneratedComment &c = comments[size_t(i)];
        m_out += ", ";
        writePost(i + 2, c.author, c.created,
                  c.parent < 0 ? std::nullopt : std::optional<int>(c.parent + 2),
                  int(c.replies.size()));
    }
    m_out += "], \"stream\": [";
    for (int n = 1; n <= int(comments.size()) + 1; ++n) {
        if (n > 1)
            m_out += ", ";
        m_out += QByteArray::number(qint64(m_topicId) * 1000000 + n);
    }
    m_out += "]}, ";
    // The topic's own fields come after the posts, as Discourse writes them.
    m_out += "\"timeline_lookup\": [], \"suggested_topics\": [], \"tags\": [], ";
    // The members read by the importer: id, title, slug, created_at.
    QByteArray topic;
    JsonObjectWriter fields(topic);
    fields.number("id", m_topicId)
        .string("title", QStringLiteral("A generated thread of %1 posts: how do you read them "
                                        "all?")
                             .arg(comments.size() + 1))
        .string("fancy_title", QStringLiteral("A generated thread of %1 posts: how do you read "
                                              "them all?")
                                   .arg(comments.size() + 1))
        .number("posts_count", qint64(comments.size()) + 1)
        .string("created_at", iso8601(ThreadShape::postTime))
        .number("views", 4321)
        .number("reply_count", qint64(comments.size()))
        .string("slug", slug)
        .number("category_id", 7)
        .boolean("closed", false)
        .boolean("archived", false)
        .close();
    // Splice the topic's members into the outer object (drop its braces).
    m_out += topic.mid(1, topic.size() - 2);
    m_out += "}\n";
    return std::exchange(m_out, {});
}

void DiscourseJsonWriter::writePost(int postNumber, const QString &author, qint64 created,
                                    std::optional<int> replyTo, int replyCount)
{
    const CommentBody body = m_bodies.write();
    const bool deleted = postNumber > 1 && m_random.chance(0.015);
    const bool edited = m_random.chance(0.08);
    const qint64 updated = edited ? created + m_random.between(60, 86400) : created;
    JsonObjectWriter post(m_out);
    post.number("id", qint64(m_topicId) * 1000000 + postNumber)
        .string("name", author)
        .string("username", author)
        .string("avatar_template",
                QStringLiteral("/user_avatar/%1/%2/{size}/3_2.png").arg(host, author))
        .string("created_at", iso8601(created))
        .string("cooked", deleted ? QStringLiteral("<p>(post deleted by author)</p>") : body.html)
        .number("post_number", postNumber)
        .number("post_type", 1)
        .string("updated_at", iso8601(updated))
        .number("reply_count", replyCount);
    if (replyTo)
        post.number("reply_to_post_number", *replyTo);
    else
        post.null("reply_to_post_number");
    post.number("quote_count", 0)
        .number("reads", m_random.between(1, 400))
        .number("score", m_random.between(0, 90))
        .boolean("yours", false)
        .number("topic_id", m_topicId)
        .string("topic_slug", slug)
        .number("version", edited ? 2 : 1)
        .boolean("user_deleted", deleted)
        .null("deleted_at")
        .number("user_id", userId(author))
        .close();
}

} // namespace Scholia
