#include "discoursejsonimporter.h"

#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "import/importsource.h"
#include "import/jsondocument.h"
#include "import/timeparser.h"

#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

// Discourse's post_type values; 4 (whisper) is a real post that only staff saw.
constexpr qint64 moderatorActionPost = 2;
constexpr qint64 smallActionPost = 3;

// Discourse files never state their own address; the avatar paths of locally hosted
// avatars do ("/user_avatar/forum.example.org/name/{size}/1.png").
QString hostFromAvatars(simdjson::dom::array posts)
{
    static const QRegularExpression avatarHost(
        QStringLiteral("^(?:https?:)?/?/?[^/]*/user_avatar/([^/]+)/"));
    for (const Element post : posts) {
        const QString avatar = Json::string(post, "avatar_template");
        const QRegularExpressionMatch match = avatarHost.match(avatar);
        if (match.hasMatch() && match.captured(1).contains(QLatin1Char('.')))
            return match.captured(1);
    }
    return {};
}

// Discourse "cooks" a YouTube link into an empty placeholder that its own script fills
// in; the sanitizer would leave nothing of it, so it becomes the link it stands for.
QString withVideoLinks(const QString &cooked)
{
    static const QRegularExpression lazyVideo(
        QStringLiteral("<div "
                       "class=\"lazyYT\"[^>]*?data-youtube-id=\"([A-Za-z0-9_-]+)\"(?:[^>]*?data-"
                       "youtube-title=\"([^\"]*)\")?[^>]*>\\s*</div>"));
    if (!cooked.contains(QLatin1String("lazyYT")))
        return cooked;
    QString html = cooked;
    html.replace(
        lazyVideo,
        QStringLiteral("<p><a href=\"https://www.youtube.com/watch?v=\\1\">YouTube: \\2</a></p>"));
    return html;
}

SanitizedHtml bodyOf(Element post)
{
    return HtmlSanitizer::sanitize(withVideoLinks(Json::string(post, "cooked")));
}

class TopicReader
{
public:
    explicit TopicReader(simdjson::dom::array posts) : m_posts(posts) {}

    Result<ThreadDocument> read(Element topic)
    {
        if (auto numbers = collectNumbers(); !numbers)
            return numbers.error();
        if (auto read = readTopic(topic); !read)
            return read.error();
        std::vector<LinkedComment> linked;
        int index = 0;
        for (const Element post : m_posts) {
            const QString path = QStringLiteral("post_stream.posts[%1]").arg(index++);
            const qint64 number = *Json::integer(post, "post_number"); // checked by collectNumbers
            if (isNotice(post))
                continue;
            if (number == 1) {
                readFirstPost(post);
                continue;
            }
            linked.push_back({commentOf(post, number), parentOf(post, number, path)});
        }
        if (m_notices > 0)
            m_doc.warnings << QStringLiteral("left out %1 moderator or small-action notice(s) "
                                             "(\"pinned\", \"closed\", …)")
                                  .arg(m_notices);
        if (!m_numbers.contains(1))
            m_doc.warnings << QStringLiteral(
                "the topic's first post is not in the file (a partial save): "
                "the thread has no text of its own");
        readGaps(topic);
        auto arranged = CommentTree::arrange(std::move(linked));
        if (!arranged)
            return arranged.error();
        m_doc.comments = std::move(arranged.value());
        return std::move(m_doc);
    }

private:
    static bool isNotice(Element post)
    {
        const auto type = Json::integer(post, "post_type");
        return type && (*type == moderatorActionPost || *type == smallActionPost);
    }

