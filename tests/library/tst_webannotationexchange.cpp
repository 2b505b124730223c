// W3C Web Annotations between libraries: the file's shape, a round trip into a library
// holding a newer save of the thread (an edited comment, a rewritten one, a vanished one),
// importing twice, a newer edit, a thread the library lacks, names that hold colons.

#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "library/webannotationexporter.h"
#include "library/webannotationimporter.h"
#include "library/webannotationnames.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

namespace {

ThreadDocument redditThread(const QString &file)
{
    auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + file);
    return RedditJsonImporter().parse(*source).value().front();
}

QString describe(const WebAnnotationImportReport &r)
{
    return QStringLiteral(
               "a%1 m%2 f%3 o%4 u%5 c%6 s%7 | links i%8 u%9 c%10 s%11 | notes i%12 u%13 c%14")
        .arg(r.anchored)
        .arg(r.moved)
        .arg(r.flagged)
        .arg(r.orphaned)
        .arg(r.updated)
        .arg(r.unchanged)
        .arg(r.skipped)
        .arg(r.linksImported)
        .arg(r.linksUpdated)
        .arg(r.linksUnchanged)
        .arg(r.linksSkipped)
        .arg(r.notesImported)
        .arg(r.notesUpdated)
        .arg(r.notesUnchanged);
}

} // namespace

class TestWebAnnotationExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_a;
    qint64 m_threadA = 0;
    QHash<QString, Annotation> m_made; // by a name the tests use

    std::unique_ptr<Library> library()
    {
        return std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
    }

    Annotation annotate(const QString &name, const QString &comment, const QString &quote,
                        const QString &note = {}, const QStringList &tags = {})
    {
        const ThreadDocument thread = m_a->threads().loadThread(m_threadA).value();
        Annotation a;
        a.threadId = m_threadA;
        a.commentSourceId = comment;
        if (!quote.isEmpty()) {
            const qsizetype start = thread.findComment(comment)->bodyText.indexOf(quote);
            a.position = TextPositionSelector{start, start + quote.size()};
            a.quote.exact = quote;
        }
        a.note = note;
        a.tags = tags;
        a.color = QStringLiteral("sky");
        const Annotation made = m_a->annotations().create(a).value();
        m_made.insert(name, made);
        return made;
    }
    void link(const QString &from, const QString &to, AnnotationLinkType type,
              const QString &note = {})
    {
        AnnotationLink draft;
        draft.from = m_made.value(from).id;
        draft.to = m_made.value(to).id;
        draft.type = type;
        draft.note = note;
        QVERIFY(m_a->links().create(draft).ok());
    }

