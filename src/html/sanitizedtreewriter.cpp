#include "sanitizedtreewriter.h"

#include <vector>

namespace Scholia {

namespace {

// Deeper markup is unwrapped: nothing a comment needs nests this far, and Chromium
// stops nesting elements at a few hundred levels anyway.
constexpr int maxOutputNesting = 64;

enum class Treatment { Keep, Unwrap, Drop, Image, LineBreak, Rule };

Treatment treatmentOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_DEL:
    case GUMBO_TAG_SUP: case GUMBO_TAG_SUB: case GUMBO_TAG_A: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TH: case GUMBO_TAG_TD:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_KBD: case GUMBO_TAG_SPAN: case GUMBO_TAG_CAPTION:
        return Treatment::Keep;
    case GUMBO_TAG_BR:
        return Treatment::LineBreak;
    case GUMBO_TAG_HR:
        return Treatment::Rule;
    case GUMBO_TAG_IMG:
        return Treatment::Image;
    // Code, styling, embedded documents and media: their content is not text to keep.
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_AREA: case GUMBO_TAG_MAP:
        return Treatment::Drop;
    // <noscript> is unwrapped, not dropped: no script ever runs here, so its content is
    // what the page meant to show. And in `<noscript><p></noscript>` the parser must
    // ignore the end tag (HTML's rule for an open <p>), so the <noscript> stays open and
    // holds the rest of the comment: dropping it lost all that text. Its children still
    // pass the allowlist.
    default:
        return Treatment::Unwrap;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

// A table's sections, rows and cells: the HTML parser places text and elements inside
// them only where they belong, so they are kept or unwrapped together with their table.
bool isTablePart(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TH: case GUMBO_TAG_TD: case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

bool holdsTableParts(GumboTag tag)
{
    return tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY
        || tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_TR;
}

// Levels a kept table needs below it before a cell's content: table, tbody, tr, td.
constexpr int tableNesting = 4;

// Writes markup and text side by side so that text stays the markup's textContent.
class SanitizedWriter
{
public:
    void text(const QString &content)
    {
        if (content.isEmpty())
            return;
        if (m_pendingBreak && !isWhitespace(content))
            lineBreakIfNeeded();
        if (content.contains(QLatin1Char('\r'))) {
            // Only a character reference (&#13;) leaves a CR in parsed text; written out
            // raw, the page would read it as LF and every later offset would drift.
            const QString normalized = QString(content)
                                           .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                           .replace(QLatin1Char('\r'), QLatin1Char('\n'));
            appendEscaped(normalized);
            m_out.text += normalized;
            return;
        }
        appendEscaped(content);
        m_out.text += content;
    }
    void open(const char *tag, const QString &attributes = {})
    {
        m_out.html += QLatin1Char('<') + QLatin1String(tag) + attributes + QLatin1Char('>');
        // A browser drops the first newline after <pre>; give it one that is not ours.
        if (qstrcmp(tag, "pre") == 0)
            m_out.html += QLatin1Char('\n');
    }
    // Content follows: start it on a new text line if a block just ended.
    void breakLineIfPending()
    {
        if (m_pendingBreak)
            lineBreakIfNeeded();
    }
    void close(const char *tag)
    {
        m_out.html += QLatin1String("</") + QLatin1String(tag) + QLatin1Char('>');
    }
    // A block boundary: the next visible text starts on a new line of the text.
    void blockBoundary() { m_pendingBreak = true; }
    void lineBreak()
    {
        m_out.html += QLatin1String("<br>\n");
        m_out.text += QLatin1Char('\n');
        m_pendingBreak = false;
    }
    SanitizedHtml take() { return std::move(m_out); }

private:
    // QString::toHtmlEscaped() into the output, without a copy of every text node.
    void appendEscaped(QStringView content)
    {
        qsizetype plain = 0;
        for (qsizetype i = 0; i < content.size(); ++i) {
            QLatin1StringView reference;
            switch (content[i].unicode()) {
            case u'<': reference = QLatin1StringView("&lt;"); break;
            case u'>': reference = QLatin1StringView("&gt;"); break;
            case u'&': reference = QLatin1StringView("&amp;"); break;
            case u'"': reference = QLatin1StringView("&quot;"); break;
            default: continue;
            }
            m_out.html += content.sliced(plain, i - plain);
            m_out.html += reference;
            plain = i + 1;
        }
        m_out.html += content.sliced(plain);
    }
    static bool isWhitespace(const QString &s)
    {
        for (QChar c : s) {
            if (!c.isSpace())
                return false;
        }
        return true;
    }
    void lineBreakIfNeeded()
    {
        m_pendingBreak = false;
        if (m_out.text.isEmpty() || m_out.text.back().isSpace())
            return;
        m_out.html += QLatin1Char('\n');
        m_out.text += QLatin1Char('\n');
    }

    SanitizedHtml m_out;
    bool m_pendingBreak = false;
};

const char *outputTagName(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_B: return "strong";
    case GUMBO_TAG_I: return "em";
    case GUMBO_TAG_S: return "del";
    default: return gumbo_normalized_tagname(tag);
    }
}

QString keptAttributes(GumboTag tag, const ElementAttributes &attributes)
{
    const auto attribute = [&attributes](const char *name) { return attributes.value(name); };
    QString out;
    const auto add = [&](const char *name, const QString &value) {
        out += QLatin1Char(' ') + QLatin1String(name) + QLatin1String("=\"")
            + value.toHtmlEscaped() + QLatin1Char('"');
    };
    if (tag == GUMBO_TAG_A) {
        add("href", HtmlSanitizer::safeLinkTarget(attribute("href")));
        const QString title = attribute("title");
        if (!title.isEmpty())
            add("title", title);
    } else if (tag == GUMBO_TAG_OL) {
        bool isNumber = false;
        const int start = attribute("start").toInt(&isNumber);
        if (isNumber)
            add("start", QString::number(start));
    } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
        for (const char *name : {"colspan", "rowspan"}) {
            bool isNumber = false;
            const int span = attribute(name).toInt(&isNumber);
            if (isNumber && span > 0 && span <= 100)
                add(name, QString::number(span));
        }
    }
    return out;
}

} // namespace

