#include "simplemarkupreader.h"

#include "htmlinputpreprocessing.h"
#include "sanitizedtreewriter.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <vector>

namespace Scholia {

namespace {

// How the HTML parser's tree construction treats a tag this reader knows (the HTML
// standard's "in body" insertion mode).
enum class Role {
    Paragraph,  // p: closed by a block start, by its end tag
    Block,      // div, blockquote, pre, ul, ol: close an open p; "special"
    ListItem,   // li: closes an open li; "special"
    Formatting, // em, strong, b, i, code, s, a: active formatting elements
    Phrase,     // span, del, sup, sub: ordinary elements
    LineBreak,  // br: void
    Rule,       // hr: void, closes an open p
};

struct KnownTag
{
    QStringView name;
    GumboTag tag;
    Role role;
};

constexpr std::array knownTags{
    KnownTag{u"p", GUMBO_TAG_P, Role::Paragraph},
    KnownTag{u"a", GUMBO_TAG_A, Role::Formatting},
    KnownTag{u"em", GUMBO_TAG_EM, Role::Formatting},
    KnownTag{u"strong", GUMBO_TAG_STRONG, Role::Formatting},
    KnownTag{u"code", GUMBO_TAG_CODE, Role::Formatting},
    KnownTag{u"li", GUMBO_TAG_LI, Role::ListItem},
    KnownTag{u"br", GUMBO_TAG_BR, Role::LineBreak},
    KnownTag{u"ul", GUMBO_TAG_UL, Role::Block},
    KnownTag{u"ol", GUMBO_TAG_OL, Role::Block},
    KnownTag{u"pre", GUMBO_TAG_PRE, Role::Block},
    KnownTag{u"blockquote", GUMBO_TAG_BLOCKQUOTE, Role::Block},
    KnownTag{u"div", GUMBO_TAG_DIV, Role::Block},
    KnownTag{u"b", GUMBO_TAG_B, Role::Formatting},
    KnownTag{u"i", GUMBO_TAG_I, Role::Formatting},
    KnownTag{u"s", GUMBO_TAG_S, Role::Formatting},
    KnownTag{u"span", GUMBO_TAG_SPAN, Role::Phrase},
    KnownTag{u"del", GUMBO_TAG_DEL, Role::Phrase},
    KnownTag{u"sup", GUMBO_TAG_SUP, Role::Phrase},
    KnownTag{u"sub", GUMBO_TAG_SUB, Role::Phrase},
    KnownTag{u"hr", GUMBO_TAG_HR, Role::Rule},
};

const KnownTag *knownTag(QStringView name)
{
    const auto *found = std::find_if(knownTags.begin(), knownTags.end(),
                                     [name](const KnownTag &t) { return t.name == name; });
    return found == knownTags.end() ? nullptr : found;
}

// The references escaping writes; any other reference goes to the parser.
struct Reference
{
    QStringView text;
    QChar character;
};
constexpr std::array references{Reference{u"&amp;", u'&'},  Reference{u"&lt;", u'<'},
                                Reference{u"&gt;", u'>'},   Reference{u"&quot;", u'"'},
                                Reference{u"&#39;", u'\''}, Reference{u"&#x27;", u'\''}};

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isAsciiWhitespace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\f';
}

// Nesting deeper than this goes to the parser, far below the allowlist's own limit.
constexpr std::size_t maxDepth = 32;
// A fourth equal formatting element changes the parser's list of active formatting
// elements (the "Noah's Ark" clause); not worth following.
constexpr int maxSameFormatting = 3;

// Attributes as written in a start tag this reader accepted: names lowercase, values
// double-quoted and decoded.
class ReadAttributes : public ElementAttributes
{
public:
    QString value(const char *name) const override
    {
        for (const auto &[n, v] : m_values) {
            if (n == QLatin1StringView(name))
                return v;
        }
        return {};
    }
    bool add(QStringView name, QString value)
    {
        for (const auto &entry : m_values) {
            if (entry.first == name)
                return false; // the parser keeps the first; not worth following
        }
        m_values.emplace_back(name.toString(), std::move(value));
        return true;
    }

private:
    std::vector<std::pair<QString, QString>> m_values;
};

class Reader
{
public:
    explicit Reader(QStringView html) : m_in(html) {}