    // Every post number, so replies can be checked against what the file holds.
    Result<void> collectNumbers()
    {
        int index = 0;
        for (const Element post : m_posts) {
            const QString path = QStringLiteral("post_stream.posts[%1]").arg(index++);
            if (!Json::isObject(post))
                return Error::of(QStringLiteral("expected a post object, found %1")
                                     .arg(Json::typeName(post)))
                    .at(path);
            const auto number = Json::integer(post, "post_number");
            if (!number)
                return Error::of(QStringLiteral("a post has no \"post_number\"")).at(path);
            if (m_numbers.contains(*number))
                return Error::of(QStringLiteral("post number %1 appears twice").arg(*number))
                    .at(path);
            m_numbers.insert(*number);
            if (const auto id = Json::integer(post, "id"))
                m_postIds.insert(*id);
            else
                ++m_postsWithoutId;
            if (!isNotice(post))
                m_replyable.insert(*number);
            else
                ++m_notices;
        }
        return {};
    }

    // A saved t/slug/ID.json holds the topic's first 20 posts, but its post_stream.stream
    // lists the id of every post: the ids with no post are what the save lacks. Without a
    // stream, posts_count is the topic's own total. Post numbers are the comments' ids and
    // the stream gives post ids, so the missing ones cannot be named for a merge.
    void readGaps(Element topic)
    {
        SaveGaps &gaps = m_doc.gaps;
        QString detail;
        simdjson::dom::array stream;
        if (const auto member = Json::memberPath(topic, {"post_stream", "stream"});
            member && !member->get_array().get(stream)) {
            QSet<qint64> listed;
            int unheld = 0;
            for (const Element id : stream) {
                int64_t value = 0;
                if (id.get_int64().get(value) || listed.contains(value))
                    continue;
                listed.insert(value);
                if (!m_postIds.contains(value))
                    ++unheld;
            }
            if (listed.isEmpty())
                return;
            // A post without an "id" may be any of the unmatched ones.
            gaps.missingComments = qMax(0, unheld - m_postsWithoutId);
            gaps.siteTotal = int(listed.size());
            detail = QStringLiteral("%1 ids in post_stream.stream with no post")
                         .arg(gaps.missingComments);
        } else if (const auto count = Json::integer(topic, "posts_count"); count && *count > 0) {
            const int total = int(qMin<qint64>(*count, std::numeric_limits<int>::max()));
            const int held = int(m_numbers.size());
            gaps.siteTotal = total;
            gaps.missingComments = qMax(0, total - held);
            detail = QStringLiteral("a posts_count of %1 with %2 posts in the file")
                         .arg(total)
                         .arg(held);
        }
        if (!gaps.isWhole())
            m_doc.warnings << gaps.importWarning(m_doc.sourceKind, detail);
    }

    // A saved single post page lacks the topic's "id"; its posts still name it.
    QString topicId(Element topic) const
    {
        if (const auto id = Json::integer(topic, "id"))
            return QString::number(*id);
        for (const Element post : m_posts) {
            if (const auto id = Json::integer(post, "topic_id"))
                return QString::number(*id);
        }
        return {};
    }

    Result<void> readTopic(Element topic)
    {
        const QString id = topicId(topic);
        if (id.isEmpty())
            return Error::of(
                       QStringLiteral("the topic has no \"id\", and no post names a \"topic_id\""))
                .at(QStringLiteral("id"));
        m_host = hostFromAvatars(m_posts);
        const QString slug = Json::string(topic, "slug");
        m_doc.sourceKind = QStringLiteral("discourse");
        // Topic numbers are per forum: two forums' topic 57 must not merge.
        m_doc.sourceId = m_host.isEmpty() ? id : m_host + QLatin1Char('/') + id;
        m_doc.site = m_host.isEmpty() ? QStringLiteral("discourse") : m_host;
        m_doc.title = Json::string(topic, "title");
        m_doc.created = TimeParser::fromIso8601(Json::string(topic, "created_at"));
        if (!m_host.isEmpty()) {
            m_topicUrl = QStringLiteral("https://%1/t/%2/%3")
                             .arg(m_host, slug.isEmpty() ? QStringLiteral("-") : slug, id);
            m_doc.url = QUrl(m_topicUrl);
        }
        return {};
    }

