#include "store/annotationstore.h"
#include "store/library.h"
#include "store/sqlitedatabase.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "testthread.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

namespace {

Annotation passage(qint64 thread, const QString &comment, qsizetype start, const QString &exact)
{
    Annotation a;
    a.threadId = thread;
    a.commentSourceId = comment;
    a.position = TextPositionSelector{start, start + exact.size()};
    a.quote.exact = exact;
    return a;
}

Annotation wholeComment(qint64 thread, const QString &comment)
{
    Annotation a;
    a.threadId = thread;
    a.commentSourceId = comment;
    return a;
}

QString describe(const Annotation &a)
{
    return a.commentSourceId + QLatin1Char('@') +
           (a.position ? QString::number(a.position->start) : QStringLiteral("whole"));
}

} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_thread = 0;

    AnnotationStore annotations() { return m_library->annotations(); }
    int rowCount()
    {
        return int(SqliteDatabase(m_library->path())
                       .queryInt(QStringLiteral("SELECT count(*) FROM annotations")));
    }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        m_thread = m_library->threads().saveThread(TestThread::make()).value();
    }

    void createsAPassageWithContextFromTheStoredText()
    {
        Annotation draft = passage(m_thread, "c1", 9, "chips");
        draft.quote.prefix = "forged by the page"; // never trusted: the store takes its own
        draft.note = "the classic";
        draft.tags = {" food / british ", "Food/British", "opinion"};
        const auto created = annotations().create(draft);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        QVERIFY(created->id > 0);
        QCOMPARE(created->threadId, m_thread);
        QCOMPARE(created->commentSourceId, QString("c1"));
        QCOMPARE(created->position, (TextPositionSelector{9, 14}));
        QCOMPARE(created->quote.exact, QString("chips"));
        QCOMPARE(created->quote.prefix, QString("Fish and "));
        QCOMPARE(created->quote.suffix, QString(" are the best food, and mushy pe"));
        QCOMPARE(created->color, QString("yellow"));
        QCOMPARE(created->note, QString("the classic"));
        QCOMPARE(created->tags, QStringList({"food/british", "opinion"}));
        QCOMPARE(created->anchorState, AnchorState::Anchored);
        QVERIFY(created->created.isValid());
        QCOMPARE(created->updated, created->created);

        QCOMPARE(annotations().annotation(created->id).value(), *created);
        QCOMPARE(m_library->threads().listThreads()->front().annotationCount, 1);
    }

    void createsAWholeCommentAnnotation()
    {
        Annotation draft = wholeComment(m_thread, "c3");
        draft.color = "sky";
        const auto created = annotations().create(draft);
        QVERIFY(created.ok());
        QVERIFY(created->isWholeComment());
        QCOMPARE(created->quote, TextQuoteSelector());
        QCOMPARE(created->color, QString("sky"));
    }

    void acceptsAPassageAroundAnEmoji()
    {
        const QString text = QString::fromUtf8("Z\xC3\xBCrich \xF0\x9F\x9A\x80 is");
        const auto created = annotations().create(passage(m_thread, "c3", 0, text));
        QVERIFY(created.ok());
        QCOMPARE(created->position->end, qsizetype(12));
    }

    void refusesWhatDoesNotFit_data()
    {
        QTest::addColumn<Annotation>("draft");
        QTest::addColumn<QString>("message");
        const qint64 thread = 1; // init() saved the one thread first
        QTest::newRow("no such thread") << passage(99, "c1", 0, "Fish") << "no thread 99";
        QTest::newRow("no such comment")
            << passage(thread, "zz", 0, "Fish") << "has no comment \"zz\"";
        QTest::newRow("placeholder") << wholeComment(thread, "m1") << "not saved";
        QTest::newRow("start before the text")
            << passage(thread, "c1", -1, "Fish") << "not a passage";
        QTest::newRow("end after the text")
            << passage(thread, "c1", 50, "too.xyz") << "not a passage";
        Annotation empty = passage(thread, "c1", 3, "");
        QTest::newRow("empty range") << empty << "not a passage";
        QTest::newRow("quote differs")
            << passage(thread, "c1", 0, "Fosh") << "is \"Fish\", not the quoted \"Fosh\"";
        QTest::newRow("half an emoji")
            << passage(thread, "c3", 8, QString::fromUtf8("\xF0\x9F\x9A\x80").mid(1) + " is")
            << "cuts a character";
        Annotation colour = passage(thread, "c1", 0, "Fish");
        colour.color = "red";
        QTest::newRow("colour not in the palette")
            << colour << "no highlight colour called \"red\"";
        Annotation tag = passage(thread, "c1", 0, "Fish");
        tag.tags = {"a//b"};
        QTest::newRow("bad tag") << tag << "empty part";
        Annotation quoteOnly = wholeComment(thread, "c1");
        quoteOnly.quote.exact = "Fish";
        QTest::newRow("quote without position") << quoteOnly << "needs its position";
    }

    void refusesWhatDoesNotFit()
    {
        QFETCH(Annotation, draft);
        QFETCH(QString, message);
        const auto created = annotations().create(draft);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
        QCOMPARE(rowCount(), 0);
        QCOMPARE(int(SqliteDatabase(m_library->path())
                         .queryInt(QStringLiteral("SELECT count(*) FROM tags"))),
                 0);
    }

    void updateReturnsTheAnnotationAsItWasAndUndoRestoresIt()
    {
        Annotation draft = passage(m_thread, "c2", 8, "Chips");
        draft.tags = {"food"};
        draft.note = "first";
        const Annotation created = annotations().create(draft).value();
        QTest::qSleep(1100); // so "updated" moves on by a second

        AnnotationEdit edit;
        edit.note = "second thoughts";
        edit.color = "purple";
        edit.tags = QStringList{"food", "vinegar"};
        const auto before = annotations().update(created.id, edit);
        QVERIFY(before.ok());
        QCOMPARE(*before, created);
        const Annotation after = annotations().annotation(created.id).value();
        QCOMPARE(after.note, QString("second thoughts"));
        QCOMPARE(after.color, QString("purple"));
        QCOMPARE(after.tags, QStringList({"food", "vinegar"}));
        QVERIFY(after.updated > created.updated);
        QCOMPARE(after.created, created.created);
        QCOMPARE(after.position, created.position);

        // Only what is set changes.
        AnnotationEdit noteOnly;
        noteOnly.note = "third";
        QVERIFY(annotations().update(created.id, noteOnly).ok());
        QCOMPARE(annotations().annotation(created.id)->color, QString("purple"));
        QCOMPARE(annotations().annotation(created.id)->tags, QStringList({"food", "vinegar"}));

        QVERIFY(annotations().update(created.id, AnnotationEdit::restoring(created)).ok());
        QCOMPARE(annotations().annotation(created.id).value(), created);

        AnnotationEdit badColour;
        badColour.color = "red";
        QVERIFY(!annotations().update(created.id, badColour).ok());
        QVERIFY(!annotations().update(created.id + 100, noteOnly).ok());
        QCOMPARE(annotations().annotation(created.id).value(), created);
    }

    void removeReturnsItWholeAndRestoreKeepsTheId()
    {
        Annotation draft = passage(m_thread, "c1", 0, "Fish");
        draft.tags = {"food", "fish"};
        draft.note = "note";
        draft.color = "green";
        const Annotation created = annotations().create(draft).value();
        const Annotation other = annotations().create(wholeComment(m_thread, "c4")).value();

        const auto removed = annotations().remove(created.id);
        QVERIFY(removed.ok());
        QCOMPARE(*removed, created);
        QVERIFY(!annotations().annotation(created.id).ok());
        QCOMPARE(rowCount(), 1);
        QVERIFY(!annotations().remove(created.id).ok());

        const auto restored = annotations().restore(*removed);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(*restored, created);
        QCOMPARE(annotations().annotation(created.id).value(), created);
        QCOMPARE(annotations().listForThread(m_thread)->size(), size_t(2));

        // Restoring over a live annotation would lose it: refused.
        const auto twice = annotations().restore(other);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains("exists already"));
    }

    void restoreBringsBackAnOrphanAndItsDeletedTags()
    {
        Annotation draft = passage(m_thread, "c4", 2, "third");
        draft.tags = {"gone/soon"};
        Annotation created = annotations().create(draft).value();
        QVERIFY(annotations().remove(created.id).ok());
        SqliteDatabase(m_library->path()).execute(QStringLiteral("DELETE FROM tags"));
        created.anchorState = AnchorState::Orphaned;
        created.commentSourceId = "vanished"; // the comment need not exist any more
        QCOMPARE(annotations().restore(created).value(), created);
    }

    void listsInTreeOrder()
    {
        // Pre-order is c1, c2, (m1), c3, c4; within c1 the whole comment comes first.
        const QStringList expected = {"c1@whole", "c1@2", "c1@9", "c2@0", "c3@0", "c4@2"};
        for (const Annotation &a :
             {passage(m_thread, "c4", 2, "third"), passage(m_thread, "c1", 9, "chips"),
              passage(m_thread, "c2", 0, "Agreed"), wholeComment(m_thread, "c1"),
              passage(m_thread, "c3", 0, "Z"), passage(m_thread, "c1", 2, "sh")})
            QVERIFY(annotations().create(a).ok());
        QStringList order;
        const std::vector<Annotation> listed = annotations().listForThread(m_thread).value();
        for (const Annotation &a : listed)
            order << describe(a);
        QCOMPARE(order, expected);
        QVERIFY(annotations().listOrphaned(m_thread)->empty());
    }

    void listsTaggedPassagesAcrossThreads()
    {
        const qint64 second = m_library->threads().saveThread(TestThread::make("t2")).value();
        Annotation a = passage(second, "c1", 0, "Fish");
        a.tags = {"compute/export-controls"};
        Annotation b = passage(m_thread, "c4", 2, "third");
        b.tags = {"compute"};
        Annotation c = passage(m_thread, "c1", 0, "Fish");
        c.tags = {"computers"}; // a different tag, not below "compute"
        for (const Annotation &draft : {a, b, c})
            QVERIFY(annotations().create(draft).ok());
        QStringList found;
        const std::vector<Annotation> tagged = annotations().listTagged("Compute").value();
        for (const Annotation &x : tagged)
            found << QString::number(x.threadId) + QLatin1Char(':') + describe(x);
        QCOMPARE(found, QStringList({QString::number(m_thread) + ":c4@2",
                                     QString::number(second) + ":c1@0"}));
        QCOMPARE(annotations().listTagged("compute/export-controls")->size(), size_t(1));
    }

    void reanchorsWhenTheThreadIsSavedAgain()
    {
        const Annotation kept = annotations().create(passage(m_thread, "c4", 2, "third")).value();
        const Annotation moved = annotations().create(passage(m_thread, "c1", 9, "chips")).value();
        const Annotation edited =
            annotations().create(passage(m_thread, "c2", 8, "Chips with vinegar")).value();
        const Annotation lost = annotations().create(passage(m_thread, "c3", 13, "lovely")).value();
        const Annotation whole = annotations().create(wholeComment(m_thread, "c3")).value();

        ThreadDocument doc = TestThread::make();
        TestThread::setText(
            doc, "c1", "Edit: honestly, Fish and chips are the best food, and mushy peas too.");
        TestThread::setText(doc, "c2", "Agreed. Chips w/ vinegar!");
        TestThread::setText(doc, "c3", "Never mind.");
        QCOMPARE(m_library->threads().saveThread(doc).value(), m_thread);

        const Annotation k = annotations().annotation(kept.id).value();
        QCOMPARE(k, kept);
        const Annotation m = annotations().annotation(moved.id).value();
        QCOMPARE(m.anchorState, AnchorState::Anchored);
        QCOMPARE(m.position, (TextPositionSelector{25, 30}));
        QCOMPARE(m.quote.prefix, QString("Edit: honestly, Fish and "));
        QCOMPARE(m.updated, moved.updated); // re-anchoring is not the reader's edit
        const Annotation e = annotations().annotation(edited.id).value();
        QCOMPARE(e.anchorState, AnchorState::Reanchored);
        QCOMPARE(e.quote.exact, QString("Chips w/ vinegar"));
        const Annotation l = annotations().annotation(lost.id).value();
        QCOMPARE(l.anchorState, AnchorState::Orphaned);
        QCOMPARE(l.position, lost.position);
        QCOMPARE(l.quote, lost.quote);
        QCOMPARE(annotations().annotation(whole.id)->anchorState, AnchorState::Anchored);
        QCOMPARE(annotations().listOrphaned(m_thread)->size(), size_t(1));

        // A third save that does not hold c3 at all (the row goes): orphans, kept.
        doc.comments.erase(doc.comments.begin() + 3);
        doc.comments[3].siblingIndex = 1;
        QVERIFY(m_library->threads().saveThread(doc).ok());
        QCOMPARE(annotations().annotation(whole.id)->anchorState, AnchorState::Orphaned);
        const auto all = annotations().listForThread(m_thread).value();
        QCOMPARE(all.size(), size_t(5));
        // Comments that are gone sort last.
        QCOMPARE(all.back().commentSourceId, QString("c3"));
        QCOMPARE(annotations().listOrphaned(m_thread)->size(), size_t(2));

        // The passage comes back in a later save: found again.
        ThreadDocument back = TestThread::make();
        TestThread::setText(back, "c2", "Agreed. Chips w/ vinegar!");
        QVERIFY(m_library->threads().saveThread(back).ok());
        QCOMPARE(annotations().annotation(lost.id)->anchorState, AnchorState::Anchored);
        QCOMPARE(annotations().annotation(whole.id)->anchorState, AnchorState::Anchored);
        // "Re-anchored" stays until the reader has looked, and says so.
        QCOMPARE(annotations().annotation(edited.id)->anchorState, AnchorState::Reanchored);
        QCOMPARE(annotations().setAnchorState(edited.id, AnchorState::Anchored).value(),
                 AnchorState::Reanchored);
        QCOMPARE(annotations().annotation(edited.id)->anchorState, AnchorState::Anchored);
        QCOMPARE(annotations().setAnchorState(edited.id, AnchorState::Reanchored).value(),
                 AnchorState::Anchored); // its undo
        QCOMPARE(annotations().annotation(edited.id)->updated, edited.updated);
        QVERIFY(!annotations().setAnchorState(edited.id, AnchorState::Orphaned).ok());
        QVERIFY(!annotations().setAnchorState(whole.id, AnchorState::Reanchored).ok());
    }

    void commentOnlyKeptFromAnEarlierSaveOrphansItsAnnotations()
    {
        const Annotation a = annotations().create(passage(m_thread, "c4", 2, "third")).value();
        ThreadDocument doc = TestThread::make();
        doc.comments[4].inLatestSave = false;
        QVERIFY(m_library->threads().saveThread(doc).ok());
        const Annotation after = annotations().annotation(a.id).value();
        QCOMPARE(after.anchorState, AnchorState::Orphaned);
        QCOMPARE(after.position, a.position);
    }

    void cancelledSaveLeavesAnchorsAlone()
    {
        const Annotation a = annotations().create(passage(m_thread, "c4", 2, "third")).value();
        ThreadDocument doc = TestThread::make();
        TestThread::setText(doc, "c4", "Something else entirely.");
        std::atomic<bool> cancel = true;
        QVERIFY(!m_library->threads().saveThreads({doc}, &cancel).ok());
        QCOMPARE(annotations().annotation(a.id).value(), a);
    }

    void threadNotesRoundTrip()
    {
        ThreadNotesStore &notes = m_library->notes();
        QCOMPARE(notes.load(m_thread).value(), QString());
        QCOMPARE(notes.save(m_thread, "# Notes\n\n- *chips* win").value(), QString());
        QCOMPARE(notes.load(m_thread).value(), QString("# Notes\n\n- *chips* win"));
        // Each save answers the text it replaced: what undoing it puts back.
        QCOMPARE(notes.save(m_thread, QString()).value(), QString("# Notes\n\n- *chips* win"));
        QCOMPARE(notes.load(m_thread).value(), QString());
        const auto missing = notes.save(404, "x");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains("no thread 404"));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
