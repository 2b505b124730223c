#pragma once

#include <QString>

namespace Scholia {

// CommonMark + GitHub extensions → HTML with md4c. Raw HTML inside the Markdown is not
// passed through (it shows as text), and the output is still untrusted: sanitize it.
class MarkdownRenderer
{
public:
    static QString toHtml(const QString &markdown);
};

} // namespace Scholia