    void readFirstPost(Element post)
    {
        m_doc.author = Json::string(post, "username");
        const SanitizedHtml body = bodyOf(post);
        m_doc.bodyHtml = body.html;
        m_doc.bodyText = body.text;
        if (!m_doc.created.isValid())
            m_doc.created = TimeParser::fromIso8601(Json::string(post, "created_at"));
    }

    // A reply to a post the file does not hold (a partial save, or a reply to a left-out
    // notice) is shown as a reply to the topic rather than refusing the whole file.
    QString parentOf(Element post, qint64 number, const QString &path)
    {
        const auto replyTo = Json::integer(post, "reply_to_post_number");
        if (!replyTo || *replyTo == 1)
            return {};
        if (!m_replyable.contains(*replyTo)) {
            m_doc.warnings << QStringLiteral(
                                  "post %1 replies to post %2, which is not in the file; "
                                  "shown as a reply to the topic (at %3)")
                                  .arg(number)
                                  .arg(*replyTo)
                                  .arg(path);
            return {};
        }
        return QString::number(*replyTo);
    }

    Comment commentOf(Element post, qint64 number) const
    {
        Comment comment;
        comment.sourceId = QString::number(number);
        comment.author = Json::string(post, "username");
        const SanitizedHtml body = bodyOf(post);
        comment.bodyHtml = body.html;
        comment.bodyText = body.text;
        comment.created = TimeParser::fromIso8601(Json::string(post, "created_at"));
        // updated_at moves on likes and rebakes too; a version past 1 is a real edit.
        if (const auto version = Json::integer(post, "version"); version && *version > 1) {
            comment.wasEdited = true;
            comment.edited = TimeParser::fromIso8601(Json::string(post, "updated_at"));
        }
        bool userDeleted = false;
        if (const auto flag = Json::member(post, "user_deleted"); flag && flag->is_bool())
            userDeleted = flag->get_bool().value_unsafe();
        if (userDeleted)
            comment.state = CommentState::Deleted;
        else if (!Json::string(post, "deleted_at").isEmpty())
            comment.state = CommentState::Removed; // deleted by staff, seen in a staff save
        if (!m_topicUrl.isEmpty())
            comment.url = QUrl(m_topicUrl + QLatin1Char('/') + comment.sourceId);
        return comment;
    }

    simdjson::dom::array m_posts;
    ThreadDocument m_doc;
    QSet<qint64> m_numbers;
    QSet<qint64> m_replyable;
    QSet<qint64> m_postIds; // the site's ids, as post_stream.stream lists them
    int m_postsWithoutId = 0;
    int m_notices = 0;
    QString m_host;
    QString m_topicUrl;
};

} // namespace

QString DiscourseJsonImporter::formatName() const
{
    return QStringLiteral("discourse");
}

int DiscourseJsonImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    if (!head.trimmed().startsWith('{'))
        return 0;
    int confidence = source.hasExtension(QLatin1String(".json")) ? 10 : 0;
    if (head.contains("\"post_stream\""))
        confidence += 80;
    else if (head.contains("\"post_number\"") && head.contains("\"cooked\""))
        confidence += 60;
    return qMin(confidence, 100);
}

Result<std::vector<ThreadDocument>> DiscourseJsonImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    JsonDocument json;
    auto root = json.parseObject(source.data, QStringLiteral("a topic object"));
    if (!root)
        return inContext(root.error());
    const auto posts = Json::memberPath(*root, {"post_stream", "posts"});
    simdjson::dom::array array;
    if (!posts || posts->get_array().get(array))
        return inContext(Error::of(QStringLiteral("the topic has no \"post_stream.posts\" array"))
                             .at(QStringLiteral("post_stream.posts")));
    auto doc = TopicReader(array).read(*root);
    if (!doc)
        return inContext(doc.error());
    return oneThread(std::move(doc.value()));
}

} // namespace Scholia
