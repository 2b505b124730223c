#include "core/commenttree.h"

#include <QTest>

using namespace Scholia;

class TestCommentTree : public QObject
{
    Q_OBJECT

private:
    static LinkedComment linked(const QString &id, const QString &parent)
    {
        Comment c;
        c.sourceId = id;
        return {c, parent};
    }

private slots:
    void arrangesParentLinksIntoPreorder()
    {
        // Site order: replies may come before their parent's siblings are listed.
        auto result = CommentTree::arrange({linked("a", ""), linked("b", ""), linked("a1", "a"),
                                            linked("b1", "b"), linked("a2", "a"), linked("a1x", "a1")});
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
        QStringList ids;
        QList<int> depths, siblings, parents;
        for (const Comment &c : *result) {
            ids << c.sourceId;
            depths << c.depth;
            siblings << c.siblingIndex;
            parents << c.parent;
        }
        QCOMPARE(ids, QStringList({"a", "a1", "a1x", "a2", "b", "b1"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 1, 0, 1}));
        QCOMPARE(siblings, QList<int>({0, 0, 0, 1, 1, 0}));
        QCOMPARE(parents, QList<int>({-1, 0, 1, 0, -1, 4}));
        QVERIFY(CommentTree::validate(*result).ok());
    }

    void refusesMissingParentDuplicateAndCycle_data()
    {
        QTest::addColumn<QList<QStringList>>("pairs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing parent") << QList<QStringList>{{"a", ""}, {"b", "zz"}} << "replies to \"zz\"";
        QTest::newRow("duplicate") << QList<QStringList>{{"a", ""}, {"a", ""}} << "two comments have the id \"a\"";
        QTest::newRow("cycle") << QList<QStringList>{{"r", ""}, {"x", "y"}, {"y", "x"}} << "reply cycle";
    }
    void refusesMissingParentDuplicateAndCycle()
    {
        QFETCH(QList<QStringList>, pairs);
        QFETCH(QString, expected);
        std::vector<LinkedComment> input;
        for (const QStringList &p : pairs)
            input.push_back(linked(p[0], p[1]));
        auto result = CommentTree::arrange(std::move(input));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
    }

    void deepChainDoesNotRecurse()
    {
        // 100 000 replies each to the previous one: arrange, validate and subtreeEnd are
        // iterative, so this finishes on the default stack.
        const int depth = 100000;
        std::vector<LinkedComment> chain;
        chain.reserve(depth);
        for (int i = 0; i < depth; ++i)
            chain.push_back(linked(QString::number(i), i == 0 ? QString() : QString::number(i - 1)));
        auto result = CommentTree::arrange(std::move(chain));
        QVERIFY(result.ok());
        QCOMPARE(result->back().depth, depth - 1);
        QVERIFY(CommentTree::validate(*result).ok());
        QCOMPARE(CommentTree::subtreeEnd(*result, 0), depth);
        QCOMPARE(CommentTree::subtreeEnd(*result, depth - 1), depth);
    }

    void validateCatchesBrokenInvariants()
    {
        auto good = CommentTree::arrange({linked("a", ""), linked("a1", "a"), linked("b", "")});
        QVERIFY(good.ok());
        auto badDepth = *good;
        badDepth[1].depth = 3;
        QVERIFY(!CommentTree::validate(badDepth).ok());
        auto badParent = *good;
        badParent[0].parent = 2;
        QVERIFY(!CommentTree::validate(badParent).ok());
        auto badSibling = *good;
        badSibling[2].siblingIndex = 0;
        QVERIFY(!CommentTree::validate(badSibling).ok());
        auto notContiguous = *good;
        // b (a root) sits between a and a's reply.
        std::swap(notContiguous[1], notContiguous[2]);
        notContiguous[2].parent = 0;
        QVERIFY(!CommentTree::validate(notContiguous).ok());
    }

    void toLinkedRoundTrips()
    {
        auto tree = CommentTree::arrange({linked("a", ""), linked("b", ""), linked("a1", "a")});
        QVERIFY(tree.ok());
        auto again = CommentTree::arrange(CommentTree::toLinked(*tree));
        QVERIFY(again.ok());
        QCOMPARE(*again, *tree);
    }
};

QTEST_GUILESS_MAIN(TestCommentTree)
#include "tst_commenttree.moc"