// One pass of the allowlist: a frame per element whose content is being written,
// remembering what it opened in the output.
class SanitizedTreeWriter::Impl
{
public:
    struct Frame
    {
        GumboTag tag;
        const char *openedTag; // null when unwrapped
        bool block;
    };

    SanitizedWriter writer;
    std::vector<Frame> stack{{GUMBO_TAG_BODY, nullptr, false}};
    int outputNesting = 0;

    // The tag's treatment, narrowed where the element stands: its namespace, its link,
    // the table around it, the depth of the output.
    Treatment treatmentIn(GumboTag tag, bool inHtmlNamespace,
                          const ElementAttributes &attributes) const
    {
        if (!inHtmlNamespace)
            return Treatment::Drop; // template contents, SVG and MathML content
        const Treatment treatment = treatmentOf(tag);
        if (treatment != Treatment::Keep)
            return treatment;
        if (tag == GUMBO_TAG_A &&
            HtmlSanitizer::safeLinkTarget(attributes.value("href")).isEmpty())
            return Treatment::Unwrap;
        if (isTablePart(tag)) {
            // A cell unwrapped inside a kept row would leave its text in the row, and
            // the page's parser moves such text out in front of the table.
            const Frame &parent = stack.back();
            const bool inKeptTable = parent.openedTag && holdsTableParts(parent.tag);
            return inKeptTable ? Treatment::Keep : Treatment::Unwrap;
        }
        if (outputNesting + (tag == GUMBO_TAG_TABLE ? tableNesting : 1) > maxOutputNesting)
            return Treatment::Unwrap;
        return Treatment::Keep;
    }

    void writeImage(const ElementAttributes &attributes)
    {
        const QString alt = attributes.value("alt").simplified();
        const QString label =
            alt.isEmpty() ? QStringLiteral("[image]") : QStringLiteral("[image: %1]").arg(alt);
        const QString target = HtmlSanitizer::safeLinkTarget(attributes.value("src"));
        if (target.isEmpty() || target.startsWith(QLatin1String("mailto:"))) {
            writer.text(label);
            return;
        }
        writer.breakLineIfPending();
        writer.open(
            "a", QStringLiteral(" class=\"image-link\" href=\"%1\"").arg(target.toHtmlEscaped()));
        writer.text(label);
        writer.close("a");
    }

    // A kept or unwrapped element: its content is written next, in a frame of its own.
    void enter(GumboTag tag, bool keep, const ElementAttributes &attributes)
    {
        const bool block = isBlock(tag);
        if (block) {
            // The separating newline goes between the elements, not inside the next one.
            writer.blockBoundary();
            writer.breakLineIfPending();
        }
        const char *opened = nullptr;
        if (keep) {
            opened = outputTagName(tag);
            writer.open(opened, keptAttributes(tag, attributes));
            ++outputNesting;
        }
        stack.push_back({tag, opened, block});
    }
};

SanitizedTreeWriter::SanitizedTreeWriter() : m_impl(std::make_unique<Impl>()) {}

SanitizedTreeWriter::~SanitizedTreeWriter() = default;

bool SanitizedTreeWriter::startElement(GumboTag tag, bool inHtmlNamespace,
                                       const ElementAttributes &attributes)
{
    Impl &d = *m_impl;
    switch (d.treatmentIn(tag, inHtmlNamespace, attributes)) {
    case Treatment::Drop:
        return false;
    case Treatment::LineBreak:
        d.writer.lineBreak();
        return false;
    case Treatment::Rule:
        d.writer.blockBoundary();
        d.writer.breakLineIfPending();
        d.writer.open("hr");
        d.writer.blockBoundary();
        return false;
    case Treatment::Image:
        d.writeImage(attributes);
        return false;
    case Treatment::Keep:
        d.enter(tag, true, attributes);
        return true;
    case Treatment::Unwrap:
        d.enter(tag, false, attributes);
        return true;
    }
    return false;
}

void SanitizedTreeWriter::endElement()
{
    Impl &d = *m_impl;
    if (d.stack.size() <= 1)
        return; // the fragment's own frame ends in finish()
    const Impl::Frame frame = d.stack.back();
    d.stack.pop_back();
    if (frame.openedTag) {
        d.writer.close(frame.openedTag);
        --d.outputNesting;
    }
    if (frame.block)
        d.writer.blockBoundary();
}

void SanitizedTreeWriter::text(const QString &content)
{
    m_impl->writer.text(content);
}

SanitizedHtml SanitizedTreeWriter::finish()
{
    while (m_impl->stack.size() > 1)
        endElement();
    SanitizedHtml out = m_impl->writer.take();
    // Appending left up to half of each string unused, and an import holds every body
    // until it is stored: 40 MB of a 50 000-comment page's peak.
    out.html.squeeze();
    out.text.squeeze();
    return out;
}

} // namespace Scholia
