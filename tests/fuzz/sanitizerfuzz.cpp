// The sanitizer target: whatever markup goes in, what comes out holds no element the
// allowlist drops, links only to http, https or mailto, and its text is its HTML's text.
// The fast-path target: whatever markup the fast reader accepts, it writes what the
// parser path writes, byte for byte.

#include "fuzzinvariant.h"
#include "fuzztargets.h"
#include "pagetextcontent.h"

#include "html/htmlsanitizer.h"
#include "html/simplemarkupreader.h"

#include <QRegularExpression>

namespace Scholia::Fuzz {

namespace {

void checkNoDroppedElement(const QString &html)
{
    // The writer escapes every '<' and '"' of text and attribute values, so these are
    // real elements; quoted attribute values are left out of the handler check (a title
    // may say " onclick=").
    static const QRegularExpression dropped(
        QStringLiteral(
            "<\\s*/?\\s*(script|style|iframe|frame|object|embed|form|input|svg|math|base|"
            "meta|link)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    FuzzInvariant::require(!dropped.match(html).hasMatch(),
                           "sanitized HTML holds a dropped element", html);
    static const QRegularExpression quotedValue(QStringLiteral("\"[^\"]*\""));
    static const QRegularExpression eventHandler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QString markup = QString(html).remove(quotedValue);
    FuzzInvariant::require(!eventHandler.match(markup).hasMatch(),
                           "sanitized HTML holds an event handler", html);
}

void checkLinks(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("\\shref=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1).toLower();
        const bool allowed = target.startsWith(QLatin1String("http://")) ||
                             target.startsWith(QLatin1String("https://")) ||
                             target.startsWith(QLatin1String("mailto:"));
        FuzzInvariant::require(allowed, "sanitized HTML links to a scheme not allowed", html);
    }
}

} // namespace

int fuzzHtmlSanitizer(const uint8_t *data, size_t size)
{
    FuzzInvariant::ensureCoreApplication();
    const QString untrusted =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SanitizedHtml clean = HtmlSanitizer::sanitize(untrusted);
    checkNoDroppedElement(clean.html);
    checkLinks(clean.html);
    // Offsets into the stored text are offsets into the page's text only if they are equal.
    FuzzInvariant::require(PageTextContent::matches(clean.text, clean.html),
                           "text is not the text of the sanitized HTML on the page",
                           QStringLiteral("text:\n%1\non the page:\n%2\nhtml:\n%3")
                               .arg(clean.text, PageTextContent::of(clean.html), clean.html));

    const QString target = HtmlSanitizer::safeLinkTarget(untrusted.left(4096));
    checkLinks(
        QStringLiteral(" href=\"%1\"").arg(target.isEmpty() ? QStringLiteral("http://") : target));

    const SanitizedHtml plain = HtmlSanitizer::fromPlainText(untrusted);
    checkNoDroppedElement(plain.html);
    FuzzInvariant::require(PageTextContent::matches(plain.text, plain.html),
                           "plain text is not the text of its HTML",
                           QStringLiteral("text:\n%1\non the page:\n%2\nhtml:\n%3")
                               .arg(plain.text, PageTextContent::of(plain.html), plain.html));
    return 0;
}

} // namespace Scholia::Fuzz

namespace Scholia::Fuzz {

int fuzzHtmlSanitizerFastPath(const uint8_t *data, size_t size)
{
    FuzzInvariant::ensureCoreApplication();
    const QString untrusted =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<SanitizedHtml> fast = SimpleMarkupReader::sanitize(untrusted);
    if (!fast)
        return 0; // gumbo's, checked by html-sanitizer
    const SanitizedHtml parsed = HtmlSanitizer::sanitizeWithParser(untrusted);
    FuzzInvariant::require(fast->html == parsed.html && fast->text == parsed.text,
                           "the sanitizer's fast path differs from its parser path",
                           QStringLiteral("input:\n%1\nfast:\n%2\nparser:\n%3")
                               .arg(untrusted, fast->html, parsed.html));
    return 0;
}

} // namespace Scholia::Fuzz
