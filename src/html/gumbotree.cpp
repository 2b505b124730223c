#include "gumbotree.h"

#include "gumboparseoptions.h"

#include <QStringList>

#include <gumbo.h>

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

bool isVoid(GumboTag tag)
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

GumboTree::GumboTree(const QByteArray &html)
    : m_output(
          gumbo_parse_with_options(&GumboParseOptions::withoutErrorLog(), html.constData(),
                                   size_t(html.size())))
{
}

GumboTree::~GumboTree()
{
    gumbo_destroy_output(&GumboParseOptions::withoutErrorLog(), m_output);
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
            if (isVoid(current->v.element.tag))
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

} // namespace Scholia
