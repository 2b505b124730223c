#pragma once

#include "core/exportoptions.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Scholia {

struct AnnotatedThread;
struct Comment;
struct ThreadHistory;

// An annotated thread as Markdown: a title block, the thread notes (the reader's own
// Markdown, as written), then the chosen comments as plain text, each annotated passage
// after its comment as a blockquote with its tags and note and a link back to the
// comment on the site; the argument (the links between annotations) as a nested outline
// before the comments. Everything a site or the reader typed as plain text is escaped,
// so it shows as typed: a quote's lines, with the backslashes removed, are exactly the
// quote (leading spaces of a line aside, which Markdown cannot keep).
class ThreadMarkdownWriter
{
    Q_DECLARE_TR_FUNCTIONS(ThreadMarkdownWriter)

public:
    // `selection` has one flag per comment (ThreadScope); empty means every comment.
    static QString write(const AnnotatedThread &source, const ExportOptions &options,
                         const std::vector<bool> &selection = {});

    // text with the characters that could start Markdown syntax backslash-escaped.
    static QString escaped(const QString &text);
    // text as blockquote lines ("> …"), escaped.
    static QString blockquote(const QString &text);

private:
    static QString header(const AnnotatedThread &source, const ExportOptions &options,
                          int exported);
    static QString commentHeading(const Comment &c, int depth);
    static QString argument(const AnnotatedThread &source);
    static QString earlierTexts(const Comment &c, const ThreadHistory &history);
};

} // namespace Scholia
