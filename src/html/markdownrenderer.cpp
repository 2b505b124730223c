#include "markdownrenderer.h"

#include <QByteArray>

#include <md4c-html.h>

namespace Scholia {

namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    html.reserve(utf8.size() + utf8.size() / 4);
    // md4c only fails on out-of-memory; whatever it wrote so far is still the best we have.
    md_html(utf8.constData(), MD_SIZE(utf8.size()), appendOutput, &html,
            MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    // md4c ends every block with a newline; the last one would become trailing text.
    return QString::fromUtf8(html).trimmed();
}

} // namespace Scholia
