#include "threadhtmlrenderer.h"

#include "commentversionshtml.h"
#include "core/threaddocument.h"
#include "core/threadhistory.h"
#include "core/threadoutline.h"
#include "deferredcommentswriter.h"
#include "highlightinserter.h"
#include "readingmodelblock.h"
#include "relativetime.h"
#include "scoretext.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <climits>
#include <optional>

namespace Scholia {

namespace {

// Deeper comments keep this indentation and show their depth as a number instead,
// so a 30-level chain stays readable in a narrow pane.
constexpr int maxIndentedDepth = 12;

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// Real replies below each comment (placeholders excluded), in one backward pass.
std::vector<int> replyCounts(const ThreadOutline &outline)
{
    std::vector<int> counts(outline.size(), 0);
    for (int i = int(outline.size()) - 1; i >= 0; --i) {
        const int parent = outline.parents[size_t(i)];
        if (parent >= 0)
            counts[size_t(parent)] += counts[size_t(i)] + (outline.placeholders[size_t(i)] ? 0 : 1);
    }
    return counts;
}

} // namespace

struct ThreadHtmlRenderer::Context
{
    Context(const ThreadDocument &pageThread, const Options &pageOptions)
        : thread(pageThread), options(pageOptions),
          collapsed(pageOptions.viewState.collapsed.begin(), pageOptions.viewState.collapsed.end())
    {
        for (const Annotation &a : pageOptions.annotations) {
            if (a.anchorState != AnchorState::Orphaned)
                annotationsByComment[a.commentSourceId].push_back(&a);
        }
    }

    const ThreadDocument &thread;
    const Options &options;
    QSet<QString> collapsed;
    QHash<QString, std::vector<const Annotation *>> annotationsByComment; // drawable ones
    int hideBelowDepth = INT_MAX; // comments deeper than this sit inside a collapsed subtree
    // The same for every comment: translated and escaped once per page.
    QString lineHtml = QStringLiteral("<div class=\"line\" title=\"%1\"></div><header>")
                           .arg(escaped(tr("Collapse or expand")));
    QString newMarkHtml = QStringLiteral("<span class=\"new-mark\" title=\"%1\">%2</span>")
                              .arg(escaped(tr("Added or changed by a save you have not seen yet")),
                                   escaped(tr("new")));
    QString toggleHtml = QStringLiteral("<button class=\"toggle\" type=\"button\" aria-label=\"%1\"></button>")
                             .arg(escaped(tr("Collapse or expand the replies")));
};

QString ThreadHtmlRenderer::wholeCommentLabel(const Annotation &a)
{
    return a.tags.isEmpty() ? tr("annotated") : a.tags.join(QStringLiteral(", "));
}

QString ThreadHtmlRenderer::annotationTitle(const Annotation &a)
{
    QStringList parts;
    if (!a.tags.isEmpty())
        parts << a.tags.join(QStringLiteral(", "));
    if (!a.note.isEmpty())
        parts << a.note;
    if (a.anchorState == AnchorState::Reanchored)
        parts << tr("(found again after the comment changed: check it)");
    return parts.join(QStringLiteral(" — "));
}

QString ThreadHtmlRenderer::contentSecurityPolicy(const Options &options)
{
    if (!options.inlineStylesheet.isEmpty()) {
        QStringList sources;
        for (const QString &inlineScript : options.inlineScripts) {
            const QByteArray hash =
                QCryptographicHash::hash(inlineScript.toUtf8(), QCryptographicHash::Sha256);
            sources << QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(hash.toBase64()));
        }
        const QString script =
            sources.isEmpty() ? QStringLiteral("'none'") : sources.join(QLatin1Char(' '));
        return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; script-src %1; "
                              "base-uri 'none'; form-action 'none'")
            .arg(script);
    }
    return QStringLiteral("default-src 'none'; style-src scholia:; script-src scholia:; connect-src scholia:; "
                          "img-src scholia:; base-uri 'none'; form-action 'none'");
}

