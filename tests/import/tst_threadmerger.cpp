#include "core/commenttree.h"
#include "import/threadmerger.h"

#include <QTest>

using namespace Scholia;

namespace {

// A document from "id<parent" pairs in site order, each body "text of ID".
ThreadDocument documentOf(const QStringList &pairs)
{
    std::vector<LinkedComment> linked;
    for (const QString &pair : pairs) {
        const QStringList parts = pair.split(QLatin1Char('<'));
        Comment c;
        c.sourceId = parts[0];
        c.bodyText = QStringLiteral("text of ") + parts[0];
        linked.push_back({c, parts.value(1)});
    }
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("t");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

QStringList layout(const ThreadDocument &doc)
{
    QStringList out;
    for (const Comment &c : doc.comments)
        out << QString(c.depth, QLatin1Char('.')) + c.sourceId +
                   (c.inLatestSave ? QString() : QStringLiteral("!"));
    return out;
}

} // namespace

class TestThreadMerger : public QObject
{
    Q_OBJECT

private slots:
    void sameSaveTwiceChangesNothing()
    {
        const ThreadDocument doc = documentOf({"a", "a1<a", "b"});
        QCOMPARE(ThreadMerger::merge(doc, doc), doc);
    }

    void newerSaveWinsForEditsAndAdditions()
    {
        const ThreadDocument stored = documentOf({"a", "a1<a", "b"});
        ThreadDocument incoming = documentOf({"a", "a1<a", "a2<a", "b"});
        incoming.comments[1].bodyText = QStringLiteral("edited");
        const ThreadDocument merged = ThreadMerger::merge(stored, incoming);
        QCOMPARE(layout(merged), QStringList({"a", ".a1", ".a2", "b"}));
        QCOMPARE(merged.comments[1].bodyText, QStringLiteral("edited"));
    }

    void vanishedCommentsStayInPlace()
    {
        const ThreadDocument stored = documentOf({"a", "a1<a", "a2<a", "a2x<a2", "a3<a", "b", "c"});
        // The newer save lost a2 (with its reply) and b, and gained d.
        const ThreadDocument incoming = documentOf({"a", "a1<a", "a3<a", "c", "d"});
        const ThreadDocument merged = ThreadMerger::merge(stored, incoming);
        QCOMPARE(layout(merged),
                 QStringList({"a", ".a1", ".a2!", "..a2x!", ".a3", "b!", "c", "d"}));
        QVERIFY(CommentTree::validate(merged.comments).ok());
    }

    void vanishedFirstChildStaysFirst()
    {
        const ThreadDocument stored = documentOf({"x", "a", "a1<a", "a2<a"});
        const ThreadDocument incoming = documentOf({"a", "a2<a"});
        const ThreadDocument merged = ThreadMerger::merge(stored, incoming);
        QCOMPARE(layout(merged), QStringList({"x!", "a", ".a1!", ".a2"}));
    }

    void reappearingCommentIsInLatestSaveAgain()
    {
        ThreadDocument stored = documentOf({"a", "b"});
        stored.comments[1].inLatestSave = false;
        const ThreadDocument merged = ThreadMerger::merge(stored, documentOf({"a", "b"}));
        QCOMPARE(layout(merged), QStringList({"a", "b"}));
    }

    // The earlier save's "more" stubs stood for what it lacked; the newer save's own gaps
    // say what is missing now, so an old stub is dropped rather than kept as a comment.
    void earlierPlaceholdersGiveWayToTheNewerSave()
    {
        ThreadDocument stored = documentOf({"a", "more:a<a", "b", "b1<b"});
        stored.comments[1].notSavedReplies = 12;
        stored.gaps.missingComments = 12;
        const ThreadDocument incoming = documentOf({"a", "a1<a", "a2<a"});
        const ThreadDocument merged = ThreadMerger::merge(stored, incoming);
        QCOMPARE(layout(merged), QStringList({"a", ".a1", ".a2", "b!", ".b1!"}));
        QVERIFY(merged.gaps.isWhole());
        QVERIFY(CommentTree::validate(merged.comments).ok());
    }

