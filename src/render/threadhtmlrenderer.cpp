#include "threadhtmlrenderer.h"

#include "core/threaddocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <climits>

namespace Scholia {

namespace {

// Deeper comments keep this indentation and show their depth as a number instead,
// so a 30-level chain stays readable in a narrow pane.
constexpr int maxIndentedDepth = 12;

QString escaped(const QString &text) { return text.toHtmlEscaped(); }


QString timeElement(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return QStringLiteral("<time datetime=\"%1\" title=\"%2\">%3</time>")
        .arg(utc.toString(Qt::ISODate),
             utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
             utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString scoreElement(const std::optional<qint64> &score)
{
    if (!score)
        return {};
    // lupdate cannot read template arguments inside a translate() call: clamp first.
    const int points = int(std::clamp<qint64>(*score, INT_MIN, INT_MAX));
    return QStringLiteral("<span class=\"score\">%1</span>")
        .arg(QCoreApplication::translate("ThreadHtmlRenderer", "%n point(s)", nullptr, points).toHtmlEscaped());
}

void appendComment(QString &html, const Comment &c, const QString &threadAuthor)
{
    const int indent = qMin(c.depth, maxIndentedDepth);
    QString classes = QStringLiteral("comment depth-%1").arg(indent);
    if (c.isPlaceholder())
        classes += QStringLiteral(" more");
    if (c.state == CommentState::Deleted)
        classes += QStringLiteral(" deleted");
    else if (c.state == CommentState::Removed)
        classes += QStringLiteral(" removed");

    html += QStringLiteral("<article class=\"%1\" id=\"c-%2\" data-depth=\"%3\">")
                .arg(classes, escaped(c.sourceId))
                .arg(c.depth);
    if (c.isPlaceholder()) {
        html += QStringLiteral("<p class=\"not-saved\">%1</p></article>\n")
                    .arg(escaped(QCoreApplication::translate("ThreadHtmlRenderer", "%n more replies not saved", nullptr,
                                                             *c.notSavedReplies)));
        return;
    }

    html += QStringLiteral("<header>");
    if (c.depth > maxIndentedDepth)
        html += QStringLiteral("<span class=\"deep\">%1</span>").arg(c.depth);
    const bool isOp = !threadAuthor.isEmpty() && c.author == threadAuthor
        && c.state == CommentState::Normal;
    html += QStringLiteral("<span class=\"author%1\">%2</span>")
                .arg(isOp ? QStringLiteral(" op") : QString(), escaped(c.author));
    if (isOp)
        html += QStringLiteral("<span class=\"badge\">%1</span>").arg(escaped(QCoreApplication::translate("ThreadHtmlRenderer", "OP")));
    html += scoreElement(c.score) + timeElement(c.created);
    if (c.wasEdited)
        html += QStringLiteral("<span class=\"edited\">%1</span>").arg(escaped(QCoreApplication::translate("ThreadHtmlRenderer", "edited")));
    html += QStringLiteral("</header><div class=\"body\">") + c.bodyHtml
        + QStringLiteral("</div></article>\n");
}

} // namespace

QString ThreadHtmlRenderer::contentSecurityPolicy(const Options &options)
{
    if (!options.inlineStylesheet.isEmpty()) {
        QString script = QStringLiteral("'none'");
        if (!options.inlineScript.isEmpty()) {
            const QByteArray hash = QCryptographicHash::hash(options.inlineScript.toUtf8(),
                                                             QCryptographicHash::Sha256);
            script = QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(hash.toBase64()));
        }
        return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; script-src %1; "
                              "base-uri 'none'; form-action 'none'")
            .arg(script);
    }
    return QStringLiteral("default-src 'none'; style-src scholia:; script-src scholia:; "
                          "img-src scholia:; base-uri 'none'; form-action 'none'");
}

QString ThreadHtmlRenderer::render(const ThreadDocument &thread, const Options &options)
{
    QString html;
    html.reserve(int(thread.comments.size()) * 600 + thread.bodyHtml.size() + 2048);
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
                           "<title>%2</title>\n")
                .arg(contentSecurityPolicy(options), escaped(thread.title));
    if (!options.stylesheetUrl.isEmpty())
        html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">\n").arg(escaped(options.stylesheetUrl));
    if (!options.inlineStylesheet.isEmpty())
        html += QStringLiteral("<style>\n") + options.inlineStylesheet + QStringLiteral("</style>\n");
    if (!options.inlineStylesheet.isEmpty()) {
        if (!options.inlineScript.isEmpty())
            html += QStringLiteral("<script>") + options.inlineScript + QStringLiteral("</script>\n");
    } else if (!options.scriptUrl.isEmpty()) {
        html += QStringLiteral("<script src=\"%1\" defer></script>\n").arg(escaped(options.scriptUrl));
    }
    html += QStringLiteral("</head><body>\n<section class=\"post\"><h1>%1</h1><header>")
                .arg(escaped(thread.title));
    if (!thread.author.isEmpty())
        html += QStringLiteral("<span class=\"author op\">%1</span>").arg(escaped(thread.author));
    if (!thread.site.isEmpty())
        html += QStringLiteral("<span class=\"site\">%1</span>").arg(escaped(thread.site));
    html += scoreElement(thread.score) + timeElement(thread.created) + QStringLiteral("</header>");
    if (!thread.bodyHtml.isEmpty())
        html += QStringLiteral("<div class=\"body\">") + thread.bodyHtml + QStringLiteral("</div>");
    html += QStringLiteral("</section>\n<main class=\"comments\">\n");
    for (const Comment &c : thread.comments)
        appendComment(html, c, thread.author);
    html += QStringLiteral("</main>\n</body></html>\n");
    return html;
}

} // namespace Scholia