QString ThreadHtmlRenderer::timeElement(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QString iso = utc.toString(Qt::ISODate);
    // The exact time is the ISO one spelled for people; a format string would be parsed
    // again for each of 50 000 comments.
    const QString exact = iso.size() == 20 && iso.at(10) == QLatin1Char('T') && iso.endsWith(QLatin1Char('Z'))
        ? iso.left(10) + QLatin1Char(' ') + iso.mid(11, 8) + QStringLiteral(" UTC")
        : utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    return QStringLiteral("<time datetime=\"%1\" title=\"%2\">%3</time>")
        .arg(iso, exact, escaped(RelativeTime::describe(utc, now)));
}

QString ThreadHtmlRenderer::scoreElement(const std::optional<qint64> &score)
{
    if (!score)
        return {};
    return QStringLiteral("<span class=\"score\">%1</span>").arg(escaped(ScoreText::points(*score)));
}

void ThreadHtmlRenderer::appendHead(QString &html, const ThreadDocument &thread, const Options &options)
{
    const bool scripted = !options.scriptUrls.isEmpty() || !options.inlineScripts.isEmpty();
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"\" class=\"%1%4\"><head><meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">\n"
                           "<meta name=\"referrer\" content=\"no-referrer\">\n"
                           "<title>%3</title>\n")
                .arg(options.darkTheme ? QStringLiteral("dark") : QStringLiteral("light"),
                     contentSecurityPolicy(options), escaped(thread.title),
                     scripted ? QStringLiteral(" loading") : QString());
    if (!options.inlineStylesheet.isEmpty()) {
        html += QStringLiteral("<style>\n") + options.inlineStylesheet + QStringLiteral("</style>\n");
        for (const QString &script : options.inlineScripts)
            html += QStringLiteral("<script>") + script + QStringLiteral("</script>\n");
    } else {
        if (!options.stylesheetUrl.isEmpty())
            html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1\">\n").arg(escaped(options.stylesheetUrl));
        for (const QString &script : options.scriptUrls)
            html += QStringLiteral("<script src=\"%1\" defer></script>\n").arg(escaped(script));
    }
    html += QStringLiteral("</head>\n");
}

