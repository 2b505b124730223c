// Which comments an export holds: whole thread, annotated with their ancestors, the
// view's collapse state, a subtree — and none of it recursive.

#include "core/annotatedthread.h"
#include "core/threadscope.h"

#include <QTest>

using namespace Scholia;

namespace {

// A thread from (id, parent index) pairs, already in pre-order.
std::vector<Comment> tree(const std::vector<std::pair<QString, int>> &shape)
{
    std::vector<Comment> comments;
    for (const auto &[id, parent] : shape) {
        Comment c;
        c.sourceId = id;
        c.parent = parent;
        c.depth = parent < 0 ? 0 : comments[size_t(parent)].depth + 1;
        comments.push_back(c);
    }
    return comments;
}

QStringList kept(const std::vector<Comment> &comments, const ThreadScope::Selection &selection)
{
    QStringList ids;
    for (size_t i = 0; i < comments.size(); ++i) {
        if (selection[i])
            ids << comments[i].sourceId;
    }
    return ids;
}

// a
//   b
//     c
//   d
// e
//   f
const std::vector<std::pair<QString, int>> shape = {{"a", -1}, {"b", 0},  {"c", 1},
                                                    {"d", 0},  {"e", -1}, {"f", 4}};

} // namespace

class TestThreadScope : public QObject
{
    Q_OBJECT

private slots:
    void annotatedCommentsComeWithTheirAncestors()
    {
        const auto comments = tree(shape);
        QCOMPARE(kept(comments, ThreadScope::annotatedWithAncestors(comments, {"c"})),
                 (QStringList{"a", "b", "c"}));
        QCOMPARE(kept(comments, ThreadScope::annotatedWithAncestors(comments, {"c", "d", "f"})),
                 (QStringList{"a", "b", "c", "d", "e", "f"}));
        QCOMPARE(kept(comments, ThreadScope::annotatedWithAncestors(comments, {"e"})),
                 QStringList{"e"});
        QCOMPARE(kept(comments, ThreadScope::annotatedWithAncestors(comments, {})), QStringList{});
    }

    void collapsedSubtreesLeaveOutTheirReplies()
    {
        const auto comments = tree(shape);
        QCOMPARE(kept(comments, ThreadScope::expanded(comments, {"a"})),
                 (QStringList{"a", "e", "f"}));
        QCOMPARE(kept(comments, ThreadScope::expanded(comments, {"b", "e"})),
                 (QStringList{"a", "b", "d", "e"}));
        // A collapsed comment inside a collapsed subtree changes nothing more.
        QCOMPARE(kept(comments, ThreadScope::expanded(comments, {"a", "b"})),
                 (QStringList{"a", "e", "f"}));
    }

    void subtreeIsTheCommentAndEverythingBelow()
    {
        const auto comments = tree(shape);
        QCOMPARE(kept(comments, ThreadScope::subtree(comments, 1)), (QStringList{"b", "c"}));
        QCOMPARE(kept(comments, ThreadScope::subtree(comments, 4)), (QStringList{"e", "f"}));
        QCOMPARE(kept(comments, ThreadScope::subtree(comments, 99)), QStringList{});
    }

    void selectFollowsTheOptions()
    {
        AnnotatedThread source;
        source.thread.comments = tree(shape);
        Annotation onC;
        onC.commentSourceId = "c";
        Annotation orphanOnF;
        orphanOnF.commentSourceId = "f";
        orphanOnF.anchorState = AnchorState::Orphaned; // its text is gone: it selects nothing
        source.annotations = {onC, orphanOnF};
        source.viewState.collapsed = {"a"};

        ExportOptions options;
        QCOMPARE(kept(source.thread.comments, *ThreadScope::select(source, options)).size(), 6);
        options.scope = ExportScope::AnnotatedWithContext;
        QCOMPARE(kept(source.thread.comments, *ThreadScope::select(source, options)),
                 (QStringList{"a", "b", "c"}));
        options.scope = ExportScope::CollapseState;
        QCOMPARE(kept(source.thread.comments, *ThreadScope::select(source, options)),
                 (QStringList{"a", "e", "f"}));
        options.scope = ExportScope::Subtree;
        options.subtreeRoot = "d";
        QCOMPARE(kept(source.thread.comments, *ThreadScope::select(source, options)),
                 QStringList{"d"});
        options.subtreeRoot = "nope";
        QVERIFY(!ThreadScope::select(source, options).ok());
    }

    void aChain100000DeepDoesNotOverflow()
    {
        constexpr int depth = 100000;
        std::vector<Comment> comments(depth);
        for (int i = 0; i < depth; ++i) {
            comments[size_t(i)].sourceId = QString::number(i);
            comments[size_t(i)].parent = i - 1;
            comments[size_t(i)].depth = i;
        }
        const auto annotated =
            ThreadScope::annotatedWithAncestors(comments, {QString::number(depth - 1)});
        QVERIFY(std::all_of(annotated.begin(), annotated.end(), [](bool b) { return b; }));
        const auto collapsed = ThreadScope::expanded(comments, {QString::number(10)});
        QCOMPARE(std::count(collapsed.begin(), collapsed.end(), true), 11);
        const auto subtree = ThreadScope::subtree(comments, 50000);
        QCOMPARE(std::count(subtree.begin(), subtree.end(), true), 50000);
    }
};

QTEST_GUILESS_MAIN(TestThreadScope)
#include "tst_threadscope.moc"
