#include "redditcommentreader.h"

#include "import/timeparser.h"

#include <utility>

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

const QString redditOrigin = QStringLiteral("https://www.reddit.com");

// "edited" is false, or true, or the time of the edit in Unix seconds.
void readEdit(Element data, Comment &comment)
{
    const auto edited = Json::member(data, "edited");
    if (!edited)
        return;
    bool flag = false;
    if (Json::isNumber(*edited)) {
        comment.wasEdited = true;
        comment.edited = TimeParser::fromUnixSeconds(Json::number(data, "edited"));
    } else if (!edited->get_bool().get(flag)) {
        comment.wasEdited = flag;
    }
}

// While a subreddit hides new comments' scores, the file's "score" is not the comment's.
std::optional<qint64> scoreOf(Element data)
{
    bool scoreHidden = false;
    if (const auto hidden = Json::member(data, "score_hidden"); hidden && hidden->is_bool())
        scoreHidden = hidden->get_bool().value_unsafe();
    if (scoreHidden)
        return std::nullopt;
    return Json::integer(data, "score");
}

} // namespace

RedditCommentReader::RedditCommentReader(QUrl threadUrl) : m_threadUrl(std::move(threadUrl))
{
}

CommentState RedditCommentReader::stateOfBody(const QString &markdown)
{
    if (markdown == QLatin1String("[removed]"))
        return CommentState::Removed;
    if (markdown == QLatin1String("[deleted]"))
        return CommentState::Deleted;
    return CommentState::Normal;
}

QString RedditCommentReader::idOf(Element data)
{
    const QString id = Json::string(data, "id");
    return id.isEmpty() ? withoutKindPrefix(Json::string(data, "name")) : id;
}

QString RedditCommentReader::withoutKindPrefix(const QString &fullname)
{
    const qsizetype underscore = fullname.indexOf(QLatin1Char('_'));
    return underscore == 2 ? fullname.mid(3) : fullname;
}

Comment RedditCommentReader::read(Element data, const QString &id) const
{
    Comment comment;
    comment.sourceId = id;
    comment.author = Json::string(data, "author");
    comment.state = stateOfBody(Json::string(data, "body"));
    comment.created = TimeParser::fromUnixSeconds(Json::number(data, "created_utc"));
    readEdit(data, comment);
    comment.score = scoreOf(data);
    const QString permalink = Json::string(data, "permalink");
    if (!permalink.isEmpty())
        comment.url = QUrl(redditOrigin + permalink);
    else if (m_threadUrl.isValid())
        comment.url = QUrl(m_threadUrl.toString() + id + QLatin1Char('/'));
    return comment;
}

} // namespace Scholia
