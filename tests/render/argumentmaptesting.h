// Argument maps built in code for the render tests: claims whose quotes, authors, tags
// and thread titles are hostile on purpose.

#pragma once

#include "core/argumentmap.h"

#include <QString>
#include <QStringList>

namespace Scholia::ArgumentMapTesting {

inline ArgumentClaim claim(qint64 id, const QString &author, const QString &quote,
                           qint64 thread = 1, const QStringList &tags = {})
{
    ArgumentClaim c;
    c.passage.annotationId = id;
    c.passage.threadId = thread;
    c.passage.threadTitle = QStringLiteral("Thread %1").arg(thread);
    c.passage.commentSourceId = QStringLiteral("c%1").arg(id);
    c.passage.author = author;
    c.passage.quote = quote;
    c.passage.color = QStringLiteral("yellow");
    c.passage.tags = tags;
    for (qsizetype i = 0; i < tags.size(); ++i)
        c.tagColors << (i % 2 ? QStringLiteral("blue") : QStringLiteral("orange"));
    c.reference = QStringLiteral("#%1").arg(id);
    return c;
}

inline AnnotationLink link(qint64 id, qint64 from, qint64 to, AnnotationLinkType type)
{
    AnnotationLink l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.type = type;
    return l;
}

// Quotes that would end a DOT string or label, a statement, the graph, or an SVG text.
inline QStringList hostileTexts()
{
    return {
        QStringLiteral("He said \"no\" and left \\ \\\" \\N \\G"),
        QStringLiteral("a > b < c ] d [ e { f } g ; h"),
        QStringLiteral("</text><script>alert(1)</script><text>"),
        QStringLiteral("]; a1 -> a2 [label=\"injected\"]; }"),
        QStringLiteral("<<B>bold</B>> &amp; &nbsp; &#x3c; &lt;"),
        QStringLiteral("line one\nline two\r\n\tline three"),
        QStringLiteral("control \x01\x02 and ") + QChar(0xFFFF) + QStringLiteral(" and ") +
            QChar(0xD800) + QStringLiteral(" lone"),
        QStringLiteral("<foreignObject><div onclick=\"x()\">hi</div></foreignObject>"),
        QString::fromUtf8("\xE2\x80\xAE reversed \xF0\x9F\x9A\x80 rocket"),
    };
}

// Nine claims with those quotes (the author, a tag and the thread title hostile too),
// linked in a chain of every type.
inline ArgumentMap hostileMap()
{
    ArgumentMap map;
    const QStringList texts = hostileTexts();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        ArgumentClaim c = claim(i + 1, texts.at((i + 1) % texts.size()), texts.at(i),
                                i % 3 == 0 ? 2 : 1, {texts.at((i + 2) % texts.size()).left(20)});
        c.passage.threadTitle = texts.at((i + 3) % texts.size());
        map.claims.push_back(c);
    }
    for (qsizetype i = 0; i + 1 < texts.size(); ++i)
        map.links.push_back(link(i + 1, i + 2, i + 1, AnnotationLinkTypes::all[i % 5]));
    map.links.front().note = texts.front();
    return map;
}

} // namespace Scholia::ArgumentMapTesting
