#include "gumbotree.h"

#include "gumboparseoptions.h"

#include <QStringList>

#include <gumbo.h>

#include <cctype>

namespace Scholia {

namespace {

QString escaped(const char *text, bool inAttribute)
{
    QString out = QString::fromUtf8(text);
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    if (inAttribute)
        out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

bool isVoidTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

const GumboVector *childrenOf(const GumboNode *node)
{
    // Null like every other query here: find() under a node that was not found is empty.
    if (!node)
        return nullptr;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

} // namespace

GumboTree::GumboTree(const QByteArray &html, ErrorCheck errors)
    : m_source(html),
      m_output(gumbo_parse_with_options(errors == ErrorCheck::On
                                            ? &GumboParseOptions::withFirstErrorOnly()
                                            : &GumboParseOptions::withoutErrorLog(),
                                        m_source.constData(), size_t(m_source.size())))
{
}

GumboTree::~GumboTree()
{
    // The options only differ in what is recorded; either destroys any output.
    gumbo_destroy_output(&GumboParseOptions::withFirstErrorOnly(), m_output);
}

bool GumboTree::hadParseError() const
{
    return m_output->errors.length > 0;
}

bool GumboTree::isNoQuirksDocument() const
{
    return m_output->document->v.document.doc_type_quirks_mode == GUMBO_DOCTYPE_NO_QUIRKS;
}

GumboTree::Node GumboTree::root() const
{
    return m_output->root;
}

std::vector<GumboTree::Node> GumboTree::elements(Node node)
{
    std::vector<Node> found;
    std::vector<Node> pending{node};
    while (!pending.empty()) {
        Node current = pending.back();
        pending.pop_back();
        if (!isElement(current))
            continue;
        found.push_back(current);
        const GumboVector *children = childrenOf(current);
        for (unsigned i = children->length; i > 0; --i)
            pending.push_back(static_cast<Node>(children->data[i - 1]));
    }
    return found;
}

GumboTree::Node GumboTree::find(Node node, const std::function<bool(Node)> &matches)
{
    std::vector<Node> pending;
    const auto pushChildren = [&pending](Node parent) {
        if (const GumboVector *children = childrenOf(parent)) {
            for (unsigned i = children->length; i > 0; --i)
                pending.push_back(static_cast<Node>(children->data[i - 1]));
        }
    };
    pushChildren(node);
    while (!pending.empty()) {
        Node current = pending.back();
        pending.pop_back();
        if (!isElement(current))
            continue;
        if (matches(current))
            return current;
        pushChildren(current);
    }
    return nullptr;
}

bool GumboTree::isElement(Node node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

QString GumboTree::tagName(Node node)
{
    if (!isElement(node) || node->v.element.tag == GUMBO_TAG_UNKNOWN)
        return {};
    return QString::fromLatin1(gumbo_normalized_tagname(node->v.element.tag));
}

bool GumboTree::hasTag(Node node, const char *tag)
{
    return isElement(node) && node->v.element.tag == gumbo_tag_enum(tag);
}

QString GumboTree::attribute(Node node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool GumboTree::hasAttribute(Node node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name);
}

bool GumboTree::hasClass(Node node, const QString &className)
{
    const QString classes = attribute(node, "class");
    if (classes.isEmpty())
        return false;
    return classes.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(className);
}

GumboTree::Node GumboTree::parent(Node node)
{
    return node ? node->parent : nullptr;
}

std::vector<GumboTree::Node> GumboTree::childElements(Node node)
{
    std::vector<Node> found;
    if (const GumboVector *children = node ? childrenOf(node) : nullptr) {
        for (unsigned i = 0; i < children->length; ++i) {
            const auto child = static_cast<Node>(children->data[i]);
            if (isElement(child))
                found.push_back(child);
        }
    }
    return found;
}

QString GumboTree::text(Node node)
{
    QString out;
    std::vector<Node> pending{node};
    while (!pending.empty()) {
        Node current = pending.back();
        pending.pop_back();
        if (!current)
            continue;
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE ||
            current->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(current->v.text.text);
            continue;
        }
        if (const GumboVector *children = childrenOf(current)) {
            for (unsigned i = children->length; i > 0; --i)
                pending.push_back(static_cast<Node>(children->data[i - 1]));
        }
    }
    return out;
}

QString GumboTree::innerHtml(Node node)
{
    // close: the element was opened earlier; write its end tag.
    struct Step
    {
        Node node;
        bool close;
    };
    QString out;
    std::vector<Step> pending;
    const auto pushChildren = [&pending](Node parent) {
        if (const GumboVector *children = childrenOf(parent)) {
            for (unsigned i = children->length; i > 0; --i)
                pending.push_back({static_cast<Node>(children->data[i - 1]), false});
        }
    };
    pushChildren(node);
    while (!pending.empty()) {
        const Step step = pending.back();
        pending.pop_back();
        Node current = step.node;
        const QString tag = tagName(current);
        if (step.close) {
            out += QStringLiteral("</%1>").arg(tag);
            continue;
        }
        switch (current->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            out += escaped(current->v.text.text, false);
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            if (tag.isEmpty()) { // an unknown tag: keep what it holds
                pushChildren(current);
                break;
            }
            out += QLatin1Char('<') + tag;
            const GumboVector &attributes = current->v.element.attributes;
            for (unsigned i = 0; i < attributes.length; ++i) {
                const auto *attr = static_cast<const GumboAttribute *>(attributes.data[i]);
                out += QStringLiteral(" %1=\"%2\"")
                           .arg(QString::fromUtf8(attr->name), escaped(attr->value, true));
            }
            out += QLatin1Char('>');
            if (isVoidTag(current->v.element.tag))
                break;
            pending.push_back({current, true});
            pushChildren(current);
            break;
        }
        default:
            break; // comments, the document node
        }
    }
    return out;
}

qsizetype GumboTree::contentStart(Node node)
{
    if (!isElement(node) || node->v.element.original_tag.length == 0)
        return -1;
    return qsizetype(node->v.element.start_pos.offset + node->v.element.original_tag.length);
}

std::pair<qsizetype, qsizetype> GumboTree::sourceRange(Node node)
{
    if (!isElement(node) || node->v.element.original_tag.length == 0 ||
        node->v.element.original_end_tag.length == 0)
        return {-1, -1};
    const GumboElement &element = node->v.element;
    return {qsizetype(element.start_pos.offset),
            qsizetype(element.end_pos.offset + element.original_end_tag.length)};
}

qsizetype GumboTree::startOffset(Node node)
{
    if (!isElement(node) || node->v.element.original_tag.length == 0)
        return -1;
    return qsizetype(node->v.element.start_pos.offset);
}

bool GumboTree::isAsWritten(Node node)
{
    constexpr unsigned repaired = GUMBO_INSERTION_BY_PARSER | GUMBO_INSERTION_IMPLIED |
                                  GUMBO_INSERTION_CONVERTED_FROM_END_TAG |
                                  GUMBO_INSERTION_FROM_ISINDEX | GUMBO_INSERTION_FROM_IMAGE |
                                  GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT |
                                  GUMBO_INSERTION_ADOPTION_AGENCY_CLONED |
                                  GUMBO_INSERTION_ADOPTION_AGENCY_MOVED |
                                  GUMBO_INSERTION_FOSTER_PARENTED;
    return isElement(node) && (node->parse_flags & repaired) == 0 &&
           node->v.element.original_tag.length > 0;
}

bool GumboTree::hasWrittenEndTag(Node node)
{
    // gumbo records the end tag that popped an element even when it was another's
    // (`</div>` closing an open <b>): the tag must name the element.
    if (!isElement(node) || (node->parse_flags & GUMBO_INSERTION_IMPLICIT_END_TAG))
        return false;
    const GumboStringPiece &end = node->v.element.original_end_tag;
    const GumboStringPiece &start = node->v.element.original_tag;
    if (end.length < 3 || start.length < 2)
        return false;
    const auto nameOf = [](QByteArrayView tag, qsizetype from) {
        qsizetype to = from;
        while (to < tag.size() && std::isalnum(static_cast<unsigned char>(tag[to])))
            ++to;
        return tag.sliced(from, to - from);
    };
    const QByteArrayView endName = nameOf(QByteArrayView(end.data, qsizetype(end.length)), 2);
    const QByteArrayView startName =
        nameOf(QByteArrayView(start.data, qsizetype(start.length)), 1);
    return !endName.isEmpty() && endName.compare(startName, Qt::CaseInsensitive) == 0;
}

bool GumboTree::isVoid(Node node)
{
    return isElement(node) && isVoidTag(node->v.element.tag);
}

} // namespace Scholia
