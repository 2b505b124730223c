#include "htmlsanitizer.h"

#include "gumboparseoptions.h"
#include "sanitizedtreewriter.h"
#include "simplemarkupreader.h"

#include <QByteArray>
#include <QUrl>

#include <gumbo.h>

#include <vector>

namespace Scholia {

namespace {

// The <body> that holds the fragment; gumbo always creates one.
const GumboNode *bodyOf(const GumboOutput *parsed)
{
    const GumboNode *body = nullptr;
    const GumboVector &rootChildren = parsed->root->v.element.children;
    for (unsigned i = 0; i < rootChildren.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(rootChildren.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            body = child;
    }
    return body;
}

// The attributes of a gumbo element, as the parser decoded them.
class GumboElementAttributes : public ElementAttributes
{
public:
    explicit GumboElementAttributes(const GumboElement &element) : m_element(element) {}
    QString value(const char *name) const override
    {
        const GumboAttribute *attr = gumbo_get_attribute(&m_element.attributes, name);
        return attr ? QString::fromUtf8(attr->value) : QString();
    }

private:
    const GumboElement &m_element;
};

// Feeds a parsed fragment to the allowlist in document order. Iterative: (node, next
// child) frames; an element ends when its frame is popped.
SanitizedHtml writeSanitized(const GumboNode *body)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned nextChild;
    };
    SanitizedTreeWriter writer;
    std::vector<Frame> stack;
    if (body)
        stack.push_back({body, 0});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.nextChild >= children.length) {
            stack.pop_back();
            if (!stack.empty()) // the body's own end is the writer's finish()
                writer.endElement();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(children.data[frame.nextChild++]);
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            writer.text(QString::fromUtf8(node->v.text.text));
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &element = node->v.element;
            const bool html = node->type == GUMBO_NODE_ELEMENT &&
                              element.tag_namespace == GUMBO_NAMESPACE_HTML;
            if (writer.startElement(element.tag, html, GumboElementAttributes(element)))
                stack.push_back({node, 0});
            break;
        }
        default: // comments, document
            break;
        }
    }
    return writer.finish();
}

} // namespace

QString HtmlSanitizer::safeLinkTarget(const QString &href)
{
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")
            && scheme != QLatin1String("mailto")))
        return {};
    if (scheme != QLatin1String("mailto") && url.host().isEmpty())
        return {};
    return QString::fromUtf8(url.toEncoded());
}

SanitizedHtml HtmlSanitizer::sanitize(const QString &untrustedHtml)
{
    // Most saved comments are a few paragraphs of plain markup: read those directly, and
    // anything the fast reader is not sure of through the HTML parser (issue 17).
    if (std::optional<SanitizedHtml> fast = SimpleMarkupReader::sanitize(untrustedHtml))
        return *std::move(fast);
    return sanitizeWithParser(untrustedHtml);
}

SanitizedHtml HtmlSanitizer::sanitizeWithParser(const QString &untrustedHtml)
{
    const QByteArray utf8 = untrustedHtml.toUtf8();
    const GumboOptions &options = GumboParseOptions::withoutErrorLog();
    GumboOutput *parsed = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    SanitizedHtml sanitized = writeSanitized(bodyOf(parsed));
    gumbo_destroy_output(&options, parsed);
    return sanitized;
}

SanitizedHtml HtmlSanitizer::fromPlainText(const QString &text)
{
    SanitizedHtml out;
    // The page drops NUL and reads CR and CRLF as LF: keep the text it will show, or
    // every offset after such a character would point elsewhere in the view.
    out.text = text;
    out.text.remove(QChar(0))
        .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    out.html = out.text.toHtmlEscaped();
    out.html.replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
    return out;
}

} // namespace Scholia