    // A vanished comment whose previous sibling was a dropped stub still finds its place.
    void vanishedCommentAfterADroppedPlaceholderIsKept()
    {
        ThreadDocument stored = documentOf({"a", "more:x", "b"});
        stored.comments[1].notSavedReplies = 0;
        const ThreadDocument merged = ThreadMerger::merge(stored, documentOf({"a"}));
        QCOMPARE(layout(merged), QStringList({"a", "b!"}));
    }

    // Comments the newer save names as missing but the library kept are not missing.
    void missingIdsHeldByTheEarlierSaveAreNotMissing()
    {
        const ThreadDocument stored = documentOf({"a", "a1<a", "a2<a"});
        ThreadDocument incoming = documentOf({"a"});
        incoming.gaps.missingComments = 3;
        incoming.gaps.siteTotal = 4;
        incoming.gaps.missingIds = QStringList{"a1", "a2", "a3"};
        const ThreadDocument merged = ThreadMerger::merge(stored, incoming);
        QCOMPARE(merged.gaps.missingComments, 1);
        QCOMPARE(merged.gaps.missingIds, QStringList{"a3"});
        QCOMPARE(merged.gaps.siteTotal, std::optional<int>(4));
    }

    // The site's stand-in ("[removed]") does not replace the words the library had.
    void removedCommentKeepsItsStoredTextWithTheNewState_data()
    {
        QTest::addColumn<int>("state");
        QTest::addRow("removed") << int(CommentState::Removed);
        QTest::addRow("deleted") << int(CommentState::Deleted);
    }
    void removedCommentKeepsItsStoredTextWithTheNewState()
    {
        ThreadDocument stored = documentOf({"a", "b"});
        stored.comments[1].bodyHtml = QStringLiteral("<p>text of b</p>");
        stored.comments[1].author = QStringLiteral("brook");
        QFETCH(int, state);
        ThreadDocument incoming = documentOf({"a", "b"});
        incoming.comments[1].state = CommentState(state);
        incoming.comments[1].bodyText = QStringLiteral("[removed]");
        incoming.comments[1].bodyHtml = QStringLiteral("<p>[removed]</p>");
        incoming.comments[1].author = QStringLiteral("[deleted]");
        const ThreadDocument merged = ThreadMerger::merge(stored, incoming);
        QCOMPARE(int(merged.comments[1].state), state);
        QCOMPARE(merged.comments[1].bodyText, QStringLiteral("text of b"));
        QCOMPARE(merged.comments[1].bodyHtml, QStringLiteral("<p>text of b</p>"));
        QCOMPARE(merged.comments[1].author, QStringLiteral("brook")); // who wrote the kept text
        QVERIFY(merged.comments[1].inLatestSave);

        // Saved again, still removed: the kept text stays.
        const ThreadDocument again = ThreadMerger::merge(merged, incoming);
        QCOMPARE(again.comments[1].bodyText, QStringLiteral("text of b"));
    }

    // A comment the library only ever had removed has nothing to keep.
    void removedCommentWithoutAStoredTextTakesTheSites()
    {
        ThreadDocument stored = documentOf({"a", "b"});
        stored.comments[1].state = CommentState::Deleted;
        stored.comments[1].bodyText = QStringLiteral("[deleted]");
        ThreadDocument incoming = stored;
        const ThreadDocument merged = ThreadMerger::merge(stored, incoming);
        QCOMPARE(merged.comments[1].bodyText, QStringLiteral("[deleted]"));
        ThreadDocument fresh = documentOf({"a", "c"});
        fresh.comments[1].state = CommentState::Removed;
        fresh.comments[1].bodyText = QStringLiteral("[removed]");
        const ThreadDocument withNew = ThreadMerger::merge(stored, fresh);
        QCOMPARE(layout(withNew), QStringList({"a", "b!", "c"}));
        QCOMPARE(withNew.comments[2].bodyText, QStringLiteral("[removed]"));
    }
};

QTEST_GUILESS_MAIN(TestThreadMerger)
#include "tst_threadmerger.moc"
