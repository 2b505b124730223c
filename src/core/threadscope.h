#pragma once

#include "exportoptions.h"
#include "result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace Scholia {

struct AnnotatedThread;
struct Comment;

// Which comments of a thread an export holds: one flag per comment, in the thread's
// pre-order. Every selection is a single pass or a walk up parent links, never
// recursion: a reply chain 100 000 deep must not overflow the stack.
class ThreadScope
{
    Q_DECLARE_TR_FUNCTIONS(ThreadScope)

public:
    using Selection = std::vector<bool>;

    // The selection for options.scope. Fails only for a subtree whose root is not in the thread.
    static Result<Selection> select(const AnnotatedThread &source, const ExportOptions &options);

    static Selection whole(const std::vector<Comment> &comments);
    // The comments named in annotated and every ancestor of each.
    static Selection annotatedWithAncestors(const std::vector<Comment> &comments,
                                            const QSet<QString> &annotated);
    // Everything but the replies below a collapsed comment (the collapsed one itself stays).
    static Selection expanded(const std::vector<Comment> &comments, const QSet<QString> &collapsed);
    // The comment at index and everything below it.
    static Selection subtree(const std::vector<Comment> &comments, int index);
};

} // namespace Scholia
