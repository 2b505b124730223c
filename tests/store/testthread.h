// A small thread built in code, for the annotation and tag tests: texts whose offsets
// the tests can count.

#pragma once

#include "core/threaddocument.h"

#include <QString>

namespace Scholia::TestThread {

inline Comment comment(const QString &id, int parent, int sibling, int depth, const QString &text)
{
    Comment c;
    c.sourceId = id;
    c.parent = parent;
    c.siblingIndex = sibling;
    c.depth = depth;
    c.author = QStringLiteral("someone");
    c.bodyText = text;
    c.bodyHtml = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    return c;
}

// c1, its reply c2 and a placeholder m1 for unsaved replies, then c3 (with an emoji)
// and c4 at the top level.
inline ThreadDocument make(const QString &sourceId = QStringLiteral("t1"))
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = sourceId;
    doc.site = QStringLiteral("example.org");
    doc.title = QStringLiteral("Food, argued");
    doc.comments.push_back(
        comment(QStringLiteral("c1"), -1, 0, 0,
                QStringLiteral("Fish and chips are the best food, and mushy peas too.")));
    doc.comments.push_back(
        comment(QStringLiteral("c2"), 0, 0, 1, QStringLiteral("Agreed. Chips with vinegar.")));
    Comment more = comment(QStringLiteral("m1"), 0, 1, 1, QString());
    more.notSavedReplies = 3;
    doc.comments.push_back(more);
    doc.comments.push_back(
        comment(QStringLiteral("c3"), -1, 1, 0,
                QString::fromUtf8("Z\xC3\xBCrich \xF0\x9F\x9A\x80 is lovely in spring.")));
    doc.comments.push_back(
        comment(QStringLiteral("c4"), -1, 2, 0, QStringLiteral("A third opinion: curry.")));
    return doc;
}

// Sets a comment's text (and matching HTML) by source id.
inline void setText(ThreadDocument &doc, const QString &id, const QString &text)
{
    for (Comment &c : doc.comments) {
        if (c.sourceId == id) {
            c.bodyText = text;
            c.bodyHtml = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
        }
    }
}

} // namespace Scholia::TestThread
