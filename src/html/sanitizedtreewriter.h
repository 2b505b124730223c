#pragma once

#include "htmlsanitizer.h"

#include <gumbo.h>

#include <memory>

namespace Scholia {

// An element's attributes as the HTML parser would give them: decoded, the first of
// duplicates. Empty for an attribute the element does not have.
class ElementAttributes
{
public:
    virtual ~ElementAttributes() = default;
    virtual QString value(const char *name) const = 0;
};

// The allowlist itself, fed a parsed fragment's tree in document order (start of an
// element, its content, its end) and writing the sanitized markup and its text. Both
// readers of markup drive it, gumbo's tree walk and the fast reader of well-formed
// markup, so that what is kept, unwrapped or dropped is decided in one place.
// Internal to scholia_html (it names gumbo's tags).
class SanitizedTreeWriter
{
public:
    SanitizedTreeWriter();
    ~SanitizedTreeWriter();
    SanitizedTreeWriter(const SanitizedTreeWriter &) = delete;
    SanitizedTreeWriter &operator=(const SanitizedTreeWriter &) = delete;

    // An element starts inside the element last started and not yet ended. True when its
    // content is wanted: then endElement() follows its content. False when the element
    // was written whole or dropped (void elements, images, scripts…): skip its content
    // and do not end it.
    bool startElement(GumboTag tag, bool inHtmlNamespace, const ElementAttributes &attributes);
    void endElement();
    void text(const QString &content);
    SanitizedHtml finish();

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Scholia
