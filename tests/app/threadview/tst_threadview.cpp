// The reading experience in the real thread view (QtWebEngine, offscreen): the comment
// tree in the DOM, collapse and navigation by keys and clicks, the state kept across
// reopening, and a view that never reaches the network.

#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadbridge.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

// A deterministic 500-comment thread shaped like a forum: most replies shallow, a few
// long chains. Comment 0 always has replies.
ThreadDocument generatedThread(int count, quint64 seed)
{
    QRandomGenerator random(seed);
    std::vector<LinkedComment> linked;
    std::vector<int> depthOf;
    for (int i = 0; i < count; ++i) {
        int parent = -1;
        if (i == 1) {
            parent = 0;
        } else if (i > 1) {
            const int roll = random.bounded(100);
            if (roll < 25)
                parent = -1; // a new top-level comment
            else if (roll < 70)
                parent = i - 1; // continue the chain
            else
                parent = random.bounded(i); // reply somewhere earlier
        }
        Comment c;
        c.sourceId = QStringLiteral("g%1").arg(i);
        c.author = QStringLiteral("user%1").arg(random.bounded(40));
        const SanitizedHtml body = HtmlSanitizer::sanitize(
            QStringLiteral("<p>Comment number %1 says something about topic %2.</p>").arg(i).arg(random.bounded(9)));
        c.bodyHtml = body.html;
        c.bodyText = body.text;
        c.score = random.bounded(200);
        linked.push_back({c, parent >= 0 ? QStringLiteral("g%1").arg(parent) : QString()});
    }
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("generated-%1").arg(seed);
    doc.title = QStringLiteral("A generated thread");
    doc.author = QStringLiteral("user1");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

} // namespace

class TestThreadView : public QObject
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

    // Key presses go to the widget Chromium renders into.
    static void press(ThreadView &view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = view.focusProxy() ? view.focusProxy() : &view;
        QTest::keyClick(target, key, modifiers);
        QTest::qWait(30);
    }

    int visibleCount(ThreadView &view)
    {
        return evaluate(view, QStringLiteral("[...document.querySelectorAll('main.comments > article.comment')]"
                                             ".filter(a => a.offsetParent !== null).length")).toInt();
    }

