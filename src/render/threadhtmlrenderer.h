#pragma once

#include "core/annotation.h"
#include "core/threadviewstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <climits>
#include <vector>

namespace Scholia {

struct Comment;
struct ThreadDocument;
struct ThreadHistory;
struct ThreadOutline;

// Turns a ThreadDocument into the one HTML page the thread view shows: the post, then
// the comments as one flat pre-order sequence carrying their depth (never nested
// elements: Chromium stops nesting at a few hundred levels, and flat lays out faster).
// Comment bodies are already sanitized; every other string from the file is escaped here.
class ThreadHtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ThreadHtmlRenderer)

public:
    struct Options
    {
        QString stylesheetUrl;  // linked, so the page's CSP can forbid inline style
        QStringList scriptUrls; // empty: no script at all
        // Set for a self-contained file (export, `scholia render`): the CSS goes inline
        // and the page allows only that inline style.
        QString inlineStylesheet;
        // Set with inlineStylesheet when the file should still be interactive: the scripts
        // go inline, one <script> each in this order, and the CSP allows exactly them (by
        // their SHA-256 hashes), nothing else.
        QStringList inlineScripts;
        // The page is drawn already in this state: collapsed subtrees hidden, focus marked.
        ThreadViewState viewState;
        // Drawn as <mark>s (passages) and header badges (whole comments); orphaned ones
        // are not drawn, their text is gone.
        std::vector<Annotation> annotations;
        bool darkTheme = false;
        // Big threads: the page's DOM gets the first pageComments comments and the rest
        // wait as inert data in chunks of commentsPerChunk, built while the reader is near
        // them and taken down again when far (DeferredCommentsWriter, chunks.js).
        // The default draws every comment, as self-contained files need.
        int pageComments = INT_MAX;
        int commentsPerChunk = 500;
        // Set for the app's own view of a big thread: the later chunks are not in the
        // page at all, only placeholders as tall as their comments are estimated to be;
        // the page fetches chunk k from this URL followed by k (renderChunk serves it).
        QString laterChunksUrl;
        QDateTime now = QDateTime::currentDateTimeUtc(); // for "3 hours ago"
        // What the library remembers beyond the latest save (earlier texts, missing and
        // removed comments, read and new); null draws the thread as it is. Not owned.
        const ThreadHistory *history = nullptr;
    };

    // What rendering one of a windowed page's later chunks alone needs, beyond the
    // thread's own fields and its chunk's comments: known once the page is rendered.
    struct LaterChunks
    {
        int pageComments = 0; // chunk 0: the page's own comments
        int commentsPerChunk = 1;
        int total = 0;
        std::vector<int> replies; // every comment's real replies
        // Per chunk: the depth below which its first comments sit inside a collapsed
        // subtree that began in an earlier chunk (INT_MAX: none).
        std::vector<int> hideBelowAtStart;

        int chunkCount() const { return int(hideBelowAtStart.size()); }
        int firstOf(int chunk) const;
        int countOf(int chunk) const;
    };

    // laterChunks, when given, receives what renderChunk needs (for a windowed page).
    static QString render(const ThreadDocument &thread, const Options &options,
                          LaterChunks *laterChunks = nullptr);
    // The same page from the thread's outline (every comment) and, in thread.comments,
    // only the comments whose HTML the page holds: for a page whose later chunks are
    // served (laterChunksUrl), its first pageComments comments; else all of them.
    static QString render(const ThreadDocument &thread, const ThreadOutline &outline,
                          const Options &options, LaterChunks *laterChunks = nullptr);
    // Chunk k of a windowed page (0: the page's own comments, fetched again once taken
    // down): the same HTML as the page rendered with every chunk in it holds there. thread: its fields without its comments suffice;
    // comments: the chunk's own, in order (ThreadStore::loadComments).
    static QString renderChunk(const ThreadDocument &thread, const Options &options,
                               const LaterChunks &laterChunks, int chunk,
                               const std::vector<Comment> &comments);

    // The Content-Security-Policy every rendered page carries: only Scholia's own
    // style and script, nothing from anywhere else.
    static QString contentSecurityPolicy(const Options &options);

    // The hover text of a highlight: its tags and note. The view uses it for live updates.
    static QString annotationTitle(const Annotation &annotation);
    // The label of a whole-comment annotation's badge.
    static QString wholeCommentLabel(const Annotation &annotation);

private:
    struct Context;
    static void appendHead(QString &html, const ThreadDocument &thread, const Options &options);
    static void appendPost(QString &html, const ThreadDocument &thread, int commentCount,
                           const Options &options);
    static void appendComment(QString &html, const Comment &comment, int replies,
                              const Context &context);
    static QString commentClasses(const Comment &comment, int replies, bool annotated,
                                  const Context &context);
    static void appendNotSavedNote(QString &html, const Comment &placeholder);
    static void appendCommentHeader(QString &html, const Comment &comment, int replies,
                                    const Context &context);
    static void appendWholeCommentBadges(QString &html,
                                         const std::vector<const Annotation *> &annotations);
    static QString highlightedBody(const Comment &comment,
                                   const std::vector<const Annotation *> &annotations);
    static void appendShortcutHelp(QString &html);
    static void appendPlaceholders(QString &html, const ThreadOutline &outline,
                                   const Options &options, size_t inPage,
                                   const Context &context, LaterChunks &later);
    static QString timeElement(const QDateTime &time, const QDateTime &now);
    static QString scoreElement(const std::optional<qint64> &score);
};

} // namespace Scholia
