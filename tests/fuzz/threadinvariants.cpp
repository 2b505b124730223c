#include "threadinvariants.h"

#include "fuzzinvariant.h"
#include "pagetextcontent.h"

#include "core/commenttree.h"

namespace Scholia::Fuzz {

namespace {

// The store counts annotation offsets in bodyText, the view's script in the page's text
// of bodyHtml: they must be the same string.
void checkBody(const QString &html, const QString &text, const char *whose)
{
    if (PageTextContent::matches(text, html))
        return;
    FuzzInvariant::require(false, whose,
                           QStringLiteral("stored text:\n%1\ntext on the page:\n%2\nhtml:\n%3")
                               .arg(text, PageTextContent::of(html), html));
}

} // namespace

void ThreadInvariants::check(const ThreadDocument &thread)
{
    const Result<void> valid = CommentTree::validate(thread.comments);
    FuzzInvariant::require(bool(valid), "imported comment tree is invalid",
                           valid ? QString() : valid.error().toString());
    checkBody(thread.bodyHtml, thread.bodyText, "post text is not the text of its HTML");
    for (const Comment &comment : thread.comments)
        checkBody(comment.bodyHtml, comment.bodyText, "comment text is not the text of its HTML");
}

} // namespace Scholia::Fuzz