private slots:
    void initTestCase()
    {
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        m_thread = generatedThread(500, 7);
        m_threadId = m_library->threads().saveThread(m_thread).value();
    }

    void everyCommentIsInTheDomInPreorderWithItsDepth()
    {
        ThreadView view(*m_library);
        view.resize(1000, 800);
        view.show();
        QVERIFY(open(view, m_threadId));
        QStringList expected;
        for (const Comment &c : m_thread.comments)
            expected << QStringLiteral("%1:%2").arg(c.sourceId).arg(c.depth);
        const QString dom = evaluate(view, QStringLiteral(
            "[...document.querySelectorAll('main.comments > article.comment')]"
            ".map(a => a.dataset.id + ':' + a.dataset.depth).join(',')")).toString();
        QCOMPARE(dom.split(QLatin1Char(',')), expected);
        QCOMPARE(view.interceptor().blockedCount(), 0);
    }

    void keysMoveFocusInPreorderAndCollapse()
    {
        ThreadView view(*m_library);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, m_threadId));
        view.setFocus();
        QTRY_VERIFY(view.focusProxy() && view.focusProxy()->hasFocus());

        press(view, Qt::Key_J);
        QTRY_COMPARE(focusedId(view), QStringLiteral("g0"));
        press(view, Qt::Key_J);
        QTRY_COMPARE(focusedId(view), m_thread.comments[1].sourceId);
        press(view, Qt::Key_J);
        QTRY_COMPARE(focusedId(view), m_thread.comments[2].sourceId);
        press(view, Qt::Key_K);
        QTRY_COMPARE(focusedId(view), m_thread.comments[1].sourceId);
        press(view, Qt::Key_U);
        QTRY_COMPARE(focusedId(view), QStringLiteral("g0"));

        // Space collapses g0's subtree; everything under it disappears from view.
        const int all = visibleCount(view);
        QCOMPARE(all, int(m_thread.comments.size()));
        const int subtree = CommentTree::subtreeEnd(m_thread.comments, 0) - 1;
        QVERIFY(subtree > 0);
        press(view, Qt::Key_Space);
        QTRY_COMPARE(visibleCount(view), all - subtree);
        QVERIFY(evaluate(view, QStringLiteral("document.getElementById('c-g0').classList.contains('collapsed')")).toBool());
        // j now skips the hidden subtree.
        press(view, Qt::Key_J);
        QTRY_COMPARE(focusedId(view), m_thread.comments[size_t(subtree + 1)].sourceId);
        press(view, Qt::Key_K);
        QTRY_COMPARE(focusedId(view), QStringLiteral("g0"));
        press(view, Qt::Key_Return);
        QTRY_COMPARE(visibleCount(view), all);

        // Shift+C collapses each reply of the focused comment.
        press(view, Qt::Key_C, Qt::ShiftModifier);
        QTRY_VERIFY(visibleCount(view) < all);
        QVERIFY(evaluate(view, QStringLiteral("document.getElementById('c-g1').classList.contains('collapsed') "
                                              "|| !document.querySelector('#c-g1 .toggle')")).toBool());
        QVERIFY(!evaluate(view, QStringLiteral("document.getElementById('c-g0').classList.contains('collapsed')")).toBool());
        view.expandAll();
        QTRY_COMPARE(visibleCount(view), all);

        // ? shows the shortcut overlay, Esc hides it.
        press(view, Qt::Key_Question, Qt::ShiftModifier);
        QTRY_VERIFY(!evaluate(view, QStringLiteral("document.getElementById('shortcuts').hidden")).toBool());
        press(view, Qt::Key_Escape);
        QTRY_VERIFY(evaluate(view, QStringLiteral("document.getElementById('shortcuts').hidden")).toBool());
    }

    void clickingTheToggleCollapsesAndTheStateIsRestored()
    {
        // A top-level comment other than g0 that has replies.
        QString target;
        int subtree = 0;
        for (size_t i = 1; i < m_thread.comments.size() && target.isEmpty(); ++i) {
            const int end = CommentTree::subtreeEnd(m_thread.comments, int(i));
            if (m_thread.comments[i].depth == 0 && end > int(i) + 1) {
                target = m_thread.comments[i].sourceId;
                subtree = end - int(i) - 1;
            }
        }
        QVERIFY(!target.isEmpty());

        {
            ThreadView view(*m_library);
            view.resize(1000, 800);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(open(view, m_threadId));
            view.expandAll();
            const int all = int(m_thread.comments.size());
            QTRY_COMPARE(visibleCount(view), all);

            // Scroll the comment into view, then click its [–] like a reader would.
            const QVariantList rect = evaluate(view, QStringLiteral(
                "(() => { const t = document.querySelector('#c-%1 .toggle'); t.scrollIntoView({block: 'center'});"
                " const r = t.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
                                                         .arg(target)).toList();
            QCOMPARE(rect.size(), 2);
            QTest::qWait(100);
            const QPoint point(int(rect[0].toDouble() * view.zoomFactor()), int(rect[1].toDouble() * view.zoomFactor()));
            QWidget *surface = view.focusProxy() ? view.focusProxy() : &view;
            QTest::mouseClick(surface, Qt::LeftButton, Qt::NoModifier, point);
            QTRY_COMPARE(visibleCount(view), all - subtree);
            QTRY_COMPARE(focusedId(view), target);

            // The bridge writes the state a moment later.
            QTRY_VERIFY_WITH_TIMEOUT(
                m_library->threads().loadViewState(m_threadId)->collapsed.contains(target), 5000);
            QCOMPARE(m_library->threads().loadViewState(m_threadId)->focused, target);
        }

        // Reopened: drawn collapsed and focused before any script runs.
        ThreadView again(*m_library);
        again.resize(1000, 800);
        again.show();
        QVERIFY(open(again, m_threadId));
        QVERIFY(evaluate(again, QStringLiteral("document.getElementById('c-%1').classList.contains('collapsed')").arg(target)).toBool());
        QCOMPARE(visibleCount(again), int(m_thread.comments.size()) - subtree);
        QCOMPARE(focusedId(again), target);
    }

    void bridgeRefusesWhatTheThreadDoesNotHave()
    {
        ThreadBridge bridge(*m_library);
        QVERIFY(!bridge.saveViewState(QVariantList{}, QString())); // no thread yet
        bridge.setThread(m_threadId);
        const ThreadViewState before = m_library->threads().loadViewState(m_threadId).value();
        QVERIFY(!bridge.saveViewState(QVariantList{QStringLiteral("not-a-comment")}, QString()));
        QVERIFY(!bridge.saveViewState(QVariantList{42}, QString()));
        QVERIFY(!bridge.saveViewState(QStringLiteral("g1"), QString()));
        QVERIFY(!bridge.saveViewState(QVariantList{}, 17));
        QVERIFY(!bridge.saveViewState(QVariantList{}, QStringLiteral("nope")));
        QCOMPARE(bridge.refusedCalls(), 6);
        QCOMPARE(m_library->threads().loadViewState(m_threadId).value(), before);
        QVERIFY(bridge.saveViewState(QVariantList{QStringLiteral("g0")}, QStringLiteral("g1")));
        QCOMPARE(m_library->threads().loadViewState(m_threadId)->collapsed,
                 QStringList{QStringLiteral("g0")});
    }

    void hostilePageNeverReachesTheNetwork()
    {
        // A listening socket stands in for "the network": nothing may ever connect to it.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());

        // A library tampered with behind Scholia's back: comment bodies that skipped the
        // sanitizer. The page's CSP and the interceptor still have to hold.
        ThreadDocument hostile = generatedThread(5, 99);
        hostile.sourceId = QStringLiteral("hostile");
        hostile.comments[0].bodyHtml = QStringLiteral(
            "<img src=\"%1/img\"><script>window.canary = 1;</script>"
            "<script src=\"%1/evil.js\"></script><link rel=\"stylesheet\" href=\"%1/x.css\">"
            "<iframe src=\"%1/frame\"></iframe><img src=x onerror=\"window.canary = 2\">"
            "<style>body { background: url(%1/bg.png) }</style><object data=\"%1/o\"></object>").arg(origin);
        const qint64 hostileId = m_library->threads().saveThread(hostile).value();

        ThreadView view(*m_library);
        view.resize(1000, 800);
        view.show();
        QVERIFY(open(view, hostileId));
        QTest::qWait(500);
        QCOMPARE(evaluate(view, QStringLiteral("typeof window.canary")).toString(), QStringLiteral("undefined"));
        QCOMPARE(view.interceptor().blockedCount(), 0); // the CSP stopped everything first

        // Whatever page runs on the view's profile, with no CSP at all, still cannot get
        // out: the interceptor blocks the requests.
        QWebEnginePage bare(view.profile());
        QSignalSpy bareLoaded(&bare, &QWebEnginePage::loadFinished);
        bare.setHtml(QStringLiteral("<img src=\"%1/pixel\"><link rel=stylesheet href=\"%1/x.css\">").arg(origin),
                     QUrl(QStringLiteral("scholia://thread/bare")));
        QVERIFY(bareLoaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(view.interceptor().blockedCount() >= 1, 10000);
        QTest::qWait(300);
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(200));
    }

    void veryDeepChainOpensAndNavigates()
    {
        // A 100 000-deep reply chain, far deeper than Chromium nests elements; the page is flat, so it
        // opens, and the keys walk it.
        const int depth = 100000;
        std::vector<LinkedComment> linked;
        linked.reserve(depth);
        for (int i = 0; i < depth; ++i) {
            Comment c;
            c.sourceId = QStringLiteral("d%1").arg(i);
            c.author = QStringLiteral("chain");
            c.bodyText = QStringLiteral("level %1").arg(i);
            c.bodyHtml = c.bodyText;
            linked.push_back({c, i ? QStringLiteral("d%1").arg(i - 1) : QString()});
        }
        ThreadDocument chain;
        chain.sourceKind = QStringLiteral("test");
        chain.sourceId = QStringLiteral("deep-chain");
        chain.title = QStringLiteral("Deep");
        chain.comments = CommentTree::arrange(std::move(linked)).value();
        const qint64 chainId = m_library->threads().saveThread(chain).value();

        ThreadView view(*m_library);
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, chainId));
        view.setFocus();
        QTRY_VERIFY(view.focusProxy() && view.focusProxy()->hasFocus());
        for (int i = 0; i < 3; ++i)
            press(view, Qt::Key_J);
        QTRY_COMPARE(focusedId(view), QStringLiteral("d2"));
        press(view, Qt::Key_U);
        QTRY_COMPARE(focusedId(view), QStringLiteral("d1"));
        // The page builds its first comments; focusing the deepest builds its chunk, not
        // everything before it (the window holds at most six chunks of 400).
        QVERIFY(evaluate(view, QStringLiteral("Scholia.focusComment('d%1')").arg(depth - 1)).toBool());
        QVERIFY(evaluate(view, QStringLiteral("document.querySelectorAll('article.comment').length")).toInt()
                <= 6 * 400);
        QCOMPARE(evaluate(view, QStringLiteral("[...document.querySelectorAll('main.comments article.comment')].pop().dataset.depth")).toString(),
                 QString::number(depth - 1));
        press(view, Qt::Key_U);
        QTRY_COMPARE(focusedId(view), QStringLiteral("d%1").arg(depth - 2));
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestThreadView>(argc, argv, "tst_threadview");
}

#include "tst_threadview.moc"