private slots:
    void init()
    {
        m_a = library();
        m_threadA = m_a->threads().saveThread(redditThread("annotated-thread.json")).value();
        annotate("claim", "e1", "advanced chips", "the claim", {"policy/chips"});
        annotate("flagged", "e3", "Subsidies for fabs are");           // "new" comes in between
        annotate("moved", "e2", "bottleneck", QString(), {"compute"}); // text before it grows
        annotate("orphan", "e4", "Open weights");                      // rewritten away
        annotate("vanished", "e5", QString());                         // gone from the newer save
        annotate("question", "e6", QString(), "asks for a source");
        link("orphan", "claim", AnnotationLinkType::Rebuts);
        link("question", "claim", AnnotationLinkType::Asks, "no source given");
        link("flagged", "claim", AnnotationLinkType::Supports);
        QVERIFY(m_a->notes().save(m_threadA, "# Notes\n\nRead *slowly*.").ok());
    }

    void theFileIsAWebAnnotationCollection()
    {
        WebAnnotationExporter exporter(*m_a);
        const auto json = exporter.exportThread(m_threadA);
        QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.error().toString()));
        QCOMPARE(exporter.counts().annotations, 6);
        QCOMPARE(exporter.counts().links, 3);
        QCOMPARE(exporter.counts().threadNotes, 1);
        const QJsonObject root = QJsonDocument::fromJson(*json).object();
        QCOMPARE(root.value("@context").toString(), QString("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(root.value("type").toString(), QString("AnnotationCollection"));
        QVERIFY(root.value("id").toString().startsWith("urn:uuid:"));
        const QJsonObject page = root.value("first").toObject();
        QCOMPARE(page.value("type").toString(), QString("AnnotationPage"));
        const QJsonArray items = page.value("items").toArray();
        QCOMPARE(items.size(), 10);
        QCOMPARE(root.value("total").toInt(), 10);

        QSet<QString> motivations;
        QSet<QString> ids;
        int passages = 0;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            QCOMPARE(item.value("type").toString(), QString("Annotation"));
            QVERIFY(item.value("id").toString().startsWith("urn:uuid:"));
            ids.insert(item.value("id").toString());
            motivations.insert(item.value("motivation").toString());
            if (item.value("motivation") == "linking")
                continue;
            const QJsonObject target = item.value("target").toObject();
            QVERIFY(target.value("scope").toString().startsWith("urn:scholia:reddit:"));
            if (target.contains("styleClass")) // a comment's: site, thread and comment ids
                QCOMPARE(target.value("scope").toString().count(':'), 4);
            if (!target.contains("selector"))
                continue;
            ++passages;
            const QJsonArray selectors = target.value("selector").toArray();
            QCOMPARE(selectors.size(), 2);
            QCOMPARE(selectors[0].toObject().value("type").toString(),
                     QString("TextQuoteSelector"));
            QCOMPARE(selectors[1].toObject().value("type").toString(),
                     QString("TextPositionSelector"));
            // The comment's own address names it.
            QVERIFY2(target.value("source").toString().startsWith(
                         "https://www.reddit.com/r/testsub/comments/ann1/chips/e"),
                     qPrintable(target.value("source").toString()));
            QCOMPARE(target.value("styleClass").toString(), QString("scholia-sky"));
        }
        QCOMPARE(passages, 4);
        QCOMPARE(ids.size(), 10);
        QCOMPARE(motivations, (QSet<QString>{"commenting", "tagging", "highlighting", "linking"}));

        // The claim's item: its uuid, its note and tag bodies, its selectors' values.
        const Annotation &claim = m_made.value("claim");
        const auto claimItem = std::find_if(items.begin(), items.end(), [&](const QJsonValue &v) {
            return v.toObject().value("id").toString() == WebAnnotationNames::uuidUrn(claim.uuid);
        });
        QVERIFY(claimItem != items.end());
        const QJsonObject c = claimItem->toObject();
        QCOMPARE(c.value("motivation").toString(), QString("commenting"));
        const QJsonArray bodies = c.value("body").toArray();
        QCOMPARE(bodies[0].toObject().value("purpose").toString(), QString("commenting"));
        QCOMPARE(bodies[0].toObject().value("value").toString(), QString("the claim"));
        QCOMPARE(bodies[1].toObject().value("purpose").toString(), QString("tagging"));
        QCOMPARE(bodies[1].toObject().value("value").toString(), QString("policy/chips"));
        const QJsonArray selectors = c.value("target").toObject().value("selector").toArray();
        QCOMPARE(selectors[0].toObject().value("exact").toString(), QString("advanced chips"));
        QCOMPARE(selectors[1].toObject().value("start").toInt(), claim.position->start);

        // A link: the source annotation as target, the other one and the type as bodies.
        const QJsonObject lastLink = items.last().toObject();
        QCOMPARE(lastLink.value("motivation").toString(), QString("linking"));
        QCOMPARE(lastLink.value("target").toString(),
                 WebAnnotationNames::uuidUrn(m_made.value("flagged").uuid));
        const QJsonArray linkBodies = lastLink.value("body").toArray();
        QCOMPARE(linkBodies[0].toObject().value("source").toString(),
                 WebAnnotationNames::uuidUrn(claim.uuid));
        QCOMPARE(linkBodies[1].toObject().value("value").toString(), QString("supports"));
    }

    void roundTripIntoANewerSave()
    {
        const QByteArray json = WebAnnotationExporter(*m_a).exportThread(m_threadA).value();
        auto b = library();
        const qint64 threadB =
            b->threads().saveThread(redditThread("annotated-thread-resaved.json")).value();

        WebAnnotationImporter importer(*b);
        const auto first = importer.importData(json, "a.jsonld");
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(describe(*first),
                 QString("a2 m1 f1 o2 u0 c0 s0 | links i3 u0 c0 s0 | notes i1 u0 c0"));
        QVERIFY(first->summary().startsWith("a.jsonld: annotations: 6 imported (2 anchored, 1 "
                                            "moved, 1 flagged, 2 orphaned), 0 updated"));

        const auto annotations = b->annotations().listForThread(threadB).value();
        QCOMPARE(annotations.size(), size_t(6));
        const auto inB = [&](const QString &name) {
            return b->annotations().annotationByUuid(m_made.value(name).uuid).value().value();
        };
        QCOMPARE(inB("claim").anchorState, AnchorState::Anchored);
        QCOMPARE(inB("claim").position, m_made.value("claim").position);
        QCOMPARE(inB("claim").note, QString("the claim"));
        QCOMPARE(inB("claim").tags, QStringList{"policy/chips"});
        QCOMPARE(inB("claim").color, QString("sky"));
        QCOMPARE(inB("claim").created, m_made.value("claim").created);
        QCOMPARE(inB("moved").anchorState, AnchorState::Anchored);
        QCOMPARE(inB("moved").position->start,
                 m_made.value("moved").position->start + 18); // "EDIT: typo fixed. "
        QCOMPARE(inB("flagged").anchorState, AnchorState::Reanchored);
        QCOMPARE(inB("orphan").anchorState, AnchorState::Orphaned);
        QCOMPARE(inB("orphan").quote.exact, QString("Open weights")); // kept as it was
        QCOMPARE(inB("vanished").anchorState, AnchorState::Orphaned);
        QCOMPARE(inB("question").anchorState, AnchorState::Anchored);
        QCOMPARE(b->notes().load(threadB).value(), QString("# Notes\n\nRead *slowly*."));

        const auto links = b->links().linksForThread(threadB).value();
        QCOMPARE(links.size(), size_t(3));
        const auto linkA = m_a->links().linksForThread(m_threadA).value();
        for (size_t i = 0; i < links.size(); ++i) {
            QCOMPARE(links[i].uuid, linkA[i].uuid);
            QCOMPARE(links[i].type, linkA[i].type);
            QCOMPARE(links[i].note, linkA[i].note);
        }
        QCOMPARE(links[0].to, inB("claim").id); // the orphan's rebuttal stays, orphaned

        // Again: nothing changes.
        const auto second = importer.importData(json, "a.jsonld");
        QVERIFY(second.ok());
        QCOMPARE(describe(*second),
                 QString("a0 m0 f0 o0 u0 c6 s0 | links i0 u0 c3 s0 | notes i0 u0 c1"));
        QCOMPARE(b->annotations().listForThread(threadB).value(), annotations);
        QCOMPARE(b->links().linksForThread(threadB).value(), links);
    }

    void aNewerEditUpdatesAnOlderOneDoesNot()
    {
        auto b = library();
        b->threads().saveThread(redditThread("annotated-thread.json")).value();
        WebAnnotationImporter importer(*b);
        QVERIFY(
            importer.importData(WebAnnotationExporter(*m_a).exportThread(m_threadA).value(), "1")
                .ok());

        // The reader of A changes a note and a link, later.
        AnnotationEdit edit;
        edit.note = QStringLiteral("the claim, with a source now");
        edit.updated = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(m_a->annotations().update(m_made.value("claim").id, edit).ok());
        const AnnotationLink asks =
            m_a->links().linksOf(m_made.value("question").id).value().front();
        QVERIFY(
            m_a->links()
                .update(asks.id, AnnotationLinkEdit{AnnotationLinkType::Rebuts, QString("no"),
                                                    QDateTime::currentDateTimeUtc().addSecs(60)})
                .ok());
        const auto report =
            importer.importData(WebAnnotationExporter(*m_a).exportThread(m_threadA).value(), "2");
        QVERIFY(report.ok());
        QCOMPARE(describe(*report),
                 QString("a0 m0 f0 o0 u1 c5 s0 | links i0 u1 c2 s0 | notes i0 u0 c1"));
        const Annotation claim =
            b->annotations().annotationByUuid(m_made.value("claim").uuid).value().value();
        QCOMPARE(claim.note, QString("the claim, with a source now"));
        QCOMPARE(b->links().linkByUuid(asks.uuid).value()->type, AnnotationLinkType::Rebuts);

        // B's own later edit is not undone by A's older file.
        AnnotationEdit mine;
        mine.note = QStringLiteral("B knows better");
        mine.updated = QDateTime::currentDateTimeUtc().addSecs(120);
        QVERIFY(b->annotations().update(claim.id, mine).ok());
        QVERIFY(
            importer.importData(WebAnnotationExporter(*m_a).exportThread(m_threadA).value(), "3")
                .ok());
        QCOMPARE(b->annotations().annotation(claim.id).value().note, QString("B knows better"));
    }

    void aThreadTheLibraryLacksIsSkippedAndNamed()
    {
        auto c = library();
        const auto report = WebAnnotationImporter(*c).importData(
            WebAnnotationExporter(*m_a).exportThread(m_threadA).value(), "a.jsonld");
        QVERIFY(report.ok());
        QCOMPARE(describe(*report),
                 QString("a0 m0 f0 o0 u0 c0 s7 | links i0 u0 c0 s3 | notes i0 u0 c0"));
        QCOMPARE(report->missingThreadLines().size(), 1);
        QVERIFY2(report->missingThreadLines().front().contains(
                     "skipped 7 annotation(s) of thread reddit"),
                 qPrintable(report->missingThreadLines().front()));
    }

    void notesAreNeverLost()
    {
        auto b = library();
        const qint64 threadB =
            b->threads().saveThread(redditThread("annotated-thread.json")).value();
        QVERIFY(b->notes().save(threadB, "B's own notes").ok());
        QTest::qSleep(1100);
        QVERIFY(m_a->notes().save(m_threadA, "A's newer notes").ok());
        const auto report = WebAnnotationImporter(*b).importData(
            WebAnnotationExporter(*m_a).exportThread(m_threadA).value(), "a");
        QCOMPARE(report->notesUpdated, 1);
        QCOMPARE(b->notes().load(threadB).value(),
                 QString("B's own notes\n\n---\n\nA's newer notes"));
    }

    void refusesWhatIsNoWebAnnotation()
    {
        auto b = library();
        WebAnnotationImporter importer(*b);
        const auto notJson = importer.importData("{\"@context\": ", "broken.jsonld");
        QVERIFY(!notJson.ok());
        QVERIFY2(notJson.error().toString().startsWith("broken.jsonld"),
                 qPrintable(notJson.error().toString()));
        QVERIFY(!importer.importData("{\"type\": \"Something\"}", "other.json").ok());
        QVERIFY(!importer.importFile(m_dir.filePath("missing.jsonld")).ok());
    }

    void namesKeepTheirParts()
    {
        const QString urn = WebAnnotationNames::commentUrn("mbox", "<a:b@host>", "c:1 2");
        QCOMPARE(urn, QString("urn:scholia:mbox:%3Ca%3Ab%40host%3E:c%3A1%202"));
        const auto place = WebAnnotationNames::placeOf(urn);
        QVERIFY(place.has_value());
        QCOMPARE(place->sourceKind, QString("mbox"));
        QCOMPARE(place->threadSourceId, QString("<a:b@host>"));
        QCOMPARE(place->commentSourceId, QString("c:1 2"));
        QVERIFY(!WebAnnotationNames::placeOf("urn:scholia:x").has_value());
        QVERIFY(!WebAnnotationNames::placeOf("https://example.org/").has_value());
        const QUuid uuid = QUuid::createUuid();
        QCOMPARE(WebAnnotationNames::uuidOf(WebAnnotationNames::uuidUrn(uuid)), uuid);
        // Another tool's id names the same annotation every time.
        QCOMPARE(WebAnnotationNames::uuidOf("https://hypothes.is/a/xyz"),
                 WebAnnotationNames::uuidOf("https://hypothes.is/a/xyz"));
    }
};

QTEST_GUILESS_MAIN(TestWebAnnotationExchange)
#include "tst_webannotationexchange.moc"
