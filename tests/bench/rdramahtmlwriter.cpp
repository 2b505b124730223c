#include "rdramahtmlwriter.h"

#include "benchrandom.h"
#include "threadshape.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <utility>

namespace Scholia {

namespace {

const char site[] = "https://rdrama.net";

// rDrama comment ids are global: each thread gets a range of its own.
qint64 commentIdOf(int postId, int index)
{
    return qint64(postId) * 1000000 + index + 1;
}

const char *const ages[] = {"2m ago", "14m ago", "1h ago", "3h ago", "9h ago", "1d ago"};

} // namespace

QByteArray RdramaHtmlWriter::write(int threadNumber, const std::vector<GeneratedComment> &comments)
{
    m_postId = threadNumber;
    m_postUrl =
        QStringLiteral("%1/post/%2/a-generated-thread").arg(QLatin1String(site)).arg(m_postId);
    m_out.clear();
    m_out.reserve(qsizetype(comments.size()) * 3500 + 8192);
    writeHead(int(comments.size()));
    writePost();
    m_out += "<div class=\"comment-section\">\n<div id=\"comment-list\">\n";

    std::vector<int> topLevel;
    for (int i = 0; i < int(comments.size()); ++i) {
        if (comments[size_t(i)].parent < 0)
            topLevel.push_back(i);
    }
    // Iterative: (replies being written, next one) per open #replies-of.
    struct Frame
    {
        const std::vector<int> *replies;
        size_t next;
        bool ownedByComment;
    };
    std::vector<Frame> stack{{&topLevel, 0, false}};
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next == frame.replies->size()) {
            // #replies-of, .w-full, .comment
            if (frame.ownedByComment)
                m_out += "</div>\n</div>\n</div>\n";
            stack.pop_back();
            continue;
        }
        const int index = (*frame.replies)[frame.next++];
        const GeneratedComment &comment = comments[size_t(index)];
        writeCommentStart(commentIdOf(m_postId, index), comment);
        stack.push_back({&comment.replies, 0, true}); // frame is stale from here
    }
    m_out += "</div>\n</div>\n</body>\n</html>\n";
    return std::exchange(m_out, {});
}

void RdramaHtmlWriter::writeHead(int comments)
{
    const QString title =
        QStringLiteral("A generated thread of %1 comments: how do you read them all?")
            .arg(comments);
    const QString published = QDateTime::fromSecsSinceEpoch(ThreadShape::postTime, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
    m_out +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
                       "<meta property=\"og:type\" content=\"article\" />\n"
                       "<title>%1 - rDrama</title>\n"
                       "<meta property=\"og:article:author\" content=\"@bench_op\" />\n"
                       "<meta property=\"article:published_time\" content=\"%2\" />\n"
                       "<meta property=\"og:title\" content=\"%1 - rDrama\" />\n"
                       "<meta property=\"og:url\" content=\"%3\" />\n"
                       "<meta property=\"og:site_name\" content=\"rdrama.net\" />\n"
                       "<link rel=\"canonical\" href=\"%3\" />\n"
                       "<link rel=\"stylesheet\" href=\"/assets/css/main.css?v=250\">\n"
                       "<script src=\"/assets/js/bootstrap.js?v=245\"></script>\n"
                       "</head>\n<body id=\"post\" class=\"\">\n")
            .arg(title.toHtmlEscaped(), published, m_postUrl)
            .toUtf8();
}

void RdramaHtmlWriter::writePost()
{
    const CommentBody body = m_bodies.write();
    const int score = m_random.between(10, 900);
    m_out +=
        QStringLiteral("<div class=\"row mb-3\">\n<div id=\"post-root\" class=\"col-12\">\n"
                       "<div id=\"post-%1\" class=\"card border-0 mt-3\">\n"
                       "<div id=\"post-content\" class=\"card-block w-100 my-md-auto\">\n"
                       "<div class=\"post-meta text-left mb-2\">\n"
                       "<a href=\"/@bench_op\" class=\"user-name\"><img "
                       "src=\"/pp/1\" class=\"profile-pic-25 mr-2\"/><span>bench_op</span></a>\n"
                       "<span id=\"timestamp\" onmouseover=\"timestamp('timestamp','%2')\">"
                       "&nbsp;2d ago</span>\n</div>\n"
                       "<h1 id=\"post-title\" class=\"card-title post-title text-left mb-md-3\">A "
                       "generated thread: how do you read them all?</h1>\n"
                       "<div id=\"post-body\" class=\"post-body mt-3\">\n"
                       "<div id=\"post-text\" class=\"post-text\">\n%3</div>\n</div>\n</div>\n"
                       "<div id=\"voting\" class=\"voting d-none d-md-block mb-auto\">"
                       "<span id=\"post-score-%1\" class=\"score post-score-%1\">%4</span></div>\n"
                       "</div>\n</div>\n</div>\n")
            .arg(QString::number(m_postId), QString::number(ThreadShape::postTime), body.html,
                 QString::number(score))
            .toUtf8();
}

