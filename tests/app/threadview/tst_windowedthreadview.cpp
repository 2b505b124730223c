// A 50 000-comment thread in the real thread view, with the view's own chunking: whatever
// the reader jumps to (the end, a comment in the middle, a search hit, the thread map) or
// scrolls through, the page keeps a bounded number of comments built.

#include "app/threadview/offlinerequestinterceptor.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

constexpr int commentCount = 50000;
// chunks.js builds at most 6 chunks; the scheme handler's chunks hold 400 comments.
constexpr int maxBuilt = 6 * 400;

// Short bodies, made directly (sanitizing 50 000 of them would only cost time): a forum
// mix of top-level comments with reply chains up to five deep.
ThreadDocument bigThread()
{
    std::vector<LinkedComment> linked;
    linked.reserve(commentCount);
    int chainDepth = 0;
    for (int i = 0; i < commentCount; ++i) {
        Comment c;
        c.sourceId = QStringLiteral("w%1").arg(i);
        c.author = QStringLiteral("user%1").arg(i % 13);
        c.bodyText = QStringLiteral("Comment %1 of a long thread.").arg(i);
        c.bodyHtml = QStringLiteral("<p>%1</p>").arg(c.bodyText);
        chainDepth = (i % 7 == 0) ? 0 : qMin(chainDepth + 1, 5);
        const QString parent = chainDepth == 0 ? QString() : QStringLiteral("w%1").arg(i - 1);
        linked.push_back({std::move(c), parent});
    }
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("windowed");
    doc.title = QStringLiteral("A very long thread");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

} // namespace