    std::optional<SanitizedHtml> run()
    {
        // Before the body starts, the parser drops whitespace.
        while (m_pos < m_in.size() && isAsciiWhitespace(m_in[m_pos]))
            ++m_pos;
        while (m_pos < m_in.size()) {
            const QChar c = m_in[m_pos];
            const bool ok = c == u'<' ? (flushText(), tag()) : textCharacter();
            if (!ok)
                return std::nullopt;
        }
        flushText();
        return m_writer.finish();
    }

private:
    struct Open
    {
        const KnownTag *tag;
        bool writerFrame; // the writer wants endElement() for it
    };

    // Text up to the next '<' or '&', appended in one piece; false at a character the
    // parser's input preprocessing would change.
    bool textCharacter()
    {
        if (m_in[m_pos] == u'&')
            return reference(m_text);
        const qsizetype start = m_pos;
        while (m_pos < m_in.size()) {
            const QChar c = m_in[m_pos];
            if (c == u'<' || c == u'&')
                break;
            if (c.unicode() >= 0x20 && c.unicode() < 0x7F) {
                ++m_pos; // printable ASCII: nothing the parser rewrites
                continue;
            }
            char32_t codePoint = c.unicode();
            qsizetype length = 1;
            if (c.isSurrogate()) {
                if (!c.isHighSurrogate() || m_pos + 1 == m_in.size() ||
                    !m_in[m_pos + 1].isLowSurrogate())
                    return false;
                codePoint = QChar::surrogateToUcs4(c, m_in[m_pos + 1]);
                length = 2;
            }
            // A byte order mark is dropped by the parser where the sanitized text begins (a
            // mail's body can start with one): rare enough to leave every one to the parser.
            if (HtmlInputPreprocessing::rewrites(codePoint) || codePoint == 0xFEFF)
                return false;
            m_pos += length;
        }
        m_text += m_in.sliced(start, m_pos - start);
        return true;
    }

    // At '&': one of the known references (its character), or nothing.
    std::optional<QChar> knownReference()
    {
        const QStringView rest = m_in.sliced(m_pos);
        for (const Reference &r : references) {
            if (rest.startsWith(r.text)) {
                m_pos += r.text.size();
                return r.character;
            }
        }
        return std::nullopt;
    }

    // At '&' in text: a known reference, or a '&' the tokenizer leaves as it is.
    bool reference(QString &into)
    {
        if (const std::optional<QChar> character = knownReference()) {
            into += *character;
            return true;
        }
        const QStringView rest = m_in.sliced(m_pos);
        if (rest.size() > 1 && (isAsciiAlnum(rest[1]) || rest[1] == u'#'))
            return false; // another reference: the parser knows two thousand of them
        into += u'&';
        ++m_pos;
        return true;
    }

    void flushText()
    {
        if (m_text.isEmpty())
            return;
        m_writer.text(m_text);
        m_text.clear();
    }