// Opens the comment, writes its own block and opens #replies-of, which the caller fills
// and closes.
void RdramaHtmlWriter::writeCommentStart(qint64 id, const GeneratedComment &comment)
{
    const CommentBody body = m_bodies.write();
    const bool deleted = m_random.chance(0.02);
    const qint64 score = qint64(std::exp(m_random.unit() * 6.0)) - m_random.between(0, 3);
    const QString age = QLatin1String(m_random.pick(ages));
    const QString idText = QString::number(id);
    QString html =
        QStringLiteral(
            "<div style=\"display:none\" id=\"popover-%1\"><div "
            "class=\"popover-user-profile\" role=\"tooltip\"><h5 class=\"text-truncate "
            "text-black\">%2</h5></div></div>\n"
            "<div id=\"comment-%1\" class=\"comment anchor relative flex mt-4 md:mt-6\">\n"
            "<div id=\"comment-collapse-lg-%1\" class=\"visible-on-collapse w-full h-full "
            "cursor-pointer\" onclick=\"collapse_comment('%1')\"></div>\n"
            "<div class=\"flex flex-col flex-shrink-0 items-center mr-2.5 md:mr-3\">"
            "<div class=\"relative cap\"><img loading=\"lazy\" src=\"/pp/%3\" "
            "class=\"hidden md:block flex-shrink-0 w-9 h-9 mb-2\" alt=\"%2 "
            "avatar\"/></div><button onclick=\"collapse_comment('%1')\" class=\"md:ml-4 "
            "mb-2 w-[1px] md:w-4 h-full border-l border-gray-400\"></button></div>\n"
            "<div class=\"w-full\">\n")
            .arg(idText, comment.author)
            .arg(id % 997);
    if (deleted) {
        html += QStringLiteral("<div id=\"comment-%1-only\" class=\"comment-anchor deleted\">"
                               "<span class=\"text-muted\">Deleted by author</span></div>\n")
                    .arg(idText);
    } else {
        html += QStringLiteral(
                    "<div id=\"comment-%1-only\" class=\"comment-anchor relative\">\n"
                    "<div class=\"user-info flex items-center space-x-2 mb-1 text-sm "
                    "text-gray-500\"><a class=\"user-name\" data-bs-toggle=\"popover\" "
                    "data-content-id=\"popover-%1\" href=\"/@%2\"><span class=\"text-sm "
                    "font-bold\">%2</span></a>\n"
                    "<span onmouseover=\"timestamp('timestamp-%1','%3')\" id=\"timestamp-%1\" "
                    "class=\"time-stamp\">%4</span></div>\n"
                    "<div id=\"comment-text-%1\" class=\"hidden-on-collapse text-black mb-0\">\n"
                    "%5</div>\n"
                    "<div id=\"comment-%1-actions\" class=\"hidden-on-collapse py-3\"><div "
                    "class=\"comment-actions\"><ul class=\"list-none no-bullets inline-flex\">"
                    "<li><button class=\"btn caction copy-link\" data-clipboard-text=\"%6/%1\">"
                    "Copy link</button></li><li><span id=\"comment-score-%1\" class=\"score "
                    "comment-score-%1\">%7</span></li></ul></div></div>\n</div>\n")
                    // One pass: a body holding "%2" must stay as it is.
                    .arg(idText, comment.author, QString::number(comment.created), age, body.html,
                         m_postUrl, QString::number(score));
    }
    html += QStringLiteral("<div id=\"reply-to-%1\" class=\"hidden\"></div>\n"
                           "<div id=\"replies-of-%1\" class=\"hidden-on-collapse\">\n")
                .arg(idText);
    m_out += html.toUtf8();
}

} // namespace Scholia
