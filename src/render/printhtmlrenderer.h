#pragma once

#include "core/exportoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace Scholia {

struct Annotation;
struct AnnotatedThread;
struct ArgumentMap;
struct Comment;

// An annotated thread as one self-contained page for paper (PDF) or a file to hand on
// (HTML): a title block, the thread notes, the chosen comments indented by depth, the
// highlights in their colours with their tags, and the annotation notes as numbered
// endnotes or boxes after their comment, and the argument: a map of the links between
// annotations (Graphviz's SVG, sanitized, inline) and each linked passage's links. The stylesheet
// (print.css) is inline and the Content-Security-Policy allows nothing else: no script, nothing
// fetched. Comment bodies are sanitized at import; the notes' Markdown is sanitized here; every
// other string is escaped.
class PrintHtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PrintHtmlRenderer)

public:
    // `selection` has one flag per comment (ThreadScope); empty means every comment.
    static QString render(const AnnotatedThread &source, const ExportOptions &options,
                          const std::vector<bool> &selection = {});

    static QString contentSecurityPolicy();
    // The page's <head>: CSP, print.css and the page settings inline. Shared with the
    // topic export, so a topic prints like a thread.
    static QString head(const QString &title, const ExportOptions &options);
    static QString time(const QDateTime &time);
    // Beyond this depth comments stop moving right and show their depth as a number.
    static constexpr int maxIndentedDepth = 8;
    // A comment with more text than this (about a quarter of an A4 page) may break across
    // pages; a shorter one is kept whole, so a page never ends more than that much early.
    static constexpr qsizetype maxUnbrokenCommentLength = 1000;

    // The argument map as inline, sanitized SVG in a section of its own; empty when the
    // map has no links. homeThreadId: whose claims need no thread named.
    static QString argumentSection(const ArgumentMap &map, qint64 homeThreadId);
    // The links of one annotation as a list, "rebuts #3 (bob: “…”)"; empty without links.
    static QString linkList(qint64 annotationId, const ArgumentMap &map, qint64 homeThreadId);

private:
    struct Numbered
    {
        const Annotation *annotation;
        int number;
        const Comment *comment;
    };
    struct Context;

    static QString titleBlock(const AnnotatedThread &source, const ExportOptions &options,
                              int exported);
    static QString threadNotes(const QString &markdown);
    static QString comment(const Comment &c, int displayDepth, const Context &context);
    static QString label(const Numbered &n, const ExportOptions &options,
                         const QString &elementClass);
    static QString noteBoxes(const std::vector<Numbered> &numbered, const Context &context);
    static QString endnotes(const std::vector<Numbered> &numbered, const Context &context);
    static QString orphans(const Context &context);
    static ArgumentMap numberedArgument(const AnnotatedThread &source,
                                        const std::vector<Numbered> &numbered);
    static QString gap(int omitted);
};

} // namespace Scholia