void ThreadHtmlRenderer::appendPost(QString &html, const ThreadDocument &thread, int commentCount,
                                    const Options &options)
{
    html += QStringLiteral("<section class=\"post\"><h1>%1</h1><header>").arg(escaped(thread.title));
    if (!thread.author.isEmpty())
        html += QStringLiteral("<span class=\"author op\">%1</span>").arg(escaped(thread.author));
    if (!thread.site.isEmpty())
        html += QStringLiteral("<span class=\"site\">%1</span>").arg(escaped(thread.site));
    html += scoreElement(thread.score) + timeElement(thread.created, options.now);
    html += QStringLiteral("<span class=\"count\">%1</span>")
                .arg(escaped(tr("%n comment(s)", nullptr, commentCount)));
    if (thread.isReconstructedFromText())
        html += QStringLiteral("<span class=\"reconstructed\" title=\"%1\">%2</span>")
                    .arg(escaped(tr("Imported from a page saved as plain text: the page kept no authors or "
                                    "times, and Scholia rebuilt where each comment begins and what it replies "
                                    "to from the text alone")),
                         escaped(tr("reconstructed from text")));
    html += QStringLiteral("</header>");
    // A partial save says so where the reader starts, not only in the import report.
    if (const QString gaps = thread.gaps.summary(thread.sourceKind); !gaps.isEmpty())
        html += QStringLiteral("<p class=\"save-gaps\" role=\"note\" title=\"%1\">%2</p>")
                    .arg(escaped(tr("What the saved file itself says it does not hold. Saving the "
                                    "thread from its address (File ▸ Save from Address…) fetches "
                                    "the rest and merges it.")),
                         escaped(gaps));
    if (thread.linkUrl.isValid() && !thread.linkUrl.isEmpty()) {
        const QString target = thread.linkUrl.toString(QUrl::FullyEncoded);
        if (target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://")))
            html += QStringLiteral("<p class=\"link\"><a href=\"%1\">%2</a></p>")
                        .arg(escaped(target), escaped(thread.linkUrl.toDisplayString()));
    }
    if (!thread.bodyHtml.isEmpty())
        html += QStringLiteral("<div class=\"body\">") + thread.bodyHtml + QStringLiteral("</div>");
    html += QStringLiteral("</section>\n");
}

void ThreadHtmlRenderer::appendComment(QString &html, const Comment &c, int replies,
                                       const Context &context)
{
    const std::vector<const Annotation *> annotations =
        context.annotationsByComment.value(c.sourceId);
    html += QStringLiteral("<article class=\"%1\" id=\"c-%2\" data-id=\"%2\" data-depth=\"%3\">")
                .arg(commentClasses(c, replies, !annotations.empty(), context), escaped(c.sourceId))
                .arg(c.depth);
    if (c.isPlaceholder()) {
        appendNotSavedNote(html, c);
        return;
    }
    html += context.lineHtml;
    appendCommentHeader(html, c, replies, context);
    appendWholeCommentBadges(html, annotations);
    html += QStringLiteral("</header>");
    if (const ThreadHistory *history = context.options.history) {
        html += CommentVersionsHtml::notes(c, *history);
        html += CommentVersionsHtml::versions(c, *history, CommentVersionsHtml::Presentation::Folded);
    }
    html += QStringLiteral("<div class=\"body\">") + highlightedBody(c, annotations) +
            QStringLiteral("</div></article>\n");
}

QString ThreadHtmlRenderer::commentClasses(const Comment &c, int replies, bool annotated,
                                           const Context &context)
{
    QString classes = QStringLiteral("comment depth-%1").arg(qMin(c.depth, maxIndentedDepth));
    if (c.isPlaceholder())
        classes += QStringLiteral(" more");
    if (c.state == CommentState::Deleted)
        classes += QStringLiteral(" deleted");
    else if (c.state == CommentState::Removed)
        classes += QStringLiteral(" removed");
    if (!c.inLatestSave)
        classes += QStringLiteral(" vanished");
    if (annotated)
        classes += QStringLiteral(" annotated");
    if (const ThreadHistory *history = context.options.history) {
        // Read by the page's script (reading.js) and styled by thread.css.
        if (history->isNew(c.sourceId))
            classes += QStringLiteral(" new");
        if (history->isUnread(c.sourceId))
            classes += QStringLiteral(" unread");
        if (history->isEdited(c.sourceId))
            classes += QStringLiteral(" revised");
        if (history->missingSince.contains(c.sourceId))
            classes += QStringLiteral(" missing");
        if (history->keptAfterRemoval.contains(c.sourceId))
            classes += QStringLiteral(" kept");
    }
    if (replies > 0 && context.collapsed.contains(c.sourceId))
        classes += QStringLiteral(" collapsed");
    if (c.depth > context.hideBelowDepth)
        classes += QStringLiteral(" hidden");
    if (!context.options.viewState.focused.isEmpty() &&
        c.sourceId == context.options.viewState.focused)
        classes += QStringLiteral(" focused");
    return classes;
}

// A "more" placeholder: what the save left out, then the end of its <article>.
void ThreadHtmlRenderer::appendNotSavedNote(QString &html, const Comment &c)
{
    const QString text = *c.notSavedReplies > 0
                             ? tr("%n more replies not saved", nullptr, *c.notSavedReplies)
                             : tr("More replies continue on the site; they are not in this save");
    html += QStringLiteral("<p class=\"not-saved\">%1</p></article>\n").arg(escaped(text));
}

// What the comment's <header> holds before its whole-comment annotations: the toggle,
// who wrote it and when, and what it has been through.
void ThreadHtmlRenderer::appendCommentHeader(QString &html, const Comment &c, int replies,
                                             const Context &context)
{
    if (replies > 0)
        html += context.toggleHtml;
    if (c.depth > maxIndentedDepth)
        html += QStringLiteral("<span class=\"deep\" title=\"%1\">%2</span>")
                    .arg(escaped(tr("Depth %1").arg(c.depth)))
                    .arg(c.depth);
    const QString &threadAuthor = context.thread.author;
    const bool isOp =
        !threadAuthor.isEmpty() && c.author == threadAuthor && c.state == CommentState::Normal;
    html += QStringLiteral("<span class=\"author%1\">%2</span>")
                .arg(isOp ? QStringLiteral(" op") : QString(), escaped(c.author));
    if (isOp)
        html += QStringLiteral("<span class=\"badge\" title=\"%1\">%2</span>")
                    .arg(escaped(tr("The author of the post")), escaped(tr("OP")));
    html += scoreElement(c.score) + timeElement(c.created, context.options.now);
    if (context.thread.isReconstructedFromText())
        html += QStringLiteral("<span class=\"reconstructed\" title=\"%1\">%2</span>")
                    .arg(escaped(tr(
                             "Where this comment begins and what it replies to were rebuilt from "
                             "plain text")),
                         escaped(tr("reconstructed from text")));
    // Shown while the comment is new (thread.css); the page drops the class once read.
    if (context.options.history && context.options.history->isNew(c.sourceId))
        html += context.newMarkHtml;
    if (c.wasEdited) {
        const QString when =
            c.edited.isValid()
                ? c.edited.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                : tr("time unknown");
        html += QStringLiteral("<span class=\"edited\" title=\"%1\">%2</span>")
                    .arg(escaped(tr("Edited %1").arg(when)), escaped(tr("edited")));
    }
    // A missing comment's note under the header names the save; the mark would repeat it.
    const bool missingNoted = context.options.history && context.options.history->missingSince.contains(c.sourceId);
    if (!c.inLatestSave && !missingNoted)
        html += QStringLiteral("<span class=\"vanished-mark\">%1</span>")
                    .arg(escaped(tr("not in latest save")));
    if (replies > 0)
        html += QStringLiteral("<span class=\"summary\">%1</span>")
                    .arg(escaped(tr("%n replies", nullptr, replies)));
}

// Annotations of the whole comment are badges in its header, in the order given.
void ThreadHtmlRenderer::appendWholeCommentBadges(
    QString &html, const std::vector<const Annotation *> &annotations)
{
    for (const Annotation *a : annotations) {
        if (a->position)
            continue;
        const QString label = wholeCommentLabel(*a);
        html += QStringLiteral(
                    "<span class=\"whole hl-%1\" data-annotation=\"%2\" title=\"%3\">%4</span>")
                    .arg(escaped(a->color))
                    .arg(a->id)
                    .arg(escaped(annotationTitle(*a)), escaped(label));
    }
}

// The comment's body with its passage annotations drawn as <mark>s.
QString ThreadHtmlRenderer::highlightedBody(const Comment &c,
                                            const std::vector<const Annotation *> &annotations)
{
    std::vector<HighlightSpan> spans;
    for (const Annotation *a : annotations) {
        if (a->position)
            spans.push_back(
                {a->position->start, a->position->end, a->id, a->color, annotationTitle(*a)});
    }
    return spans.empty() ? c.bodyHtml : HighlightInserter::insert(c.bodyHtml, std::move(spans));
}

void ThreadHtmlRenderer::appendShortcutHelp(QString &html)
{
    const std::pair<const char *, QString> keys[] = {
        {"j / k", tr("Next / previous comment")},
        {"J / K, n / p", tr("Next / previous comment at the same depth")},
        {"u", tr("Parent comment")},
        {"t", tr("Top of the thread")},
        {"Space / Enter", tr("Collapse or expand the focused comment")},
        {"Shift+C", tr("Collapse all replies of the focused comment")},
        {"h", tr("Highlight the selected text")},
        {"F7, v", tr("Caret mode: select text of the focused comment from the keyboard (h "
                     "highlights it, Esc leaves)")},
        {"← → / w b / ( ) / ↑ ↓", tr("In caret mode: move by character / word / sentence / line")},
        {"Shift, v",
         tr("In caret mode: Shift makes a move extend the selection; after v, every move does")},
        {"c", tr("Annotate the focused comment")},
        {". / ,", tr("Next / previous new comment")},
        {"> / <", tr("Next / previous unread comment")},
        {"e", tr("Show or hide the focused comment's earlier texts (an edited comment)")},
        {"?, F1", tr("Show or hide this list")},
        {"Ctrl + / Ctrl − / Ctrl 0", tr("Larger / smaller / normal text")},
        // The window's own keys, so that this list is the one place to look.
        {"Ctrl+F, F3 / Shift+F3", tr("Find in this thread, next / previous match")},
        {"Ctrl+Shift+F", tr("Search the whole library")},
        {"Ctrl+1 / 2 / 3 / 4", tr("Go to the library, thread, notes or topics")},
        {"Ctrl+I / Ctrl+E", tr("Import files / export this thread")},
        {"Ctrl+Z / Ctrl+Shift+Z", tr("Undo / redo")},
    };
    html += QStringLiteral("<div id=\"shortcuts\" role=\"dialog\" aria-label=\"%1\" hidden><h2>%1</h2><table>")
                .arg(escaped(tr("Keyboard shortcuts")));
    for (const auto &[key, meaning] : keys)
        html += QStringLiteral("<tr><th><kbd>%1</kbd></th><td>%2</td></tr>")
                    .arg(escaped(QString::fromUtf8(key)), escaped(meaning));
    html += QStringLiteral("</table><p>%1</p></div>\n").arg(escaped(tr("Press ? or Esc to close.")));
}

int ThreadHtmlRenderer::LaterChunks::firstOf(int chunk) const
{
    return chunk <= 0 ? 0 : qMin(total, pageComments + (chunk - 1) * commentsPerChunk);
}

int ThreadHtmlRenderer::LaterChunks::countOf(int chunk) const
{
    return chunk < 0 || chunk >= chunkCount() ? 0 : qMin(total, firstOf(chunk + 1)) - firstOf(chunk);
}

namespace {

// The height a chunk's placeholder starts with, the way chunks.js estimates it (at a
// typical width; the page corrects it to its own once shown): pixels per comment shown
// and per line of its text.
double estimatedHeight(int depth, qsizetype textLength)
{
    const double charsPerLine = qMax(20.0, (800.0 - 22.0 * qMin(depth, 12)) / 7.5);
    return 40 + 22 * std::ceil(double(textLength) / charsPerLine);
}

} // namespace

// The later chunks as empty boxes with estimated heights, so that the scroll bar spans
// the whole thread from the first frame with no script run. The page's CSP allows no
// inline style: an SVG's own height attribute holds the box open.
void ThreadHtmlRenderer::appendPlaceholders(QString &html, const ThreadOutline &outline,
                                            const Options &options, size_t inPage,
                                            const Context &context, LaterChunks &later)
{
    const size_t total = outline.size();
    later.pageComments = int(inPage);
    later.commentsPerChunk = qMax(1, options.commentsPerChunk);
    later.total = int(total);
    const int chunks = 1 + int((total - inPage + size_t(later.commentsPerChunk) - 1) /
                               size_t(later.commentsPerChunk));
    later.hideBelowAtStart.assign(size_t(chunks), INT_MAX);
    QSet<QString> collapsed = context.collapsed;
    int hideBelow = INT_MAX;
    int chunk = 0;
    double height = 0;
    const auto close = [&] {
        if (chunk > 0)
            html += QStringLiteral("<div class=\"comments chunk unbuilt\" data-chunk=\"%1\">"
                                   "<svg class=\"estimate\" width=\"1\" height=\"%2\" aria-hidden=\"true\"></svg></div>\n")
                        .arg(chunk)
                        .arg(qRound(height));
        height = 0;
    };
    for (size_t i = 0; i < total; ++i) {
        if (int(i) == later.firstOf(chunk + 1) && chunk + 1 < chunks) {
            close();
            ++chunk;
            later.hideBelowAtStart[size_t(chunk)] = hideBelow;
        }
        const int depth = outline.depths[i];
        if (depth <= hideBelow)
            hideBelow = INT_MAX;
        if (depth > hideBelow)
            continue;
        const bool isCollapsed = later.replies[i] > 0 && collapsed.contains(outline.ids[i]);
        height += isCollapsed ? 40 : estimatedHeight(depth, outline.textLengths[i]);
        if (isCollapsed)
            hideBelow = depth;
    }
    close();
}

QString ThreadHtmlRenderer::render(const ThreadDocument &thread, const Options &options,
                                   LaterChunks *laterChunks)
{
    return render(thread, ThreadOutline::of(thread.comments), options, laterChunks);
}

QString ThreadHtmlRenderer::render(const ThreadDocument &thread, const ThreadOutline &outline,
                                   const Options &options, LaterChunks *laterChunks)
{
    const size_t total = outline.size();
    // Never extended to reach the saved focus: the page builds the focus's chunk itself
    // (chunks.js), so a reader who stopped near the end does not get the whole thread.
    const size_t inPage = qMin(total, size_t(qMax(0, options.pageComments)));
    const bool windowed = inPage < total;
    const bool served = windowed && !options.laterChunksUrl.isEmpty();
    // The comments drawn here: the page's own, and a self-contained file's later chunks.
    const size_t drawn = qMin(served ? inPage : total, thread.comments.size());
    Q_ASSERT(drawn == (served ? inPage : total));
    QString html;
    html.reserve(int(served ? inPage : total) * 700 + thread.bodyHtml.size() + 4096);
    appendHead(html, thread, options);
    html += QStringLiteral("<body>\n");
    appendPost(html, thread, outline.realCommentCount(), options);
    html += QStringLiteral("<main class=\"comments\">\n");

    Context context(thread, options);
    LaterChunks ownLater;
    LaterChunks &later = laterChunks ? *laterChunks : ownLater;
    later.replies = replyCounts(outline);
    const std::vector<int> &replies = later.replies;
    // A windowed page's own comments are its first chunk, in a box chunks.js can take
    // down and rebuild like the others.
    if (windowed)
        html += QStringLiteral("<div class=\"comments chunk\">\n");
    std::optional<DeferredCommentsWriter> deferred;
    for (size_t i = 0; i < total; ++i) {
        const int depth = outline.depths[i];
        if (depth <= context.hideBelowDepth)
            context.hideBelowDepth = INT_MAX; // left the collapsed subtree
        const bool collapsed = replies[i] > 0 && context.collapsed.contains(outline.ids[i]);
        if (i == inPage) {
            html += QStringLiteral("</div>\n");
            deferred.emplace(options.commentsPerChunk, served);
        }
        QString &into = deferred ? deferred->bufferFor(outline.ids[i], depth, outline.textLengths[i],
                                                       outline.placeholders[i], replies[i] > 0, collapsed)
                                 : html;
        if (i < drawn)
            appendComment(into, thread.comments[i], replies[i], context);
        if (context.hideBelowDepth == INT_MAX && collapsed)
            context.hideBelowDepth = depth;
    }
    if (served)
        appendPlaceholders(html, outline, options, inPage, context, later);
    html += QStringLiteral("</main>\n");
    if (deferred)
        deferred->finishInto(html, options.viewState.focused, options.laterChunksUrl);
    const bool scripted = !options.scriptUrls.isEmpty() || !options.inlineScripts.isEmpty();
    if (scripted && options.history)
        ReadingModelBlock::append(html, outline, *options.history);
    if (scripted)
        appendShortcutHelp(html);
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString ThreadHtmlRenderer::renderChunk(const ThreadDocument &thread, const Options &options,
                                        const LaterChunks &later, int chunk,
                                        const std::vector<Comment> &comments)
{
    QString html;
    if (chunk < 0 || chunk >= later.chunkCount())
        return html;
    html.reserve(int(comments.size()) * 700);
    Context context(thread, options);
    context.hideBelowDepth = later.hideBelowAtStart[size_t(chunk)];
    const int first = later.firstOf(chunk);
    const int count = qMin(int(comments.size()), later.countOf(chunk));
    for (int j = 0; j < count; ++j) {
        const Comment &c = comments[size_t(j)];
        const int replies = later.replies[size_t(first + j)];
        if (c.depth <= context.hideBelowDepth)
            context.hideBelowDepth = INT_MAX;
        const bool collapsed = replies > 0 && context.collapsed.contains(c.sourceId);
        appendComment(html, c, replies, context);
        if (context.hideBelowDepth == INT_MAX && collapsed)
            context.hideBelowDepth = c.depth;
    }
    return html;
}

} // namespace Scholia
