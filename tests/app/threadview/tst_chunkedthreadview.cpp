// A big thread in the real thread view, windowed: a 5 000-comment thread whose page
// builds only its first 100 comments, the rest 200 at a time as the reader nears them,
// taking far chunks down again so that a bounded number of comments is ever built. Every
// feature of the view must reach the comments not built: keys, collapse, the saved
// state, a jump to a comment, find, highlights, selection, the theme.

#include "app/threadview/findbar.h"
#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "core/threadviewstate.h"
#include "html/htmlsanitizer.h"
#include "library/libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWebEnginePage>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

constexpr int commentCount = 5000;
constexpr int pageComments = 100;
constexpr int commentsPerChunk = 200;
constexpr int rootSubtreeEnd = 300; // g0's replies are g1 … g299
// The most comments the window may hold: chunks.js's maxBuiltChunks chunks.
constexpr int maxBuilt = 6 * commentsPerChunk;
const QString lastId = QStringLiteral("g4999");
const QString lastText = QStringLiteral("Only the last comment mentions the zebracorn.");
// Text that would end a data block or open markup if it were not escaped there.
const QString hostileText =
    QStringLiteral("</script><!-- <script>window.pwned = 1</script> --> & \u202e "
                   "\u00fcn\u00efc\u00f8d\u00e9 \U0001F600 \"quoted\" \\ back");