class TestWindowedThreadView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_threadId = 0;

    static QString focusedId(ThreadView &view)
    {
        return evaluate(view, QStringLiteral("Scholia.state().focused")).toString();
    }

    static bool onScreen(ThreadView &view, const QString &id)
    {
        return evaluate(view, QStringLiteral("(() => { const a = document.getElementById('c-%1');"
                                             " if (!a) return false; const r = a.getBoundingClientRect();"
                                             " return r.bottom > 0 && r.top < innerHeight; })()")
                                  .arg(id))
            .toBool();
    }

    void openShown(ThreadView &view)
    {
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, m_threadId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        m_threadId = m_library->threads().saveThread(bigThread()).value();
    }

    // The page as served holds its first chunk's comments and empty boxes; the others
    // come from the scheme handler when the page asks, the same comments in the same
    // order, and a chunk taken down again keeps no HTML in the page.
    void servedPageHoldsItsFirstChunkAndFetchesTheRest()
    {
        ThreadView view(*m_library);
        openShown(view);
        const QString page = evaluate(view, QStringLiteral(
            "(() => { const r = new XMLHttpRequest(); r.open('GET', location.href, false);"
            " r.send(); return r.responseText; })()")).toString();
        QVERIFY(page.contains(QStringLiteral("id=\"c-w0\"")));
        QCOMPARE(page.count(QStringLiteral("<article ")), 400);
        QVERIFY(!page.contains(QStringLiteral("later-chunk")));
        QCOMPARE(page.count(QStringLiteral("class=\"comments chunk unbuilt\"")), (commentCount - 400) / 400);

        // Chunk 60 holds comments 400 + 59 * 400 onwards.
        const QVariantList chunk = evaluate(view, QStringLiteral(
            "(() => { Scholia.index.ensure(); const box = document.createElement('div');"
            " box.innerHTML = Scholia.index.chunkHtml(60);"
            " return [...box.children].map(a => a.dataset.id + '|' + a.querySelector('.body').textContent); })()"))
                                       .toList();
        QCOMPARE(chunk.size(), 400);
        for (int j = 0; j < chunk.size(); ++j) {
            const int i = 400 + 59 * 400 + j;
            QCOMPARE(chunk[j].toString(), QStringLiteral("w%1|Comment %1 of a long thread.").arg(i));
        }

        // Find's matches come from the scheme handler in one request, in the page's order:
        // "comment 4567" is in w4567 and w45670–w45679, "comment " in every comment once.
        QCOMPARE(evaluate(view, QStringLiteral("(() => { const m = Scholia.index.fetchFindMatches('comment 4567');"
                                               " return m.total + '|' + m.comments.join(','); })()")).toString(),
                 QStringLiteral("11|4567,45670,45671,45672,45673,45674,45675,45676,45677,45678,45679"));
        QCOMPARE(evaluate(view, QStringLiteral("Scholia.index.fetchFindMatches('COMMENT '.toLowerCase()).total")).toInt(),
                 commentCount);
        QCOMPARE(evaluate(view, QStringLiteral("Scholia.findInThread('comment 45678 of', false).matches")).toInt(), 1);
        QTRY_VERIFY(onScreen(view, QStringLiteral("w45678")));
        evaluate(view, QStringLiteral("Scholia.clearFind()"));

        view.revealComment(QStringLiteral("w40000"), {});
        QTRY_VERIFY(onScreen(view, QStringLiteral("w40000")));
        view.revealComment(QStringLiteral("w100"), {});
        QTRY_VERIFY(onScreen(view, QStringLiteral("w100")));
        QTest::qWait(300);
        // w40000's chunk was taken down (or will be fetched again), not kept as a string.
        QTRY_VERIFY(evaluate(view, QStringLiteral("!document.getElementById('c-w40000')")).toBool());
        QVERIFY(evaluate(view, QStringLiteral("Scholia.index.chunkData.every(d => d === null || typeof d === 'number')"))
                    .toBool());
        QCOMPARE(view.interceptor().blockedCount(), 0);
    }

    void jumpsAnywhereKeepTheWindowBounded()
    {
        ThreadView view(*m_library);
        openShown(view);
        QVERIFY(builtCommentCount(view) <= maxBuilt);
        // The scroll bar spans the whole thread from the start.
        QVERIFY(evaluate(view, QStringLiteral("document.documentElement.scrollHeight > 1000 * innerHeight"))
                    .toBool());

        // End: the last comment is built and shown, not everything before it.
        view.setFocus();
        QTRY_VERIFY(view.focusProxy() && view.focusProxy()->hasFocus());
        QTest::keyClick(view.focusProxy(), Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen(view, QStringLiteral("w49999")), 20000);
        QTest::qWait(300); // the neighbours the window builds after the jump
        QVERIFY2(builtCommentCount(view) <= maxBuilt, qPrintable(QString::number(builtCommentCount(view))));
        QVERIFY(evaluate(view, QStringLiteral("!document.getElementById('c-w0')")).toBool());

        // A comment in the middle, as a search result opens it.
        view.revealComment(QStringLiteral("w25000"), {});
        QTRY_COMPARE(focusedId(view), QStringLiteral("w25000"));
        QTRY_VERIFY(onScreen(view, QStringLiteral("w25000")));
        QTest::qWait(300);
        QVERIFY(builtCommentCount(view) <= maxBuilt);

        // The thread map's jump, by position.
        bool jumped = false;
        view.jumpToComment(10000, true, [&] { jumped = true; });
        QTRY_VERIFY(jumped);
        QTRY_COMPARE(focusedId(view), QStringLiteral("w10000"));
        QTest::qWait(300);
        QVERIFY(builtCommentCount(view) <= maxBuilt);

        // Scrolling through, a stretch at a time.
        for (int step = 1; step <= 10; ++step) {
            evaluate(view, QStringLiteral("window.scrollTo(0, document.documentElement.scrollHeight * %1 / 10)")
                               .arg(step));
            QTest::qWait(100);
            QVERIFY2(builtCommentCount(view) <= maxBuilt, qPrintable(QString::number(builtCommentCount(view))));
        }
    }

    // A save of the thread while its page is open: the page's chunk URLs name the save it
    // was served from, the handler refuses them from then on, and the page asking for a
    // chunk reloads itself with the thread as it is now. (Last: it saves the thread again.)
    void chunksOfAnEarlierSaveAreRefused()
    {
        ThreadView view(*m_library);
        openShown(view);
        const QString fetch = QStringLiteral(
            "(() => { const r = new XMLHttpRequest();"
            " try { r.open('GET', Scholia.index.chunksUrl + %1, false); r.send(); }"
            " catch (e) { return 'refused'; } return r.responseText.length > 0 ? 'served' : 'empty'; })()");
        const QString servedUrl = evaluate(view, QStringLiteral("Scholia.index.ensure(), Scholia.index.chunksUrl")).toString();
        QVERIFY2(servedUrl.contains(QStringLiteral("/save/")), qPrintable(servedUrl));
        QCOMPARE(evaluate(view, fetch.arg(30)).toString(), QStringLiteral("served"));
        // Another version number than the page's is refused too.
        QCOMPARE(evaluate(view, QStringLiteral(
                     "(() => { const r = new XMLHttpRequest();"
                     " try { r.open('GET', Scholia.index.chunksUrl.replace(/save\\/\\d+/, 'save/999999') + 30, false); r.send(); }"
                     " catch (e) { return 'refused'; } return 'served'; })()")).toString(),
                 QStringLiteral("refused"));

        QVERIFY(m_library->threads().saveThread(bigThread()).ok());
        QCOMPARE(evaluate(view, fetch.arg(30)).toString(), QStringLiteral("refused"));
        QCOMPARE(evaluate(view, QStringLiteral(
                     "(() => { const r = new XMLHttpRequest();"
                     " try { r.open('GET', Scholia.index.chunksUrl.replace(/chunk\\/$/, 'find') + '?q=comment', false); r.send(); }"
                     " catch (e) { return 'refused'; } return 'served'; })()")).toString(),
                 QStringLiteral("refused"));

        // Building a chunk now makes the page reload, with the new save's URL.
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        evaluate(view, QStringLiteral("Scholia.index.chunkHtml(40).length"));
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(evaluate(view, QStringLiteral("typeof Scholia === 'object' && (Scholia.index.ensure(), Scholia.index.chunksUrl)"))
                        .toString().contains(QStringLiteral("/save/")));
        const QString reloadedUrl = evaluate(view, QStringLiteral("Scholia.index.chunksUrl")).toString();
        QVERIFY2(reloadedUrl != servedUrl, qPrintable(reloadedUrl));
        QCOMPARE(evaluate(view, fetch.arg(30)).toString(), QStringLiteral("served"));
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestWindowedThreadView>(argc, argv, "tst_windowedthreadview");
}
#include "tst_windowedthreadview.moc"
