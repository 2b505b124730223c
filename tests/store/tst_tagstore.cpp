#include "core/highlightpalette.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/sqlitedatabase.h"
#include "store/tagstore.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"
#include "testthread.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

class TestTagStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_thread = 0;

    AnnotationStore annotations() { return m_library->annotations(); }
    TagStore tags() { return m_library->tags(); }
    ThreadTagStore threadTags() { return m_library->threadTags(); }

    // A whole-comment annotation on c1 carrying these tags; returns its id.
    qint64 tagged(const QStringList &names, const QString &comment = QStringLiteral("c1"))
    {
        Annotation a;
        a.threadId = m_thread;
        a.commentSourceId = comment;
        a.tags = names;
        return annotations().create(a).value().id;
    }
    QStringList tagsOf(qint64 annotation)
    {
        return annotations().annotation(annotation).value().tags;
    }
    QStringList names()
    {
        QStringList result;
        const std::vector<Tag> all = tags().list().value();
        for (const Tag &t : all)
            result << t.name;
        return result;
    }
    int linkCount()
    {
        return int(SqliteDatabase(m_library->path())
                       .queryInt(QStringLiteral("SELECT count(*) FROM annotation_tags")));
    }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        m_thread = m_library->threads().saveThread(TestThread::make()).value();
    }

    void listsEachTagWithItsOwnCountsParentsFirst()
    {
        tagged({"compute", "compute/export-controls"});
        tagged({"compute/export-controls"});
        tagged({"compute-policy", "Biology"});
        QVERIFY(threadTags().setTags(m_thread, {"compute", "reading-list"}).ok());
        const std::vector<Tag> all = tags().list().value();
        QStringList listed;
        for (const Tag &t : all)
            listed
                << QStringLiteral("%1 %2 %3").arg(t.name).arg(t.annotationCount).arg(t.threadCount);
        // Children right after their parent (before "compute-policy"); counts are a tag's own.
        QCOMPARE(listed, QStringList({"Biology 1 0", "compute 1 1", "compute/export-controls 2 0",
                                      "compute-policy 1 0", "reading-list 0 1"}));
        for (const Tag &t : all)
            QVERIFY2(HighlightPalette::contains(t.color), qPrintable(t.color));
        QVERIFY(all[0].color != all[1].color); // new tags take the palette in turn
    }

    void reusesATagWhateverItsCase()
    {
        const qint64 first = tagged({"Compute"});
        const qint64 second = tagged({"compute", "COMPUTE"});
        QCOMPARE(tagsOf(second), QStringList({"Compute"}));
        QCOMPARE(tags().list()->size(), size_t(1));
        QCOMPARE(tags().find("compute")->value().annotationCount, 2);
        QVERIFY(!tags().find("nothing")->has_value());
        Q_UNUSED(first);
    }

    void completesFromExistingTags()
    {
        tagged({"compute"});
        tagged({"compute/export-controls"});
        tagged({"compute/export-controls"});
        tagged({"exports"});
        tagged({"100%_sure"});
        QCOMPARE(tags().complete("comp").value(),
                 QStringList({"compute/export-controls", "compute"}));
        // Names starting with it first, then names with a segment starting with it.
        QCOMPARE(tags().complete("EXP").value(),
                 QStringList({"exports", "compute/export-controls"}));
        QCOMPARE(tags().complete("compute/").value(), QStringList({"compute/export-controls"}));
        QCOMPARE(tags().complete("100%").value(),
                 QStringList({"100%_sure"})); // wildcards are literal
        QCOMPARE(tags().complete("1_0").value(), QStringList());
        QCOMPARE(tags().complete("", 2)->size(), qsizetype(2));
    }

    void renameTakesTheChildrenAlongAndUndoes()
    {
        const qint64 a = tagged({"compute", "compute/export-controls"});
        const qint64 b = tagged({"compute/export-controls/eu", "computers", "hardware/x"});
        QVERIFY(threadTags().setTags(m_thread, {"compute/export-controls"}).ok());

        const auto renamings = tags().rename("compute", "hardware");
        QVERIFY2(renamings.ok(), renamings.ok() ? "" : qPrintable(renamings.error().message));
        QCOMPARE(renamings->size(), size_t(3));
        QCOMPARE(tagsOf(a), QStringList({"hardware", "hardware/export-controls"}));
        QCOMPARE(tagsOf(b),
                 QStringList({"computers", "hardware/export-controls/eu", "hardware/x"}));
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList({"hardware/export-controls"}));

        // Undo puts back exactly what was renamed: "hardware/x" was there before and stays.
        QVERIFY(tags().applyRenamings(TagRenaming::inverted(*renamings)).ok());
        QCOMPARE(tagsOf(a), QStringList({"compute", "compute/export-controls"}));
        QCOMPARE(tagsOf(b), QStringList({"compute/export-controls/eu", "computers", "hardware/x"}));
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList({"compute/export-controls"}));
    }

    void renameRefusesATakenName()
    {
        tagged({"a", "a/x", "b/x"});
        const QStringList before = names();
        const auto renamed = tags().rename("a", "b");
        QVERIFY(!renamed.ok());
        QVERIFY2(renamed.error().message.contains("\"b/x\" already"),
                 qPrintable(renamed.error().message));
        QCOMPARE(names(), before);
        QVERIFY(!tags().rename("nothing", "z").ok());
        QVERIFY(!tags().rename("a", "b//c").ok());
    }

    void renameMayShuffleNamesWithinTheHierarchy()
    {
        // "a/b" → "a" turns "a/b/b" into "a/b", the name "a/b" had a moment ago.
        const qint64 id = tagged({"a/b", "a/b/b"});
        QVERIFY(tags().rename("a/b", "a").ok());
        QCOMPARE(tagsOf(id), QStringList({"a", "a/b"}));
        QVERIFY(tags().rename("a", "A").ok()); // case only
        QCOMPARE(tagsOf(id), QStringList({"A", "A/b"}));
    }

    void mergeKeepsOneTagPerAnnotationAndUndoes()
    {
        const qint64 both = tagged({"exports", "export-controls"});
        const qint64 fromOnly = tagged({"exports"});
        const qint64 intoOnly = tagged({"export-controls", "other"});
        const qint64 child = tagged({"exports/eu"});
        QVERIFY(threadTags().setTags(m_thread, {"exports"}).ok());
        const int linksBefore = linkCount();
        const std::vector<Tag> before = tags().list().value();

        const auto merged = tags().merge("exports", "export-controls");
        QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
        QCOMPARE(merged->merged.annotationCount(), 2);
        QCOMPARE(merged->annotationsGained, std::vector<qint64>({fromOnly}));
        QCOMPARE(tagsOf(both), QStringList({"export-controls"}));
        QCOMPARE(tagsOf(fromOnly), QStringList({"export-controls"}));
        QCOMPARE(tagsOf(intoOnly), QStringList({"export-controls", "other"}));
        QCOMPARE(tagsOf(child), QStringList({"exports/eu"})); // tags below are left alone
        QCOMPARE(linkCount(), linksBefore - 1);
        QCOMPARE(tags().find("export-controls")->value().annotationCount, 3);
        QVERIFY(!tags().find("exports")->has_value());
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList({"export-controls"}));

        QVERIFY(tags().unmerge(*merged).ok());
        QCOMPARE(tagsOf(both), QStringList({"export-controls", "exports"}));
        QCOMPARE(tagsOf(fromOnly), QStringList({"exports"}));
        QCOMPARE(tagsOf(intoOnly), QStringList({"export-controls", "other"}));
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList({"exports"}));
        QCOMPARE(tags().list().value(), before); // same ids, colours and counts
    }

    void mergeRefusesNonsense()
    {
        tagged({"a", "b"});
        QVERIFY(!tags().merge("a", "A").ok());
        QVERIFY(!tags().merge("a", "missing").ok());
        QVERIFY(!tags().merge("missing", "a").ok());
        QCOMPARE(names(), QStringList({"a", "b"}));
    }

    void removeSaysHowManyCarriedItAndUndoes()
    {
        tagged({"doomed", "kept"});
        tagged({"doomed"}, "c4");
        tagged({"kept"});
        tagged({"doomed/child"});
        QVERIFY(threadTags().setTags(m_thread, {"doomed"}).ok());
        QVERIFY(tags().recolor("doomed", "vermillion").ok());
        const std::vector<Tag> before = tags().list().value();

        const auto removed = tags().remove("doomed");
        QVERIFY(removed.ok());
        QCOMPARE(removed->annotationCount(), 2);
        QCOMPARE(removed->threadIds, std::vector<qint64>({m_thread}));
        QCOMPARE(names(), QStringList({"doomed/child", "kept"}));
        QCOMPARE(annotations().listForThread(m_thread)->size(), size_t(4)); // annotations stay

        QVERIFY(tags().restore(*removed).ok());
        QCOMPARE(tags().list().value(), before);
        QVERIFY(!tags().remove("nothing").ok());
    }

    void recolorChecksThePalette()
    {
        tagged({"t"});
        const QString first = tags().find("t")->value().color;
        const auto previous = tags().recolor("t", "blue");
        QVERIFY(previous.ok());
        QCOMPARE(*previous, first);
        QCOMPARE(tags().find("t")->value().color, QString("blue"));
        QVERIFY(!tags().recolor("t", "#ff0000").ok());
        QVERIFY(!tags().recolor("missing", "blue").ok());
        QCOMPARE(tags().find("t")->value().color, QString("blue"));
    }

    void threadTagsReplaceAndReturnThePrevious()
    {
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList());
        QCOMPARE(threadTags().setTags(m_thread, {"b", "a", "A"}).value(), QStringList());
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList({"a", "b"}));
        QCOMPARE(threadTags().setTags(m_thread, {"c"}).value(), QStringList({"a", "b"}));
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList({"c"}));
        QVERIFY(!threadTags().setTags(404, {"c"}).ok());
        QVERIFY(!threadTags().setTags(m_thread, {""}).ok());
        QCOMPARE(threadTags().tags(m_thread).value(), QStringList({"c"}));
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
