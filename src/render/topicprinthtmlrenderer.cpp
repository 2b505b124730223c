#include "topicprinthtmlrenderer.h"

#include "core/highlightpalette.h"
#include "core/topicthread.h"
#include "printhtmlrenderer.h"

#include <QSet>

namespace Scholia {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString withBreaks(const QString &text)
{
    return escaped(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

QString TopicPrintHtmlRenderer::passage(const TopicPassage &p, int number,
                                        const ExportOptions &options)
{
    QString label = QString::number(number);
    if (options.greyscale)
        label += QStringLiteral(" \u00b7 ") + HighlightPalette::label(p.color).toLower();
    if (!p.tags.isEmpty())
        label += QStringLiteral(" \u00b7 ") + p.tags.join(QStringLiteral(", "));
    QString html = QStringLiteral("<article class=\"comment d-0 passage\"><header>");
    html +=
        QStringLiteral("<span class=\"author\">%1</span>")
            .arg(escaped(p.author.isEmpty() ? tr("(comment no longer in the thread)") : p.author));
    html += PrintHtmlRenderer::time(p.commentTime);
    if (p.anchorState == AnchorState::Reanchored)
        html += QStringLiteral("<span class=\"edited\">%1</span>")
                    .arg(escaped(tr("found again after the comment changed")));
    else if (p.anchorState == AnchorState::Orphaned)
        html += QStringLiteral("<span class=\"edited\">%1</span>")
                    .arg(escaped(tr("no longer found in the comment")));
    html += QStringLiteral("<span class=\"whole hl-%1\">%2</span></header>")
                .arg(escaped(p.color), escaped(label));
    if (p.wholeComment)
        html += QStringLiteral("<div class=\"body whole-comment hl-%1\"><p>%2</p></div>")
                    .arg(escaped(p.color), withBreaks(p.quote));
    else
        html += QStringLiteral(
                    "<blockquote class=\"body\"><mark class=\"hl hl-%1\">%2</mark></blockquote>")
                    .arg(escaped(p.color), withBreaks(p.quote));
    if (!p.note.isEmpty())
        html += QStringLiteral(
                    "<aside class=\"note-box\"><p><span class=\"number\">%1</span> %2</p></aside>")
                    .arg(number)
                    .arg(withBreaks(p.note));
    return html + QStringLiteral("</article>\n");
}

QString TopicPrintHtmlRenderer::render(const QString &topic,
                                       const std::vector<TopicPassage> &passages,
                                       const ExportOptions &options)
{
    const std::vector<TopicThread> threads = TopicThread::group(passages);
    const QString title = tr("Topic: %1").arg(topic);
    QString html = PrintHtmlRenderer::head(title, options);
    html +=
        QStringLiteral("<body>\n<header class=\"title-block\"><h1>%1</h1><dl>").arg(escaped(title));
    html += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                .arg(escaped(tr("Exported")), PrintHtmlRenderer::time(options.exportTime()));
    html +=
        QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escaped(tr("Passages"))).arg(passages.size());
    html +=
        QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escaped(tr("Threads"))).arg(threads.size());
    html += QStringLiteral("</dl></header>\n<main class=\"comments\">\n");
    int number = 0;
    for (const TopicThread &thread : threads) {
        html += QStringLiteral("<section class=\"topic-thread\"><h2>%1</h2>")
                    .arg(escaped(thread.title));
        if (!thread.site.isEmpty())
            html += QStringLiteral("<p class=\"gap\">%1</p>").arg(escaped(thread.site));
        for (const TopicPassage &p : thread.passages)
            html += passage(p, ++number, options);
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</main>\n</body></html>\n");
    return html;
}

} // namespace Scholia
