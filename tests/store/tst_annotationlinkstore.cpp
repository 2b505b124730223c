// Links between annotations: the store's calls and what each returns for undo, the
// cascade when an annotation goes (and putting it back with its links), the queries by
// annotation, thread and tag, ends orphaned by a re-import, and batches of calls.

#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/librarytransaction.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteerror.h"
#include "store/threadstore.h"
#include "testthread.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

namespace {

Annotation passage(qint64 thread, const QString &comment, qsizetype start, const QString &exact,
                   const QStringList &tags = {})
{
    Annotation a;
    a.threadId = thread;
    a.commentSourceId = comment;
    a.position = TextPositionSelector{start, start + exact.size()};
    a.quote.exact = exact;
    a.tags = tags;
    return a;
}

AnnotationLink draft(qint64 from, qint64 to, AnnotationLinkType type, const QString &note = {})
{
    AnnotationLink link;
    link.from = from;
    link.to = to;
    link.type = type;
    link.note = note;
    return link;
}

QList<qint64> idsOf(const std::vector<AnnotationLink> &links)
{
    QList<qint64> ids;
    for (const AnnotationLink &link : links)
        ids << link.id;
    return ids;
}

} // namespace

class TestAnnotationLinkStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_thread = 0;
    qint64 m_fish = 0;    // c1 "chips"
    qint64 m_peas = 0;    // c1 "mushy peas"
    qint64 m_vinegar = 0; // c2 "vinegar"

    AnnotationLinkStore &links() { return m_library->links(); }
    qint64 rawCount(const QString &table)
    {
        return SqliteDatabase(m_library->path())
            .queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }
    qint64 annotate(const Annotation &a)
    {
        const auto created = m_library->annotations().create(a);
        return created ? created->id : 0;
    }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        m_thread = m_library->threads().saveThread(TestThread::make()).value();
        m_fish = annotate(passage(m_thread, "c1", 9, "chips", {"food/british"}));
        m_peas = annotate(passage(m_thread, "c1", 38, "mushy peas", {"food"}));
        m_vinegar = annotate(passage(m_thread, "c2", 19, "vinegar", {"opinion"}));
        QVERIFY(m_fish > 0 && m_peas > 0 && m_vinegar > 0);
    }

    void createsAndReadsALink()
    {
        const auto created =
            links().create(draft(m_vinegar, m_fish, AnnotationLinkType::Supports, "with salt"));
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        QVERIFY(created->id > 0);
        QVERIFY(!created->uuid.isNull());
        QCOMPARE(created->from, m_vinegar);
        QCOMPARE(created->to, m_fish);
        QCOMPARE(created->type, AnnotationLinkType::Supports);
        QCOMPARE(created->note, QStringLiteral("with salt"));
        QVERIFY(created->created.isValid());
        QCOMPARE(created->created, created->updated);
        QCOMPARE(links().link(created->id).value(), *created);
        QCOMPARE(links().linkByUuid(created->uuid).value(), std::optional(*created));
        QVERIFY(!links().linkByUuid(QUuid::createUuid()).value().has_value());
        // Stored by key, never by label.
        QCOMPARE(SqliteDatabase(m_library->path())
                     .queryInt("SELECT count(*) FROM annotation_links WHERE kind = 'supports'"),
                 qint64(1));
    }

    void refusesWhatCannotBeALink_data()
    {
        QTest::addColumn<int>("fromIndex");
        QTest::addColumn<int>("toIndex");
        QTest::addColumn<QString>("message");
        QTest::newRow("to itself") << 0 << 0 << "cannot be linked to itself";
        QTest::newRow("missing source") << -1 << 0 << "there is no annotation 999";
        QTest::newRow("missing target") << 0 << -1 << "there is no annotation 999";
    }
    void refusesWhatCannotBeALink()
    {
        QFETCH(int, fromIndex);
        QFETCH(int, toIndex);
        QFETCH(QString, message);
        const auto id = [this](int index) { return index < 0 ? qint64(999) : m_fish; };
        const auto refused =
            links().create(draft(id(fromIndex), id(toIndex), AnnotationLinkType::Rebuts));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QCOMPARE(rawCount("annotation_links"), qint64(0));
    }

    void linksTwoPassagesOncePerType()
    {
        QVERIFY(links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts)).ok());
        const auto again = links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains("already rebuts"),
                 qPrintable(again.error().message));
        // Another type, or the other direction, is another link.
        QVERIFY(links().create(draft(m_peas, m_fish, AnnotationLinkType::Asks)).ok());
        QVERIFY(links().create(draft(m_fish, m_peas, AnnotationLinkType::Rebuts)).ok());
        // "Same point as" reads the same both ways round.
        QVERIFY(links().create(draft(m_fish, m_vinegar, AnnotationLinkType::SamePoint)).ok());
        QVERIFY(!links().create(draft(m_vinegar, m_fish, AnnotationLinkType::SamePoint)).ok());
        QCOMPARE(rawCount("annotation_links"), qint64(4));
    }

    void theSchemaChecksKindAndEnds()
    {
        SqliteDatabase raw(m_library->path());
        raw.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        const auto fails = [&raw](const QString &sql) {
            try {
                raw.execute(sql);
            } catch (const SqliteError &) {
                return true;
            }
            return false;
        };
        QVERIFY(fails(QStringLiteral("INSERT INTO annotation_links (uuid, from_annotation_id, "
                                     "to_annotation_id, kind, created_at, updated_at) VALUES "
                                     "('u1', %1, %2, 'refutes', 0, 0)")
                          .arg(m_fish)
                          .arg(m_peas)));
        QVERIFY(fails(QStringLiteral("INSERT INTO annotation_links (uuid, from_annotation_id, "
                                     "to_annotation_id, kind, created_at, updated_at) VALUES "
                                     "('u2', %1, %1, 'rebuts', 0, 0)")
                          .arg(m_fish)));
        QVERIFY(fails(QStringLiteral("INSERT INTO annotation_links (uuid, from_annotation_id, "
                                     "to_annotation_id, kind, created_at, updated_at) VALUES "
                                     "('u3', %1, 12345, 'rebuts', 0, 0)")
                          .arg(m_fish)));
        QCOMPARE(rawCount("annotation_links"), qint64(0));
    }

    void updateReturnsTheLinkAsItWasForUndo()
    {
        const AnnotationLink created =
            links().create(draft(m_peas, m_fish, AnnotationLinkType::Supports, "first")).value();
        QTest::qSleep(1100); // "updated" counts seconds
        AnnotationLinkEdit edit;
        edit.type = AnnotationLinkType::Rebuts;
        edit.note = QStringLiteral("second thoughts");
        const auto before = links().update(created.id, edit);
        QVERIFY(before.ok());
        QCOMPARE(*before, created);
        const AnnotationLink after = links().link(created.id).value();
        QCOMPARE(after.type, AnnotationLinkType::Rebuts);
        QCOMPARE(after.note, QStringLiteral("second thoughts"));
        QVERIFY(after.updated > created.updated);
        QCOMPARE(after.uuid, created.uuid);

        // Undo, then redo.
        const auto undone = links().update(created.id, AnnotationLinkEdit::restoring(*before));
        QVERIFY(undone.ok());
        QCOMPARE(*undone, after);
        QCOMPARE(links().link(created.id).value(), created);
        QVERIFY(links().update(created.id, AnnotationLinkEdit::restoring(after)).ok());
        QCOMPARE(links().link(created.id).value(), after);

        QVERIFY(!links().update(999, edit).ok());
    }

    void anUpdateCannotMakeADuplicate()
    {
        QVERIFY(links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts)).ok());
        const qint64 other =
            links().create(draft(m_peas, m_fish, AnnotationLinkType::Supports)).value().id;
        AnnotationLinkEdit edit;
        edit.type = AnnotationLinkType::Rebuts;
        QVERIFY(!links().update(other, edit).ok());
        QCOMPARE(links().link(other).value().type, AnnotationLinkType::Supports);
    }

    void removeAndRestoreKeepIdAndUuid()
    {
        const AnnotationLink created =
            links().create(draft(m_vinegar, m_peas, AnnotationLinkType::Answers, "yes")).value();
        const auto removed = links().remove(created.id);
        QVERIFY(removed.ok());
        QCOMPARE(*removed, created);
        QCOMPARE(rawCount("annotation_links"), qint64(0));
        QVERIFY(!links().remove(created.id).ok());

        const auto restored = links().restore(*removed);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().toString()));
        QCOMPARE(*restored, created);
        QVERIFY(!links().restore(created).ok()); // the id is taken
        QCOMPARE(rawCount("annotation_links"), qint64(1));
    }

    // What the window's undo of "delete annotation" does: read the links, remove the
    // annotation (its links go with it), restore the annotation, then its links.
    void removingAnAnnotationCanBeUndoneWithItsLinks()
    {
        const AnnotationLink in =
            links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts)).value();
        const AnnotationLink out =
            links().create(draft(m_fish, m_vinegar, AnnotationLinkType::Asks)).value();
        const AnnotationLink elsewhere =
            links().create(draft(m_vinegar, m_peas, AnnotationLinkType::Answers)).value();

        const auto before = links().linksOf(m_fish);
        QVERIFY(before.ok());
        QCOMPARE(idsOf(*before), (QList<qint64>{in.id, out.id}));
        const auto removed = m_library->annotations().remove(m_fish);
        QVERIFY(removed.ok());
        QCOMPARE(idsOf(links().linksForThread(m_thread).value()), QList<qint64>{elsewhere.id});

        QVERIFY(m_library->annotations().restore(*removed).ok());
        QCOMPARE(m_library->annotations().annotation(m_fish).value().uuid, removed->uuid);
        const auto back = links().restoreAll(*before);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
        QCOMPARE(*back, *before);
        QCOMPARE(links().linksOf(m_fish).value(), *before);

        // Redo: the same again.
        QVERIFY(m_library->annotations().remove(m_fish).ok());
        QVERIFY(links().linksOf(m_fish).value().empty());
    }

    void restoreAllIsAllOrNothing()
    {
        const AnnotationLink a =
            links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts)).value();
        const AnnotationLink b =
            links().create(draft(m_fish, m_vinegar, AnnotationLinkType::Asks)).value();
        QVERIFY(links().remove(a.id).ok());
        // b is still there: restoring [a, b] must not leave a behind.
        QVERIFY(!links().restoreAll({a, b}).ok());
        QCOMPARE(idsOf(links().linksOf(m_fish).value()), QList<qint64>{b.id});
    }

    void linksAcrossThreads()
    {
        const qint64 other = m_library->threads().saveThread(TestThread::make("t2")).value();
        const qint64 there = annotate(passage(other, "c4", 17, "curry", {"food/indian"}));
        const qint64 unrelated = annotate(passage(other, "c2", 0, "Agreed"));
        const AnnotationLink across =
            links().create(draft(there, m_fish, AnnotationLinkType::Rebuts)).value();
        const AnnotationLink local =
            links().create(draft(m_peas, m_fish, AnnotationLinkType::Supports)).value();
        const AnnotationLink onlyThere =
            links().create(draft(unrelated, there, AnnotationLinkType::Supports)).value();

        QCOMPARE(idsOf(links().linksForThread(m_thread).value()),
                 (QList<qint64>{across.id, local.id}));
        QCOMPARE(idsOf(links().linksForThread(other).value()),
                 (QList<qint64>{across.id, onlyThere.id}));
        // Both ends carry the tag or a tag below it.
        QCOMPARE(idsOf(links().linksForTag("food").value()), (QList<qint64>{across.id, local.id}));
        QCOMPARE(idsOf(links().linksForTag("FOOD/british").value()), QList<qint64>{});
        QVERIFY(!links().linksForTag(" / ").ok());
    }

    void aLinkOutlivesItsEndBeingOrphaned()
    {
        const AnnotationLink link =
            links().create(draft(m_vinegar, m_fish, AnnotationLinkType::Rebuts)).value();
        ThreadDocument newer = TestThread::make();
        newer.comments.erase(newer.comments.begin() + 1); // c2, the vinegar, is gone
        newer.comments[1].parent = 0;
        QVERIFY(m_library->threads().saveThread(newer).ok());
        QCOMPARE(m_library->annotations().annotation(m_vinegar).value().anchorState,
                 AnchorState::Orphaned);
        QCOMPARE(links().link(link.id).value(), link);
    }

    void aTransactionBatchesCallsOrUndoesThemAll()
    {
        {
            auto batch = m_library->transaction();
            QVERIFY(batch.ok());
            QVERIFY(links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts)).ok());
            // A refused call inside leaves the others of the batch alone.
            QVERIFY(!links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts)).ok());
            QVERIFY(links().create(draft(m_fish, m_vinegar, AnnotationLinkType::Asks)).ok());
            QCOMPARE(links().linksForThread(m_thread).value().size(), size_t(2));
        } // no commit
        QCOMPARE(rawCount("annotation_links"), qint64(0));
        {
            auto batch = m_library->transaction();
            QVERIFY(links().create(draft(m_peas, m_fish, AnnotationLinkType::Rebuts)).ok());
            QVERIFY((*batch)->commit().ok());
        }
        QCOMPARE(rawCount("annotation_links"), qint64(1));
    }

    void annotationsHaveUuids()
    {
        const Annotation fish = m_library->annotations().annotation(m_fish).value();
        const Annotation peas = m_library->annotations().annotation(m_peas).value();
        QVERIFY(!fish.uuid.isNull());
        QVERIFY(fish.uuid != peas.uuid);
        QCOMPARE(m_library->annotations().annotationByUuid(fish.uuid).value(), std::optional(fish));
        QVERIFY(!m_library->annotations().annotationByUuid(QUuid::createUuid()).value());

        // From another library: its uuid, selectors and state as given, a new id.
        Annotation foreign = fish;
        foreign.id = 0;
        foreign.uuid = QUuid::createUuid();
        foreign.anchorState = AnchorState::Reanchored;
        foreign.note = QStringLiteral("from a friend");
        const auto adopted = m_library->annotations().adopt(foreign);
        QVERIFY2(adopted.ok(), adopted.ok() ? "" : qPrintable(adopted.error().toString()));
        QVERIFY(adopted->id > m_vinegar);
        QCOMPARE(adopted->uuid, foreign.uuid);
        QCOMPARE(adopted->anchorState, AnchorState::Reanchored);
        QCOMPARE(adopted->created, fish.created);
        QVERIFY(!m_library->annotations().adopt(foreign).ok()); // the uuid is there already
    }
};

QTEST_GUILESS_MAIN(TestAnnotationLinkStore)
#include "tst_annotationlinkstore.moc"
