#include "htmlentitydecoder.h"

#include <gumbo.h>

namespace Scholia {

QString HtmlEntityDecoder::decode(const QString &escaped)
{
    if (!escaped.contains(QLatin1Char('&')))
        return escaped;

    // In a <textarea> (RCDATA) the HTML parser decodes character references but reads
    // no tags: exactly entity decoding. Escaping '<' keeps a literal "</textarea>" in
    // the input from ending it early and means the same character. The newline after
    // the start tag is one the parser drops by rule.
    QString wrapped = QStringLiteral("<textarea>\n");
    wrapped += QString(escaped).replace(QLatin1Char('<'), QLatin1String("&lt;"));
    const QByteArray utf8 = wrapped.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(),
                                                   size_t(utf8.size()));

    QString decoded;
    // html > body > textarea > text
    const GumboNode *node = output->root;
    for (GumboTag tag : {GUMBO_TAG_BODY, GUMBO_TAG_TEXTAREA}) {
        const GumboNode *found = nullptr;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length && !found; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag)
                found = child;
        }
        node = found;
        if (!node)
            break;
    }
    if (node) {
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                decoded += QString::fromUtf8(child->v.text.text);
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return decoded;
}

} // namespace Scholia
