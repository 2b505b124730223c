#include "printhtmlrenderer.h"

#include "argumentlinktext.h"
#include "argumentmapdot.h"
#include "commentversionshtml.h"
#include "core/annotatedthread.h"
#include "core/highlightpalette.h"
#include "html/htmlsanitizer.h"
#include "html/markdownrenderer.h"
#include "graphvizsvg.h"
#include "printcommentbody.h"
#include "scoretext.h"

#include <QFile>

#include <algorithm>
#include <climits>

namespace Scholia {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stylesheet()
{
    // Compiled into this library; read once.
    static const QString css = [] {
        QFile file(QStringLiteral(":/web/print.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

QString safeHttpUrl(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    return text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://"))
               ? text
               : QString();
}

// A quote shown in an endnote: long ones are cut, the passage itself is in the comment.
QString excerpt(const QString &text)
{
    constexpr qsizetype limit = 240;
    const QString simplified = text.simplified();
    return simplified.size() <= limit ? simplified : simplified.left(limit) + QChar(0x2026);
}

// The screen renderer's plural strings, already translated, rather than new copies of them.
QString threadRendererTr(const char *text, int n)
{
    // Qt fills in %n only for n >= 0; a score can be negative.
    return QCoreApplication::translate("ThreadHtmlRenderer", text, nullptr, n)
        .replace(QLatin1String("%n"), QString::number(n));
}

} // namespace

struct PrintHtmlRenderer::Context
{
    const AnnotatedThread &source;
    const ExportOptions &options;
    QHash<QString, std::vector<Numbered>> byComment; // drawable annotations, numbered
    ArgumentMap argument; // the source's, its claims named by their numbers here
};

QString PrintHtmlRenderer::contentSecurityPolicy()
{
    return QStringLiteral(
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
        "base-uri 'none'; form-action 'none'");
}

QString PrintHtmlRenderer::time(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return QStringLiteral("<time datetime=\"%1\">%2</time>")
        .arg(utc.toString(Qt::ISODate), utc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

QString PrintHtmlRenderer::head(const QString &title, const ExportOptions &options)
{
    const QString pageSize =
        options.pageSize == PageSize::Letter ? QStringLiteral("letter") : QStringLiteral("A4");
    // Page settings as CSS too, so the HTML file prints the same from a browser.
    const QString page =
        QStringLiteral("@page { size: %1; margin: %2mm; }\n:root { --font-size: %3pt; }\n")
            .arg(pageSize)
            .arg(std::clamp(options.marginMm, 0.0, 60.0))
            .arg(std::clamp(options.fontSizePt, 6.0, 24.0));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"\" class=\"print %1\"><head><meta "
                          "charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">\n"
                          "<meta name=\"referrer\" content=\"no-referrer\">\n"
                          "<title>%3</title>\n<style>\n%4%5</style>\n</head>\n")
        .arg(options.greyscale ? QStringLiteral("greyscale") : QStringLiteral("colour"),
             contentSecurityPolicy(), escaped(title), stylesheet(), page);
}

QString PrintHtmlRenderer::titleBlock(const AnnotatedThread &source, const ExportOptions &options,
                                      int exported)
{
    const ThreadDocument &thread = source.thread;
    QString rows;
    const auto row = [&rows](const QString &name, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            rows += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escaped(name), valueHtml);
    };
    row(tr("Site"), escaped(thread.site));
    if (const QString url = safeHttpUrl(thread.url); !url.isEmpty())
        row(tr("Original"), QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(escaped(url), escaped(thread.url.toDisplayString())));
    if (const QString link = safeHttpUrl(thread.linkUrl); !link.isEmpty())
        row(tr("Links to"), QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(escaped(link), escaped(thread.linkUrl.toDisplayString())));
    row(tr("Author"), escaped(thread.author));
    row(tr("Posted"), time(thread.created));
    row(tr("Saved"), time(source.savedAt));
    row(tr("Exported"), time(options.exportTime()));
    const int total = thread.realCommentCount();
    row(tr("Comments"),
        escaped(exported == total
                    ? QString::number(total)
                    : tr("%1 of %2", "comments exported of all").arg(exported).arg(total)));
    row(tr("Not saved"), escaped(thread.gaps.summary(thread.sourceKind)));
    if (!source.tags.isEmpty()) {
        QString tags;
        for (const QString &tag : source.tags)
            tags += QStringLiteral("<span class=\"tag\">%1</span> ").arg(escaped(tag));
        row(tr("Tags"), tags.trimmed());
    }
    if (thread.isReconstructedFromText())
        row(tr("Note"),
            escaped(tr("Reconstructed from a page saved as plain text: where comments begin "
                       "and what they reply to were rebuilt from the text alone.")));
    QString html = QStringLiteral("<header class=\"title-block\"><h1>%1</h1><dl>%2</dl></header>\n")
                       .arg(escaped(thread.title), rows);
    if (!thread.bodyHtml.isEmpty())
        html += QStringLiteral("<section class=\"post-body\">%1</section>\n").arg(thread.bodyHtml);
    return html;
}

QString PrintHtmlRenderer::threadNotes(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    // md4c leaves raw HTML out, but links and text are still the reader's input: sanitize.
    const QString html = HtmlSanitizer::sanitize(MarkdownRenderer::toHtml(markdown)).html;
    return QStringLiteral(
               "<section class=\"thread-notes\"><h2 class=\"section\">%1</h2>%2</section>\n")
        .arg(escaped(tr("Notes")), html);
}

QString PrintHtmlRenderer::label(const Numbered &n, const ExportOptions &options,
                                 const QString &elementClass)
{
    const Annotation &a = *n.annotation;
    QString text = QString::number(n.number);
    // In grey the colour's name carries what the colour did.
    if (options.greyscale)
        text += QStringLiteral(" \u00b7 ") + HighlightPalette::label(a.color).toLower();
    if (!a.tags.isEmpty())
        text += QStringLiteral(" \u00b7 ") + a.tags.join(QStringLiteral(", "));
    return QStringLiteral("<span class=\"%1 hl-%2\">%3</span>")
        .arg(elementClass, escaped(a.color), escaped(text));
}

QString PrintHtmlRenderer::noteBoxes(const std::vector<Numbered> &numbered, const Context &context)
{
    QString notes;
    for (const Numbered &n : numbered) {
        const QString links = linkList(n.annotation->id, context.argument, context.source.threadId);
        if (n.annotation->note.isEmpty() && links.isEmpty())
            continue;
        notes +=
            QStringLiteral("<p><span class=\"number\">%1</span> %2</p>%3")
                .arg(n.number)
                .arg(escaped(n.annotation->note).replace(QLatin1Char('\n'), QLatin1String("<br>")),
                     links);
    }
    return notes.isEmpty() ? QString()
                           : QStringLiteral("<aside class=\"note-box\">%1</aside>").arg(notes);
}

QString PrintHtmlRenderer::comment(const Comment &c, int displayDepth, const Context &context)
{
    const std::vector<Numbered> numbered = context.byComment.value(c.sourceId);
    QString classes = QStringLiteral("comment d-%1").arg(std::min(displayDepth, maxIndentedDepth));
    if (c.isPlaceholder())
        classes += QStringLiteral(" more");
    if (c.state != CommentState::Normal)
        classes += QStringLiteral(" deleted");
    if (!numbered.empty())
        classes += QStringLiteral(" annotated");
    if (c.bodyText.size() > maxUnbrokenCommentLength)
        classes += QStringLiteral(" long");
    QString html =
        QStringLiteral("<article class=\"%1\" id=\"c-%2\">").arg(classes, escaped(c.sourceId));
    if (c.isPlaceholder()) {
        const QString text =
            *c.notSavedReplies > 0
                ? threadRendererTr("%n more replies not saved", *c.notSavedReplies)
                : tr("More replies continue on the site; they are not in this save");
        return html +
               QStringLiteral("<p class=\"not-saved\">%1</p></article>\n").arg(escaped(text));
    }
    html += QStringLiteral("<header>");
    if (displayDepth > maxIndentedDepth)
        html += QStringLiteral("<span class=\"depth\" title=\"%1\">%2</span>")
                    .arg(escaped(tr("Depth %1").arg(displayDepth)))
                    .arg(displayDepth);
    const QString &op = context.source.thread.author;
    const bool isOp = !op.isEmpty() && c.author == op && c.state == CommentState::Normal;
    html += QStringLiteral("<span class=\"author\">%1</span>").arg(escaped(c.author));
    if (isOp)
        html += QStringLiteral("<span class=\"op\">%1</span>").arg(escaped(tr("OP")));
    if (c.score)
        html += QStringLiteral("<span class=\"score\">%1</span>")
                    .arg(escaped(ScoreText::points(*c.score)));
    html += time(c.created);
    if (c.wasEdited)
        html += QStringLiteral("<span class=\"edited\">%1</span>").arg(escaped(tr("edited")));
    std::vector<PrintHighlight> highlights;
    QString wholeColor; // a whole-comment annotation colours the body, the newest one wins
    for (const Numbered &n : numbered) {
        if (n.annotation->position)
            highlights.push_back({n.annotation->position->start, n.annotation->position->end,
                                  n.annotation->id, n.annotation->color,
                                  label(n, context.options, QStringLiteral("ref"))});
        else {
            html += label(n, context.options, QStringLiteral("whole"));
            wholeColor = n.annotation->color;
        }
    }
    const QString bodyClass = wholeColor.isEmpty()
                                  ? QStringLiteral("body")
                                  : QStringLiteral("body whole-comment hl-") + escaped(wholeColor);
    html += QStringLiteral("</header>");
    // Where a comment stands against the earlier saves is part of the record: always
    // said; the earlier texts themselves only when asked for.
    html += CommentVersionsHtml::notes(c, context.source.history);
    if (context.options.includeVersions)
        html += CommentVersionsHtml::versions(c, context.source.history,
                                              CommentVersionsHtml::Presentation::Open);
    html += QStringLiteral("<div class=\"%1\">%2</div>")
                .arg(bodyClass, PrintCommentBody::render(c.bodyHtml, highlights));
    if (context.options.notes == NotePlacement::Boxes)
        html += noteBoxes(numbered, context);
    return html + QStringLiteral("</article>\n");
}

QString PrintHtmlRenderer::gap(int omitted)
{
    return QStringLiteral("<p class=\"gap\">%1</p>\n")
        .arg(escaped(tr("%1 not included", "comments left out of the export").arg(omitted)));
}

QString PrintHtmlRenderer::endnotes(const std::vector<Numbered> &numbered, const Context &context)
{
    if (numbered.empty())
        return {};
    QString items;
    for (const Numbered &n : numbered) {
        const Annotation &a = *n.annotation;
        const Comment *c = n.comment;
        QString item = QStringLiteral("<span class=\"swatch hl-%1\"></span>").arg(escaped(a.color));
        if (c)
            item += QStringLiteral("<span class=\"author\">%1</span> ").arg(escaped(c->author));
        item += a.isWholeComment()
                    ? QStringLiteral("<span class=\"whole-note\">%1</span>")
                          .arg(escaped(tr("the whole comment")))
                    : QStringLiteral("<q>%1</q>").arg(escaped(excerpt(a.quote.exact)));
        if (!a.tags.isEmpty())
            item += QStringLiteral(" <span class=\"tags\">%1</span>")
                        .arg(escaped(a.tags.join(QStringLiteral(", "))));
        if (!a.note.isEmpty())
            item += QStringLiteral("<div class=\"note\">%1</div>")
                        .arg(escaped(a.note).replace(QLatin1Char('\n'), QLatin1String("<br>")));
        item += linkList(a.id, context.argument, context.source.threadId);
        items += QStringLiteral("<li value=\"%1\">%2</li>\n").arg(n.number).arg(item);
    }
    return QStringLiteral("<section class=\"endnotes\"><h2>%1</h2><ol>\n%2</ol></section>\n")
        .arg(escaped(tr("Annotations")), items);
}

QString PrintHtmlRenderer::orphans(const Context &context)
{
    QString items;
    for (const Annotation &a : context.source.annotations) {
        if (a.anchorState != AnchorState::Orphaned)
            continue;
        QString item = a.quote.exact.isEmpty()
                           ? QString()
                           : QStringLiteral("<q>%1</q>").arg(escaped(excerpt(a.quote.exact)));
        if (!a.tags.isEmpty())
            item += QStringLiteral(" <span class=\"tags\">%1</span>")
                        .arg(escaped(a.tags.join(QStringLiteral(", "))));
        if (!a.note.isEmpty())
            item += QStringLiteral("<div class=\"note\">%1</div>").arg(escaped(a.note));
        item += linkList(a.id, context.argument, context.source.threadId);
        items += QStringLiteral("<li>%1</li>\n").arg(item);
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral(
               "<section class=\"orphans\"><h2>%1</h2><p>%2</p><ul>\n%3</ul></section>\n")
        .arg(escaped(tr("Annotations no longer found in the thread")),
             escaped(tr("The text these marked changed or vanished in a later save; they are kept "
                        "as written.")),
             items);
}

ArgumentMap PrintHtmlRenderer::numberedArgument(const AnnotatedThread &source,
                                                const std::vector<Numbered> &numbered)
{
    // A claim printed here is named by its number on the page; one that is not (on another
    // thread, orphaned, or left out of the export) by its author and words alone.
    QHash<qint64, int> numberOf;
    for (const Numbered &n : numbered)
        numberOf.insert(n.annotation->id, n.number);
    ArgumentMap map = source.argument;
    for (ArgumentClaim &claim : map.claims) {
        const int number = numberOf.value(claim.passage.annotationId);
        claim.reference = number > 0 ? QStringLiteral("#%1").arg(number) : QString();
    }
    return map;
}

QString PrintHtmlRenderer::argumentSection(const ArgumentMap &map, qint64 homeThreadId)
{
    if (map.isEmpty())
        return {};
    const auto svg = GraphvizSvg::render(ArgumentMapDot::write(map, homeThreadId));
    // A map that cannot be drawn is said so; the rest of the export stands.
    const QString figure =
        svg ? *svg
            : QStringLiteral("<p class=\"map-error\">%1</p>")
                  .arg(escaped(
                      tr("The argument map could not be drawn: %1").arg(svg.error().toString())));
    return QStringLiteral("<section class=\"argument\"><h2 class=\"section\">%1</h2>"
                          "<figure class=\"argument-map\">%2</figure></section>\n")
        .arg(escaped(tr("Argument map")), figure);
}

QString PrintHtmlRenderer::linkList(qint64 annotationId, const ArgumentMap &map,
                                    qint64 homeThreadId)
{
    QString items;
    for (const AnnotationLink *link : map.linksOf(annotationId)) {
        const QString line = ArgumentLinkText::line(*link, annotationId, map, homeThreadId);
        if (!line.isEmpty())
            items += QStringLiteral("<li class=\"link %1\">%2</li>")
                         .arg(AnnotationLinkTypes::key(link->type), escaped(line));
    }
    return items.isEmpty() ? QString() : QStringLiteral("<ul class=\"links\">%1</ul>").arg(items);
}

QString PrintHtmlRenderer::render(const AnnotatedThread &source, const ExportOptions &options,
                                  const std::vector<bool> &selection)
{
    const std::vector<Comment> &comments = source.thread.comments;
    const auto included = [&](size_t i) {
        return selection.empty() || (i < selection.size() && selection[i]);
    };

    // Numbers follow the page: comment order, then each comment's annotations in store order.
    Context context{source, options, {}};
    QHash<QString, std::vector<const Annotation *>> drawable;
    for (const Annotation &a : source.annotations) {
        if (a.anchorState != AnchorState::Orphaned)
            drawable[a.commentSourceId].push_back(&a);
    }
    std::vector<Numbered> numbered;
    int exported = 0;
    int baseDepth = INT_MAX; // a subtree export starts at the left margin
    for (size_t i = 0; i < comments.size(); ++i) {
        if (!included(i))
            continue;
        baseDepth = std::min(baseDepth, comments[i].depth);
        if (!comments[i].isPlaceholder())
            ++exported;
        for (const Annotation *a : drawable.value(comments[i].sourceId)) {
            numbered.push_back({a, int(numbered.size()) + 1, &comments[i]});
            context.byComment[comments[i].sourceId].push_back(numbered.back());
        }
    }

    QString html;
    html.reserve(int(comments.size()) * 900 + 8192);
    html += head(source.thread.title, options);
    html += QStringLiteral("<body>\n");
    html += titleBlock(source, options, exported);
    html += threadNotes(source.notesMarkdown);
    context.argument = numberedArgument(source, numbered);
    html += argumentSection(context.argument, source.threadId);
    html += QStringLiteral("<main class=\"comments\">\n");
    int omitted = 0;
    for (size_t i = 0; i < comments.size(); ++i) {
        if (!included(i)) {
            omitted += comments[i].isPlaceholder() ? 0 : 1;
            continue;
        }
        if (omitted > 0 && exported > 0)
            html += gap(omitted);
        omitted = 0;
        html += comment(comments[i], comments[i].depth - baseDepth, context);
    }
    if (omitted > 0 && exported > 0)
        html += gap(omitted);
    html += QStringLiteral("</main>\n");
    if (options.notes == NotePlacement::Endnotes)
        html += endnotes(numbered, context);
    html += orphans(context);
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace Scholia
