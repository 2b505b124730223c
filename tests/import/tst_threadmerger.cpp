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
        out << QString(c.depth, QLatin1Char('.')) + c.sourceId + (c.inLatestSave ? QString() : QStringLiteral("!"));
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
        QCOMPARE(layout(merged), QStringList({"a", ".a1", ".a2!", "..a2x!", ".a3", "b!", "c", "d"}));
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
};

QTEST_GUILESS_MAIN(TestThreadMerger)
#include "tst_threadmerger.moc"
