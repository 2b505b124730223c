// Three small threads built in code and annotated under a tag tree, shared by the
// topic tests: "economics" with its child "economics/trade", an unrelated "economicsx",
// and "policy/tariffs" below a segment no tag is named after.

#pragma once

#include "core/threaddocument.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QTimeZone>

#include <vector>

namespace Scholia::TopicFixture {

inline Comment comment(const QString &id, int parent, int sibling, const QString &author,
                       const QString &time, const QString &text)
{
    Comment c;
    c.sourceId = id;
    c.parent = parent;
    c.siblingIndex = sibling;
    c.depth = parent < 0 ? 0 : 1;
    c.author = author;
    if (!time.isEmpty())
        c.created = QDateTime::fromString(time, Qt::ISODate).toTimeZone(QTimeZone::utc());
    c.bodyText = text;
    c.bodyHtml = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    return c;
}

inline ThreadDocument thread(const QString &id, const QString &title, const QString &site,
                             std::vector<Comment> comments)
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = id;
    doc.site = site;
    doc.title = title;
    doc.comments = std::move(comments);
    return doc;
}

struct Fixture
{
    qint64 trade = 0;                // "Trade wars"
    qint64 bread = 0;                // "Bread prices"
    qint64 apples = 0;               // "Apples and oranges"
    std::vector<qint64> annotations; // 1-based in the comments below: annotations[n - 1]
};

inline Annotation passage(qint64 thread, const QString &comment, qsizetype start,
                          const QString &exact, const QStringList &tags, const QString &note = {})
{
    Annotation a;
    a.threadId = thread;
    a.commentSourceId = comment;
    if (!exact.isEmpty()) {
        a.position = TextPositionSelector{start, start + exact.size()};
        a.quote.exact = exact;
    }
    a.tags = tags;
    a.note = note;
    return a;
}

inline Fixture build(Library &library)
{
    std::vector<ThreadDocument> docs;
    docs.push_back(thread(QStringLiteral("trade"), QStringLiteral("Trade wars"),
                          QStringLiteral("example.org"),
                          {comment(QStringLiteral("a1"), -1, 0, QStringLiteral("carol"),
                                   QStringLiteral("2024-03-02T10:00:00Z"),
                                   QStringLiteral("Tariffs raise prices for consumers.")),
                           comment(QStringLiteral("a2"), 0, 0, QStringLiteral("alice"),
                                   QStringLiteral("2024-03-01T09:00:00Z"),
                                   QStringLiteral("Not always; it depends on elasticity."))}));
    docs.push_back(thread(
        QStringLiteral("bread"), QStringLiteral("Bread prices"), QStringLiteral("forum.test"),
        {comment(QStringLiteral("b1"), -1, 0, QStringLiteral("bob"),
                 QStringLiteral("2024-01-15T12:30:00Z"),
                 QStringLiteral("Wheat futures moved the whole market.")),
         comment(QStringLiteral("b2"), -1, 1, QStringLiteral("dave"),
                 QStringLiteral("2024-05-20T08:00:00Z"), QStringLiteral("Bakers buy forward."))}));
    docs.push_back(thread(QStringLiteral("apples"), QStringLiteral("Apples and oranges"),
                          QStringLiteral("news.example"),
                          {comment(QStringLiteral("c1"), -1, 0, QStringLiteral("alice"), QString(),
                                   QStringLiteral("Comparative advantage explains it.")),
                           comment(QStringLiteral("c2"), -1, 1, QStringLiteral("erin"),
                                   QStringLiteral("2023-12-31T23:00:00Z"),
                                   QStringLiteral("Apples are not oranges."))}));
    const std::vector<qint64> ids = library.threads().saveThreads(docs).value();
    Fixture fixture{ids.at(0), ids.at(1), ids.at(2), {}};

    AnnotationStore &annotations = library.annotations();
    const std::vector<Annotation> drafts = {
        // 1: a passage on the topic itself, with a note
        passage(fixture.trade, QStringLiteral("a1"), 8, QStringLiteral("raise prices"),
                {QStringLiteral("economics"), QStringLiteral("policy/tariffs")},
                QStringLiteral("The classic claim.")),
        // 2: a whole comment on the child tag
        passage(fixture.trade, QStringLiteral("a2"), 0, QString(),
                {QStringLiteral("economics/trade"), QStringLiteral("rhetoric")}),
        // 3: a passage on the child tag in another thread
        passage(fixture.bread, QStringLiteral("b1"), 0, QStringLiteral("Wheat futures"),
                {QStringLiteral("economics/trade")}),
        // 4: an unrelated tag whose name starts like the topic's
        passage(fixture.bread, QStringLiteral("b2"), 0, QStringLiteral("Bakers"),
                {QStringLiteral("economicsx")}),
        // 5: a whole comment carrying both the topic and its child: gathered once
        passage(fixture.apples, QStringLiteral("c1"), 0, QString(),
                {QStringLiteral("economics"), QStringLiteral("economics/trade")},
                QStringLiteral("Ricardo.")),
        // 6: not on the topic at all
        passage(fixture.apples, QStringLiteral("c2"), 0, QStringLiteral("Apples"),
                {QStringLiteral("rhetoric")}),
    };
    for (const Annotation &draft : drafts)
        fixture.annotations.push_back(annotations.create(draft).value().id);
    return fixture;
}

} // namespace Scholia::TopicFixture