    QStringView name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size() && ((m_in[m_pos] >= u'a' && m_in[m_pos] <= u'z') ||
                                        (m_in[m_pos] >= u'0' && m_in[m_pos] <= u'9')))
            ++m_pos;
        return m_in.sliced(start, m_pos - start);
    }

    bool tag()
    {
        ++m_pos; // '<'
        const bool end = m_pos < m_in.size() && m_in[m_pos] == u'/';
        if (end)
            ++m_pos;
        const KnownTag *known = knownTag(name());
        if (!known)
            return false;
        if (end) {
            if (m_pos >= m_in.size() || m_in[m_pos] != u'>')
                return false;
            ++m_pos;
            return endTag(*known);
        }
        ReadAttributes attributes;
        if (!attributesOf(*known, attributes))
            return false;
        return startTag(*known, attributes);
    }

    // ` name="value"`…, then `>` (or ` />`, `/>` for a void element).
    bool attributesOf(const KnownTag &known, ReadAttributes &attributes)
    {
        const bool isVoid = known.role == Role::LineBreak || known.role == Role::Rule;
        while (m_pos < m_in.size()) {
            const QChar c = m_in[m_pos];
            if (c == u'>') {
                ++m_pos;
                return true;
            }
            if (c == u'/' && isVoid && m_pos + 1 < m_in.size() && m_in[m_pos + 1] == u'>') {
                m_pos += 2;
                return true;
            }
            if (c != u' ')
                return false;
            ++m_pos;
            if (m_pos < m_in.size() && m_in[m_pos] == u'/')
                continue; // `<br />`
            const QStringView attributeName = name();
            if (attributeName.isEmpty() || !m_in.sliced(m_pos).startsWith(u"=\""))
                return false;
            m_pos += 2;
            QString value;
            while (m_pos < m_in.size() && m_in[m_pos] != u'"') {
                const QChar v = m_in[m_pos];
                if (v == u'&') {
                    const std::optional<QChar> character = knownReference();
                    if (!character)
                        return false; // a bare '&' in a value has rules of its own
                    value += *character;
                    continue;
                }
                if (v.isSurrogate() || HtmlInputPreprocessing::rewrites(v.unicode()))
                    return false;
                value += v;
                ++m_pos;
            }
            if (m_pos >= m_in.size() || !attributes.add(attributeName, std::move(value)))
                return false;
            ++m_pos; // '"'
        }
        return false;
    }

    bool isOpen(Role role) const
    {
        return std::any_of(m_open.begin(), m_open.end(),
                           [role](const Open &o) { return o.tag->role == role; });
    }
    bool currentIs(Role role) const { return !m_open.empty() && m_open.back().tag->role == role; }

    void pop()
    {
        if (m_open.back().writerFrame)
            m_writer.endElement();
        m_open.pop_back();
    }

    // "If the stack of open elements has a p element in button scope, close a p element":
    // without a parse error only when that p is the current node.
    bool closeParagraph()
    {
        if (!isOpen(Role::Paragraph))
            return true;
        if (!currentIs(Role::Paragraph))
            return false;
        pop();
        return true;
    }

    // A new li closes the li it stands in, and the p elements inside that li.
    bool closeListItem()
    {
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            const Role role = it->tag->role;
            if (role == Role::ListItem) {
                const bool onlyParagraphsAbove = std::all_of(
                    m_open.rbegin(), it, [](const Open &o) { return o.tag->role == Role::Paragraph; });
                if (!onlyParagraphsAbove)
                    return false;
                const auto count = std::distance(m_open.rbegin(), it) + 1;
                for (auto i = 0; i < count; ++i)
                    pop();
                return true;
            }
            const bool special = role == Role::Block || role == Role::Paragraph;
            const bool passedOver = role == Role::Paragraph || it->tag->tag == GUMBO_TAG_DIV;
            if (special && !passedOver)
                return true; // a ul, ol, blockquote or pre: no li to close
        }
        return true;
    }

    bool startTag(const KnownTag &known, const ReadAttributes &attributes)
    {
        switch (known.role) {
        case Role::ListItem:
            if (!closeListItem() || !closeParagraph())
                return false;
            break;
        case Role::Paragraph:
        case Role::Block:
        case Role::Rule:
            if (!closeParagraph())
                return false;
            break;
        case Role::Formatting: {
            const auto same = std::count_if(m_open.begin(), m_open.end(), [&](const Open &o) {
                return o.tag == &known;
            });
            if ((known.tag == GUMBO_TAG_A && same > 0) || same >= maxSameFormatting)
                return false;
            break;
        }
        case Role::Phrase:
        case Role::LineBreak:
            break;
        }
        const bool content = m_writer.startElement(known.tag, true, attributes);
        if (known.role == Role::LineBreak || known.role == Role::Rule)
            return true; // void: nothing to end
        if (m_open.size() >= maxDepth)
            return false;
        m_open.push_back({&known, content});
        // The parser drops a newline right after <pre>'s start tag.
        if (known.tag == GUMBO_TAG_PRE && m_pos < m_in.size() && m_in[m_pos] == u'\n')
            ++m_pos;
        return true;
    }

    bool endTag(const KnownTag &known)
    {
        if (known.role == Role::LineBreak || known.role == Role::Rule)
            return false;
        auto it = std::find_if(m_open.rbegin(), m_open.rend(),
                               [&](const Open &o) { return o.tag == &known; });
        if (it == m_open.rend())
            return false; // a stray end tag: the parser ignores it, or makes an element
        // What the parser closes on the way without a parse error: p and li, the elements
        // with implied end tags, above a block's end tag; p above an li's end tag.
        const bool closesOthers = known.role == Role::Block || known.role == Role::ListItem;
        const bool impliedAbove = std::all_of(m_open.rbegin(), it, [&](const Open &o) {
            return o.tag->role == Role::Paragraph ||
                   (known.role == Role::Block && o.tag->role == Role::ListItem);
        });
        if (it != m_open.rbegin() && !(closesOthers && impliedAbove))
            return false;
        const auto count = std::distance(m_open.rbegin(), it) + 1;
        for (auto i = 0; i < count; ++i)
            pop();
        return true;
    }

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_text; // the text since the last tag: one text node
    std::vector<Open> m_open;
    SanitizedTreeWriter m_writer;
};

} // namespace

std::optional<SanitizedHtml> SimpleMarkupReader::sanitize(QStringView html)
{
    return Reader(html).run();
}

} // namespace Scholia
