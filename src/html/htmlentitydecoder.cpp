#include "htmlentitydecoder.h"

#include "gumboparseoptions.h"
#include "htmlinputpreprocessing.h"

#include <gumbo.h>

#include <algorithm>
#include <iterator>
#include <optional>

namespace Scholia {

namespace {

// The references escaping writes (Reddit's body_html and titles hold only these, a million
// times over): decoded without building a parse tree. Nothing when the text holds anything
// else (another reference, a bare '&', a character the parser rewrites, a lone surrogate).
std::optional<QString> decodeCommonReferences(QStringView escaped)
{
    static constexpr struct
    {
        QStringView reference;
        QChar character;
    } references[] = {
        {u"&amp;", u'&'}, {u"&lt;", u'<'}, {u"&gt;", u'>'}, {u"&quot;", u'"'}, {u"&#39;", u'\''}};
    QString decoded;
    decoded.reserve(escaped.size());
    qsizetype copied = 0; // escaped[copied, i) is plain text not yet appended
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped[i];
        if (c == u'&') {
            decoded += escaped.sliced(copied, i - copied);
            const QStringView rest = escaped.sliced(i);
            const auto *known =
                std::find_if(std::begin(references), std::end(references),
                             [&](const auto &r) { return rest.startsWith(r.reference); });
            if (known == std::end(references))
                return std::nullopt;
            decoded += known->character;
            i += known->reference.size() - 1;
            copied = i + 1;
            continue;
        }
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            continue; // printable ASCII: nothing the parser rewrites
        char32_t codePoint = c.unicode();
        if (c.isSurrogate()) {
            if (!c.isHighSurrogate() || i + 1 == escaped.size() || !escaped[i + 1].isLowSurrogate())
                return std::nullopt;
            codePoint = QChar::surrogateToUcs4(c, escaped[++i]);
        }
        if (HtmlInputPreprocessing::rewrites(codePoint))
            return std::nullopt;
    }
    decoded += escaped.sliced(copied);
    return decoded;
}

} // namespace

QString HtmlEntityDecoder::decode(const QString &escaped)
{
    if (!escaped.contains(QLatin1Char('&')))
        return escaped;
    if (std::optional<QString> decoded = decodeCommonReferences(escaped))
        return *std::move(decoded);
    return decodeWithParser(escaped);
}

QString HtmlEntityDecoder::decodeWithParser(const QString &escaped)
{
    // In a <textarea> (RCDATA) the HTML parser decodes character references but reads
    // no tags: exactly entity decoding. Escaping '<' keeps a literal "</textarea>" in
    // the input from ending it early and means the same character. The newline after
    // the start tag is one the parser drops by rule.
    QString wrapped = QStringLiteral("<textarea>\n");
    wrapped += QString(escaped).replace(QLatin1Char('<'), QLatin1String("&lt;"));
    const QByteArray utf8 = wrapped.toUtf8();
    GumboOutput *output =
        gumbo_parse_with_options(&GumboParseOptions::withoutErrorLog(), utf8.constData(),
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
    gumbo_destroy_output(&GumboParseOptions::withoutErrorLog(), output);
    return decoded;
}

} // namespace Scholia
