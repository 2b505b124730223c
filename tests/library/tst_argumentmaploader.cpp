// An argument map gathered from a library: a thread's links and their ends (some on
// other threads), a topic's links among its passages, each claim with its passage,
// tag colours and reference.

#include "library/argumentmaploader.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

#include "../store/testthread.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

class TestArgumentMapLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_here = 0;
    qint64 m_there = 0;

    qint64 annotate(qint64 thread, const QString &comment, qsizetype start, const QString &exact,
                    const QStringList &tags)
    {
        Annotation a;
        a.threadId = thread;
        a.commentSourceId = comment;
        a.position = TextPositionSelector{start, start + exact.size()};
        a.quote.exact = exact;
        a.tags = tags;
        return m_library->annotations().create(a).value().id;
    }
    qint64 link(qint64 from, qint64 to, AnnotationLinkType type)
    {
        AnnotationLink draft;
        draft.from = from;
        draft.to = to;
        draft.type = type;
        return m_library->links().create(draft).value().id;
    }
    static QList<qint64> claimIds(const ArgumentMap &map)
    {
        QList<qint64> ids;
        for (const ArgumentClaim &claim : map.claims)
            ids << claim.passage.annotationId;
        return ids;
    }

private slots:
    void init()
    {
        m_library = std::move(Library::open(m_dir.filePath("library.sqlite")).value());
        m_here = m_library->threads().saveThread(TestThread::make("here")).value();
        m_there = m_library->threads().saveThread(TestThread::make("there")).value();
    }
    void cleanup()
    {
        m_library.reset();
        QFile::remove(m_dir.filePath("library.sqlite"));
    }

    void gathersAThreadsArgument()
    {
        const qint64 peas = annotate(m_here, "c1", 38, "mushy peas", {"food", "food/british"});
        const qint64 vinegar = annotate(m_here, "c2", 19, "vinegar", {});
        const qint64 chips = annotate(m_here, "c1", 9, "chips", {});
        const qint64 curry = annotate(m_there, "c4", 17, "curry", {"food"});
        const qint64 alone = annotate(m_here, "c4", 0, "A third", {}); // linked to nothing
        QVERIFY(m_library->tags().recolor("food/british", "blue").ok());
        const qint64 rebuts = link(curry, peas, AnnotationLinkType::Rebuts);
        const qint64 supports = link(vinegar, chips, AnnotationLinkType::Supports);

        const auto map = ArgumentMapLoader::forThread(*m_library, m_here);
        QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().toString()));
        QCOMPARE(map->links.size(), size_t(2));
        QCOMPARE(map->links[0].id, rebuts);
        QCOMPARE(map->links[1].id, supports);
        // This thread's claims first, in tree order (c1's passages by start, then c2),
        // then the one on the other thread; the unlinked annotation is no claim.
        QCOMPARE(claimIds(*map), (QList<qint64>{chips, peas, vinegar, curry}));
        QVERIFY(!map->claim(alone));
        const ArgumentClaim *peasClaim = map->claim(peas);
        QCOMPARE(peasClaim->reference, QStringLiteral("#%1").arg(peas));
        QCOMPARE(peasClaim->passage.quote, QStringLiteral("mushy peas"));
        QCOMPARE(peasClaim->passage.author, QStringLiteral("someone"));
        QCOMPARE(peasClaim->passage.tags, (QStringList{"food", "food/british"}));
        QCOMPARE(peasClaim->tagColors.size(), 2);
        QCOMPARE(peasClaim->tagColors.at(1), QStringLiteral("blue"));
        QCOMPARE(map->claim(curry)->passage.threadId, m_there);
        QCOMPARE(map->linksOf(peas).size(), size_t(1));

        // The other thread's map has the one link that reaches it.
        const auto there = ArgumentMapLoader::forThread(*m_library, m_there);
        QCOMPARE(claimIds(*there), (QList<qint64>{curry, peas}));
    }

    void gathersATopicsArgument()
    {
        const qint64 peas = annotate(m_here, "c1", 38, "mushy peas", {"food/british"});
        const qint64 curry = annotate(m_there, "c4", 17, "curry", {"food"});
        const qint64 vinegar = annotate(m_here, "c2", 19, "vinegar", {"sauce"});
        const qint64 inTopic = link(curry, peas, AnnotationLinkType::Rebuts);
        link(vinegar, peas, AnnotationLinkType::Supports); // one end outside the topic

        const auto map = ArgumentMapLoader::forTag(*m_library, "Food");
        QVERIFY(map.ok());
        QCOMPARE(map->links.size(), size_t(1));
        QCOMPARE(map->links[0].id, inTopic);
        QCOMPARE(claimIds(*map).size(), 2);
        QVERIFY(ArgumentMapLoader::forTag(*m_library, "sauce")->isEmpty());
        QVERIFY(!ArgumentMapLoader::forTag(*m_library, "//").ok());
    }

    void aThreadWithoutLinksHasAnEmptyMap()
    {
        annotate(m_here, "c1", 9, "chips", {});
        const auto map = ArgumentMapLoader::forThread(*m_library, m_here);
        QVERIFY(map.ok());
        QVERIFY(map->isEmpty());
        QVERIFY(map->claims.empty());
    }
};

QTEST_GUILESS_MAIN(TestArgumentMapLoader)
#include "tst_argumentmaploader.moc"