Comment comment(int i, const QString &text)
{
    Comment c;
    c.sourceId = QStringLiteral("g%1").arg(i);
    c.author = QStringLiteral("user%1").arg(i % 37);
    const SanitizedHtml body =
        HtmlSanitizer::sanitize(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    c.bodyHtml = body.html;
    c.bodyText = body.text;
    return c;
}

// g0 is a top-level comment whose 299 replies reach past the first page; then a forum
// mix; g4998 ─ g4999 is the last top-level comment and its reply, g4500 holds text that is hostile
// to data blocks.
ThreadDocument bigThread()
{
    QRandomGenerator random(11);
    std::vector<LinkedComment> linked;
    for (int i = 0; i < commentCount; ++i) {
        int parent = -1;
        if (i > 0 && i < rootSubtreeEnd) {
            parent = random.bounded(i);
        } else if (i == commentCount - 1) {
            parent = i - 1; // g4998 is top-level: this chain ends the thread
        } else if (i == commentCount - 2) {
            parent = -1;
        } else if (i > rootSubtreeEnd) {
            const int roll = random.bounded(100);
            if (roll < 30)
                parent = i - 1;
            else if (roll < 60)
                parent = rootSubtreeEnd + random.bounded(i - rootSubtreeEnd);
        }
        QString text =
            QStringLiteral("Comment number %1 says something about topic %2.").arg(i).arg(i % 9);
        if (i == commentCount - 1)
            text = lastText;
        else if (i == 4500)
            text = hostileText;
        linked.push_back(
            {comment(i, text), parent >= 0 ? QStringLiteral("g%1").arg(parent) : QString()});
    }
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("big");
    doc.title = QStringLiteral("A big thread");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

} // namespace

class TestChunkedThreadView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    ThreadDocument m_thread;
    qint64 m_threadId = 0;

    static QString focusedId(ThreadView &view)
    {
        return evaluate(view, QStringLiteral("Scholia.state().focused")).toString();
    }

    // Whether the comment is shown (not collapsed away), building its chunk to look.
    static bool isShown(ThreadView &view, const QString &id)
    {
        return evaluate(view, QStringLiteral("(() => { const a = Scholia.chunks.articleOf('%1');"
                                             " return !!a && a.offsetParent !== null; })()")
                                  .arg(id))
            .toBool();
    }

    // The built comments' ids in page order.
    static QStringList builtIds(ThreadView &view)
    {
        return evaluate(view, QStringLiteral("[...document.querySelectorAll('main.comments "
                                             "article.comment')].map(a => a.dataset.id).join()"))
            .toString()
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    }

    // The built comments are the thread's in its order, never more than the window holds.
    void verifyWindow(ThreadView &view, int most = maxBuilt)
    {
        const QStringList ids = builtIds(view);
        QVERIFY2(ids.size() <= most, qPrintable(QStringLiteral("%1 built").arg(ids.size())));
        int previous = -1;
        for (const QString &id : ids) {
            const int at = indexOf(id);
            QVERIFY2(at > previous, qPrintable(id));
            previous = at;
        }
    }

    static void press(ThreadView &view, Qt::Key key)
    {
        QWidget *target = view.focusProxy() ? view.focusProxy() : &view;
        QTest::keyClick(target, key);
        QTest::qWait(30);
    }

    // Scrolls to the end until the last comment is built and on screen, as a reader would.
    static bool scrollToTheEnd(ThreadView &view, const QString &last = lastId)
    {
        return QTest::qWaitFor(
            [&] {
                return evaluate(view,
                                QStringLiteral(
                                    "window.scrollTo(0, document.documentElement.scrollHeight);"
                                    " (() => { const a = document.getElementById('c-%1');"
                                    " return !!a && a.getBoundingClientRect().top < innerHeight; })()")
                                    .arg(last))
                    .toBool();
            },
            60000);
    }

    void openChunked(ThreadView &view)
    {
        view.setChunking(pageComments, commentsPerChunk);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, m_threadId));
    }

    int indexOf(const QString &id) const
    {
        for (size_t i = 0; i < m_thread.comments.size(); ++i) {
            if (m_thread.comments[i].sourceId == id)
                return int(i);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        m_thread = bigThread();
        QCOMPARE(int(m_thread.comments.size()), commentCount);
        QCOMPARE(m_thread.comments.back().sourceId, lastId);
        m_threadId = m_library->threads().saveThread(m_thread).value();
    }

    void init() { QVERIFY(m_library->threads().saveViewState(m_threadId, ThreadViewState{}).ok()); }

    void scrollingThroughTheThreadKeepsABoundedWindowInOrder()
    {
        ThreadView view(*m_library);
        openChunked(view);
        QCOMPARE(builtCommentCount(view), pageComments);
        // The scroll bar spans the whole thread from the start: every chunk has its box.
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('main.comments > "
                                               ".chunk').length"))
                     .toInt(),
                 1 + (commentCount - pageComments + commentsPerChunk - 1) / commentsPerChunk);
        QVERIFY(evaluate(view, QStringLiteral("document.documentElement.scrollHeight > "
                                              "100 * innerHeight"))
                    .toBool());
        QStringList seen;
        for (int step = 1; step <= 8; ++step) {
            evaluate(view, QStringLiteral("window.scrollTo(0, document.documentElement"
                                          ".scrollHeight * %1 / 8)")
                               .arg(step));
            QTest::qWait(150);
            verifyWindow(view);
            seen += builtIds(view);
        }
        QVERIFY(scrollToTheEnd(view));
        verifyWindow(view);
        seen.removeDuplicates();
        QVERIFY(seen.size() > maxBuilt); // chunks were taken down on the way
        // A chunk taken down keeps no HTML: the scheme handler serves it again.
        QVERIFY(evaluate(view, QStringLiteral("Scholia.index.chunkData.some(d => typeof d === 'number')"))
                    .toBool());
        QVERIFY(!evaluate(view, QStringLiteral("Scholia.index.chunkData.some(d => typeof d === 'string')"))
                     .toBool());
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('script.later-chunk').length")).toInt(), 0);
        QCOMPARE(view.interceptor().blockedCount(), 0);
    }

    void textHostileToDataBlocksSurvivesAndNeverRuns()
    {
        ThreadView view(*m_library);
        openChunked(view);
        QVERIFY(evaluate(view, QStringLiteral("Scholia.focusComment('g4500')")).toBool());
        QCOMPARE(
            evaluate(view, QStringLiteral("document.querySelector('#c-g4500 > .body').textContent"))
                .toString(),
            hostileText);
        QCOMPARE(evaluate(view, QStringLiteral("typeof window.pwned")).toString(),
                 QStringLiteral("undefined"));
        QCOMPARE(evaluate(view, QStringLiteral(
                                    "document.querySelectorAll('main.comments script').length"))
                     .toInt(),
                 0);
    }

    void keysWalkPastTheLastBuiltComment()
    {
        ThreadView view(*m_library);
        openChunked(view);
        const QString lastBuilt = m_thread.comments[pageComments - 1].sourceId;
        const QString firstLater = m_thread.comments[pageComments].sourceId;
        QVERIFY(
            evaluate(view, QStringLiteral("Scholia.focusComment('%1')").arg(lastBuilt)).toBool());
        view.setFocus();
        QTRY_VERIFY(view.focusProxy() && view.focusProxy()->hasFocus());
        press(view, Qt::Key_J);
        QTRY_COMPARE(focusedId(view), firstLater);
        QVERIFY(isShown(view, firstLater));
        verifyWindow(view);
        press(view, Qt::Key_K);
        QTRY_COMPARE(focusedId(view), lastBuilt);

        // From the end, k walks back across a chunk's edge built only then.
        QVERIFY(evaluate(view, QStringLiteral("Scholia.focusComment('g4800')")).toBool());
        const QString before = m_thread.comments[size_t(indexOf(QStringLiteral("g4800")) - 1)].sourceId;
        press(view, Qt::Key_K);
        QTRY_COMPARE(focusedId(view), before);
        verifyWindow(view);
    }

    void collapsingARootWhoseRepliesAreNotBuiltHidesThemWhenBuilt()
    {
        {
            ThreadView view(*m_library);
            openChunked(view);
            QVERIFY(evaluate(view, QStringLiteral("Scholia.focusComment('g0')")).toBool());
            view.setFocus();
            QTRY_VERIFY(view.focusProxy() && view.focusProxy()->hasFocus());
            press(view, Qt::Key_Space);
            QTRY_COMPARE(
                evaluate(view, QStringLiteral("Scholia.state().collapsed.join()")).toString(),
                QStringLiteral("g0"));
            // Next skips the collapsed subtree, into comments that were not built.
            press(view, Qt::Key_J);
            const QString afterRoot = m_thread.comments[rootSubtreeEnd].sourceId;
            QTRY_COMPARE(focusedId(view), afterRoot);
            QVERIFY(isShown(view, afterRoot));
            QVERIFY(!isShown(view, QStringLiteral("g150")));
            QVERIFY(!isShown(view, QStringLiteral("g299")));
            // The state reaches the store (the script saves it a moment after the change).
            QTRY_VERIFY_WITH_TIMEOUT(
                m_library->threads().loadViewState(m_threadId).value().collapsed ==
                    QStringList{QStringLiteral("g0")},
                10000);
        }
        ThreadView view(*m_library);
        openChunked(view);
        QCOMPARE(evaluate(view, QStringLiteral("Scholia.state().collapsed.join()")).toString(),
                 QStringLiteral("g0"));
        QVERIFY(scrollToTheEnd(view));
        QVERIFY(!isShown(view, QStringLiteral("g150")));
        // The collapsed subtree spans chunks not built: expanding it gives their
        // placeholders their height back, and collapsing takes it away again.
        const int collapsedHeight =
            evaluate(view, QStringLiteral("document.documentElement.scrollHeight")).toInt();
        evaluate(view, QStringLiteral("Scholia.toggle('g0')"));
        const int expandedHeight =
            evaluate(view, QStringLiteral("document.documentElement.scrollHeight")).toInt();
        QVERIFY2(expandedHeight > collapsedHeight,
                 qPrintable(QStringLiteral("%1 → %2").arg(collapsedHeight).arg(expandedHeight)));
        QVERIFY(isShown(view, QStringLiteral("g150")));
        QVERIFY(isShown(view, QStringLiteral("g299")));
        verifyWindow(view);
    }

    void collapseToTopLevelReachesCommentsNotBuilt()
    {
        ThreadView view(*m_library);
        openChunked(view);
        QStringList expected;
        for (size_t i = 0; i + 1 < m_thread.comments.size(); ++i) {
            if (m_thread.comments[i].depth == 0 && m_thread.comments[i + 1].depth > 0)
                expected << m_thread.comments[i].sourceId;
        }
        QVERIFY(expected.size() > 10);
        view.collapseToTopLevel();
        QTRY_COMPARE(evaluate(view, QStringLiteral("Scholia.state().collapsed.join()")).toString(),
                     expected.join(QLatin1Char(',')));
        QVERIFY(scrollToTheEnd(view, expected.last()));
        QCOMPARE(
            evaluate(view,
                     QStringLiteral(
                         "[...document.querySelectorAll('main.comments article.comment')]"
                         ".filter(a => a.offsetParent !== null && a.dataset.depth !== '0').length"))
                .toInt(),
            0);
        verifyWindow(view);
        view.expandAll();
        QTRY_COMPARE(evaluate(view, QStringLiteral("Scholia.state().collapsed.length")).toInt(), 0);
        QVERIFY(isShown(view, lastId));
    }

    void revealBuildsThroughACommentDeepDownAndOpensItsParents()
    {
        ThreadViewState state;
        state.collapsed = {QStringLiteral("g4998")};
        QVERIFY(m_library->threads().saveViewState(m_threadId, state).ok());
        ThreadView view(*m_library);
        view.setChunking(pageComments, commentsPerChunk);
        view.resize(1000, 800);
        view.show();
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.showThread(m_threadId);
        view.revealComment(lastId, {QStringLiteral("zebracorn")});
        QVERIFY(loaded.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(view, QStringLiteral("[...document.querySelectorAll('mark.search-hit')].map(m "
                                          "=> m.textContent).join()"))
                .toString(),
            QStringLiteral("zebracorn"), 20000);
        QCOMPARE(focusedId(view), lastId);
        QVERIFY(isShown(view, lastId));
        QVERIFY(evaluate(view, QStringLiteral("window.scrollY > 0")).toBool());
        verifyWindow(view);
    }

    void findFindsAWordOnlyInACommentNotBuilt()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        ThreadView view(*m_library);
        view.setChunking(pageComments, commentsPerChunk);
        FindBar bar(view);
        layout->addWidget(&view);
        layout->addWidget(&bar);
        window.resize(1000, 800);
        window.show();
        QVERIFY(open(view, m_threadId));
        QCOMPARE(builtCommentCount(view), pageComments);

        bar.activate();
        QSignalSpy searched(&bar, &FindBar::searched);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("zebracorn"));
        QVERIFY(searched.wait(30000));
        QCOMPARE(searched.last().at(0).toInt(), 1);
        QCOMPARE(searched.last().at(1).toInt(), 1);
        QVERIFY(isShown(view, lastId));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("unicornzebra"));
        QVERIFY(searched.wait(30000));
        QCOMPARE(searched.last().at(0).toInt(), 0);

        // Text the chunk's HTML holds as character references is found as the reader sees it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("<script>window.pwned = 1</script> --> &"));
        QVERIFY(searched.wait(30000));
        QCOMPARE(searched.last().at(0).toInt(), 1);
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.querySelector('mark.find-hit.current')"
                                                   ".closest('article').dataset.id"))
                         .toString(),
                     QStringLiteral("g4500"));

        // Next and previous walk every match of the thread, built or not; the count is
        // the whole thread's.
        const QString common = QStringLiteral("about TOPIC 3.");
        int expected = 0;
        QString lastHolder;
        for (const Comment &c : m_thread.comments) {
            if (c.bodyText.contains(common, Qt::CaseInsensitive)) {
                ++expected;
                lastHolder = c.sourceId;
            }
        }
        QVERIFY(expected > 100);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), common);
        QVERIFY(searched.wait(30000));
        QCOMPARE(searched.last().at(0).toInt(), expected);
        QCOMPARE(searched.last().at(1).toInt(), 1);
        bar.findPrevious(); // wraps round to the last match, near the end of the thread
        QVERIFY(searched.wait(30000));
        QCOMPARE(searched.last().at(0).toInt(), expected);
        QCOMPARE(searched.last().at(1).toInt(), expected);
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelector('mark.find-hit.current')"
                                               ".closest('article').dataset.id"))
                     .toString(),
                 lastHolder);
        bar.findNext();
        QVERIFY(searched.wait(30000));
        QCOMPARE(searched.last().at(1).toInt(), 1);
        verifyWindow(view);
        bar.close();
        QTRY_COMPARE(
            evaluate(view, QStringLiteral("document.querySelectorAll('mark.find-hit').length")).toInt(),
            0);
    }

    void highlightsOnCommentsNotBuiltShowWhenReached()
    {
        const Comment &last = m_thread.comments.back();
        const qsizetype start = last.bodyText.indexOf(QStringLiteral("zebracorn"));
        QVERIFY(start >= 0);
        Annotation draft;
        draft.threadId = m_threadId;
        draft.commentSourceId = lastId;
        draft.position = TextPositionSelector{start, start + 9};
        draft.quote.exact = QStringLiteral("zebracorn");
        draft.color = QStringLiteral("green");
        const Annotation stored = m_library->annotations().create(draft).value();

        LibraryEditor controller(*m_library);
        ThreadView view(*m_library);
        view.setLibraryEditor(&controller);
        openChunked(view);
        QCOMPARE(
            evaluate(view, QStringLiteral("document.querySelectorAll('mark.hl').length")).toInt(),
            0);
        view.revealAnnotation(stored.id, lastId);
        QTRY_COMPARE(
            evaluate(view,
                     QStringLiteral("[...document.querySelectorAll('#c-g4999 mark.hl')]"
                                    ".map(m => m.dataset.annotation + ':' + m.textContent).join()"))
                .toString(),
            QStringLiteral("%1:zebracorn").arg(stored.id));
        QVERIFY(isShown(view, lastId));

        // Made while its comment is not built (undo, the notes pane): it appears all the same.
        const int farIndex = 4000;
        const Comment &far = m_thread.comments[farIndex];
        verifyWindow(view); // revealing the last built its chunk, not everything before it
        ThreadView fresh(*m_library);
        LibraryEditor freshController(*m_library);
        fresh.setLibraryEditor(&freshController);
        openChunked(fresh);
        Annotation farDraft;
        farDraft.threadId = m_threadId;
        farDraft.commentSourceId = far.sourceId;
        farDraft.position = TextPositionSelector{0, 7};
        farDraft.quote.exact = far.bodyText.left(7);
        farDraft.color = QStringLiteral("sky");
        const Annotation farStored = freshController.create(farDraft).value();
        // Looked at through articleOf: the window may have taken its chunk down since.
        const QString marksOfFar =
            QStringLiteral("[...Scholia.chunks.articleOf('%1').querySelectorAll('mark.hl')]"
                           ".map(m => m.dataset.annotation + ':' + m.textContent).join()")
                .arg(far.sourceId);
        QTRY_COMPARE(evaluate(fresh, marksOfFar).toString(),
                     QStringLiteral("%1:%2").arg(farStored.id).arg(far.bodyText.left(7)));
        // Its chunk taken down (the reader went far away) and built again keeps the mark.
        for (const int elsewhere : {0, 1000, 2000, 3000, 4999, 500, 1500, 2500}) {
            QVERIFY(evaluate(fresh, QStringLiteral("Scholia.focusComment('%1')")
                                        .arg(m_thread.comments[size_t(elsewhere)].sourceId))
                        .toBool());
            QTest::qWait(50);
        }
        QTRY_VERIFY(evaluate(fresh, QStringLiteral("!document.getElementById('c-%1')")
                                        .arg(far.sourceId))
                        .toBool());
        verifyWindow(fresh);
        QVERIFY(evaluate(fresh, QStringLiteral("Scholia.focusComment('%1')").arg(far.sourceId))
                    .toBool());
        QCOMPARE(evaluate(fresh, marksOfFar).toString(),
                 QStringLiteral("%1:%2").arg(farStored.id).arg(far.bodyText.left(7)));
        QVERIFY(freshController.remove(farStored.id).ok());
        QTRY_COMPARE(evaluate(fresh, marksOfFar).toString(), QString());
        QVERIFY(m_library->annotations().remove(stored.id).ok());
    }

    void selectingTextInALaterBuiltCommentAnchorsIt()
    {
        ThreadView view(*m_library);
        openChunked(view);
        QVERIFY(evaluate(view, QStringLiteral("Scholia.focusComment('%1')").arg(lastId)).toBool());
        evaluate(view, QStringLiteral(
                           "(() => { const t = document.querySelector('#c-g4999 p').firstChild;"
                           " const r = document.createRange(); r.setStart(t, 5); r.setEnd(t, 9);"
                           " getSelection().removeAllRanges(); getSelection().addRange(r); })()"));
        const QVariantMap anchor =
            evaluate(view, QStringLiteral("Scholia.selectionAnchor()")).toMap();
        QCOMPARE(anchor.value(QStringLiteral("commentId")).toString(), lastId);
        QCOMPARE(anchor.value(QStringLiteral("start")).toInt(), 5);
        QCOMPARE(anchor.value(QStringLiteral("exact")).toString(), lastText.mid(5, 4));
    }

    void savedFocusFarDownIsRestored()
    {
        ThreadViewState state;
        state.focused = QStringLiteral("g3000");
        QVERIFY(m_library->threads().saveViewState(m_threadId, state).ok());
        ThreadView view(*m_library);
        openChunked(view);
        QCOMPARE(focusedId(view), QStringLiteral("g3000"));
        verifyWindow(view); // its chunk alone, not everything before it
        QVERIFY(
            evaluate(view, QStringLiteral(
                               "document.getElementById('c-g3000').classList.contains('focused')"))
                .toBool());
        QVERIFY(evaluate(view, QStringLiteral("window.scrollY > 0")).toBool());
    }

    void darkThemeReachesCommentsBuiltLater()
    {
        ThreadView view(*m_library);
        openChunked(view);
        evaluate(view, QStringLiteral("document.documentElement.className = 'dark'"));
        QVERIFY(evaluate(view, QStringLiteral("Scholia.focusComment('%1')").arg(lastId)).toBool());
        QCOMPARE(evaluate(view,
                          QStringLiteral(
                              "getComputedStyle(document.querySelector('#c-g4999 > .body')).color"))
                     .toString(),
                 QStringLiteral("rgb(230, 230, 230)"));
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestChunkedThreadView>(argc, argv, "tst_chunkedthreadview");
}
#include "tst_chunkedthreadview.moc"
