// The thread map beside the real thread view (issue 18, item 4): the page reports the
// comments on screen and Find's hits through the bridge, the map shows them, and a click
// on the map takes the page there, building the chunks on the way. A 3 000-comment thread
// whose page builds 100 comments at first and 200 at a time after.

#include "app/threadview/findbar.h"
#include "app/threadview/threadbridge.h"
#include "app/threadview/threadmapcontroller.h"
#include "app/threadview/threadmapstrip.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "core/highlightpalette.h"
#include "core/threadviewstate.h"
#include "html/htmlsanitizer.h"
#include "library/libraryeditor.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QHBoxLayout>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

constexpr int commentCount = 3000;
constexpr int findComment = 2500;
constexpr int annotatedComment = 1500;

ThreadDocument mappedThread()
{
    std::vector<LinkedComment> linked;
    for (int i = 0; i < commentCount; ++i) {
        Comment c;
        c.sourceId = QStringLiteral("m%1").arg(i);
        c.author = QStringLiteral("user%1").arg(i % 13);
        const QString text = i == findComment
                                 ? QStringLiteral("Only this comment mentions the zebracorn.")
                                 : QStringLiteral("Comment number %1 has %2 words to say.")
                                       .arg(i)
                                       .arg(QString(i % 50, QLatin1Char('w')));
        const SanitizedHtml body = HtmlSanitizer::sanitize(QStringLiteral("<p>%1</p>").arg(text));
        c.bodyHtml = body.html;
        c.bodyText = body.text;
        // Runs of three: a top-level comment, its reply, the reply's reply.
        linked.push_back({c, i % 3 == 0 ? QString() : QStringLiteral("m%1").arg(i - 1)});
    }
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("mapped");
    doc.title = QStringLiteral("A thread to map");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

// The thread view with the map beside it and the find bar under it, as the window has them.
struct MappedView
{
    explicit MappedView(Library &library)
        : view(new ThreadView(library)), strip(new ThreadMapStrip), findBar(new FindBar(*view)),
          controller(library, *view, *strip)
    {
        auto *column = new QVBoxLayout(&window);
        auto *row = new QHBoxLayout;
        row->addWidget(view, 1);
        row->addWidget(strip);
        column->addLayout(row, 1);
        column->addWidget(findBar);
        controller.setFindBar(findBar);
        controller.setShown(true);
        view->setChunking(100, 200);
        window.resize(1000, 700);
    }

    QWidget window;
    ThreadView *view;
    ThreadMapStrip *strip;
    FindBar *findBar;
    ThreadMapController controller;
};

// The built comments the page shows in its window, by index: [first, last], from their
// boxes, measured independently of threadmap.js.
QPair<int, int> onScreen(ThreadView &view)
{
    const QVariantList range =
        evaluate(
            view,
            QStringLiteral(
                "(() => { let first = -1, last = -1;"
                " document.querySelectorAll('.comments > article.comment').forEach((a, i) => {"
                "  const r = a.getBoundingClientRect();"
                "  if (a.offsetParent !== null && r.bottom > 0 && r.top < window.innerHeight) {"
                "   if (first < 0) first = i; last = i; } });"
                " return [first, last]; })()"))
            .toList();
    return range.size() == 2 ? qMakePair(range[0].toInt(), range[1].toInt()) : qMakePair(-2, -2);
}

} // namespace

class TestThreadMapView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_threadId = 0;

    bool openMapped(MappedView &mapped)
    {
        mapped.window.show();
        if (!QTest::qWaitForWindowExposed(&mapped.window) || !open(*mapped.view, m_threadId))
            return false;
        return QTest::qWaitFor(
            [&] { return mapped.strip->mapLayout().commentCount() == commentCount; }, 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        m_threadId = m_library->threads().saveThread(mappedThread()).value();
    }

    // Each test opens the thread at its top: a jump saves the focus, which the next
    // opening would scroll to.
    void init() { QVERIFY(m_library->threads().saveViewState(m_threadId, ThreadViewState{}).ok()); }

    void pageReportsTheCommentsOnScreen()
    {
        MappedView mapped(*m_library);
        QVERIFY(openMapped(mapped));
        // At the top: the post, then the first comments.
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportFirst() == 0, 10000);
        QVERIFY(mapped.strip->viewportLast() > 0);
        QCOMPARE(mapped.strip->viewportLast(), onScreen(*mapped.view).second);

        // Scrolled into the middle of the built comments: the map follows.
        evaluate(
            *mapped.view,
            QStringLiteral("document.getElementById('c-m60').scrollIntoView({block: 'start'})"));
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportFirst() >= 55, 10000);
        const QPair<int, int> shown = onScreen(*mapped.view);
        QTRY_COMPARE_WITH_TIMEOUT(mapped.strip->viewportFirst(), shown.first, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(mapped.strip->viewportLast(), shown.second, 5000);
        const QRect box = mapped.strip->viewportRect();
        const auto [top, bottom] =
            mapped.strip->mapLayout().span(shown.first, shown.second, mapped.strip->height());
        // (A box a few pixels high at least, centred on the range.)
        QVERIFY2(box.top() <= top && box.bottom() >= bottom - 1 &&
                     box.height() <= std::max(6, bottom - top),
                 qPrintable(QStringLiteral("box %1–%2, range %3–%4")
                                .arg(box.top())
                                .arg(box.bottom())
                                .arg(top)
                                .arg(bottom)));

        // Collapsing the comment at the top brings its hidden replies' followers on screen.
        const int before = mapped.strip->viewportLast();
        evaluate(*mapped.view,
                 QStringLiteral("Scholia.toggle('m60'); Scholia.threadMap.scheduleReport()"));
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportLast() > before, 5000);
    }

    void clickOnTheMapTakesThePageThere()
    {
        MappedView mapped(*m_library);
        QVERIFY(openMapped(mapped));
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportFirst() == 0, 10000);
        const ThreadMapLayout &layout = mapped.strip->mapLayout();
        const int height = mapped.strip->height();
        const int y = layout.yOf(2200, height);
        const int target = layout.commentAt(y, height);
        QVERIFY(target >= 2100 && target <= 2200); // far beyond the 100 comments built at first
        QTest::mouseClick(mapped.strip, Qt::LeftButton, {}, QPoint(20, y));

        // The page built the chunks up to it, focused it and scrolled it into view…
        const QString id = QStringLiteral("m%1").arg(target);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(*mapped.view, QStringLiteral("Scholia.state().focused")).toString(), id,
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(*mapped.view,
                     QStringLiteral("(() => { const r = document.getElementById('c-%1')"
                                    ".getBoundingClientRect();"
                                    " return r.top >= 0 && r.bottom <= window.innerHeight; })()")
                         .arg(id))
                .toBool(),
            10000);
        // … and told the map, whose box is now around it.
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportFirst() <= target &&
                                     target <= mapped.strip->viewportLast(),
                                 10000);
        QVERIFY(mapped.strip->viewportRect().contains(QPoint(20, y)));
    }

    void dragOverTheMapScrollsWithoutChangingFocus()
    {
        MappedView mapped(*m_library);
        QVERIFY(openMapped(mapped));
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportFirst() == 0, 10000);
        mapped.view->jumpToComment(5, true);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(*mapped.view, QStringLiteral("Scholia.state().focused")).toString(),
            QStringLiteral("m5"), 10000);
        // What a drag asks for: the comment shown, the focus left where it was.
        mapped.view->jumpToComment(1200, false);
        QTRY_VERIFY_WITH_TIMEOUT(
            mapped.strip->viewportFirst() <= 1200 && 1200 <= mapped.strip->viewportLast(), 15000);
        QCOMPARE(evaluate(*mapped.view, QStringLiteral("Scholia.state().focused")).toString(),
                 QStringLiteral("m5"));
        // A drag over the map: many jumps, carried out one after the other, the last one
        // where the pointer stopped; the focus still where it was.
        const int height = mapped.strip->height();
        QTest::mousePress(mapped.strip, Qt::LeftButton, {}, QPoint(20, 10));
        for (int y = 20; y <= height / 2; y += 7)
            QTest::mouseMove(mapped.strip, QPoint(20, y));
        const int stop =
            mapped.strip->mapLayout().commentAt(height / 2 - (height / 2 - 20) % 7, height);
        QTRY_VERIFY_WITH_TIMEOUT(
            mapped.strip->viewportFirst() <= stop && stop <= mapped.strip->viewportLast(), 15000);
        QCOMPARE(evaluate(*mapped.view, QStringLiteral("Scholia.state().focused")).toString(),
                 QStringLiteral("m5"));
        QTest::mouseRelease(mapped.strip, Qt::LeftButton, {},
                            QPoint(20, height / 2 - (height / 2 - 20) % 7));
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(*mapped.view, QStringLiteral("Scholia.state().focused")).toString(),
            QStringLiteral("m%1").arg(stop), 10000);
        // Out of range: nothing happens.
        mapped.view->jumpToComment(commentCount + 10, true);
        QTest::qWait(200);
        QCOMPARE(evaluate(*mapped.view, QStringLiteral("Scholia.state().focused")).toString(),
                 QStringLiteral("m%1").arg(stop));
    }

    void findHitsAndAnnotationsAppearOnTheMap()
    {
        MappedView mapped(*m_library);
        LibraryEditor editor(*m_library);
        mapped.view->setLibraryEditor(&editor);
        mapped.controller.setLibraryEditor(&editor);
        editor.setThread(m_threadId);
        QVERIFY(openMapped(mapped));
        const ThreadMapLayout &layout = mapped.strip->mapLayout();
        const auto rowOf = [&](int comment) {
            for (const ThreadMapRow &row :
                 layout.rows(mapped.strip->height(), mapped.strip->treeArea().width()))
                if (comment >= row.firstComment && comment < row.endComment)
                    return row;
            return ThreadMapRow{};
        };

        mapped.findBar->activate();
        QSignalSpy searched(mapped.findBar, &FindBar::searched);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("zebracorn"));
        QVERIFY(searched.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(layout.findHitCount(), 1, 5000);
        QVERIFY(rowOf(findComment).findHit);
        mapped.findBar->close();
        QCOMPARE(layout.findHitCount(), 0);

        Annotation draft;
        draft.threadId = m_threadId;
        draft.commentSourceId = QStringLiteral("m%1").arg(annotatedComment);
        draft.color = QStringLiteral("green");
        QVERIFY(editor.create(draft).ok());
        const quint8 green =
            quint8(1u << HighlightPalette::names().indexOf(QStringLiteral("green")));
        QCOMPARE(rowOf(annotatedComment).annotationColors & green, green);
        QVERIFY(editor.undoStack()->canUndo());
        editor.undoStack()->undo();
        QCOMPARE(rowOf(annotatedComment).annotationColors, quint8(0));
    }

    void hiddenMapReadsNothingUntilShown()
    {
        MappedView mapped(*m_library);
        QSignalSpy served(&mapped.view->schemeHandler(), &ThreadSchemeHandler::threadServed);
        mapped.controller.setShown(false);
        mapped.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mapped.window));
        QVERIFY(open(*mapped.view, m_threadId));
        QCOMPARE(served.size(), 1); // the page's own reading, which a shown map shares
        QVERIFY(!mapped.strip->isVisible());
        QCOMPARE(mapped.strip->mapLayout().commentCount(), 0);
        // Shown with the thread already open: it reads the thread itself, at once.
        mapped.controller.setShown(true);
        QVERIFY(mapped.strip->isVisible());
        QCOMPARE(mapped.strip->mapLayout().commentCount(), commentCount);
        // The page's next report puts the box back.
        evaluate(*mapped.view, QStringLiteral("window.scrollBy(0, 400)"));
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportFirst() >= 0, 10000);
    }

    void bridgeRefusesReportsOutsideTheThread()
    {
        MappedView mapped(*m_library);
        QVERIFY(openMapped(mapped));
        QTRY_VERIFY_WITH_TIMEOUT(mapped.strip->viewportFirst() == 0, 10000);
        const int last = mapped.strip->viewportLast();
        const int refused = mapped.view->bridge().refusedCalls();
        QSignalSpy viewport(&mapped.view->bridge(), &ThreadBridge::viewportReported);
        QSignalSpy hits(&mapped.view->bridge(), &ThreadBridge::findHitsReported);
        evaluate(*mapped.view,
                 QStringLiteral("const b = Scholia.bridge.object();"
                                " b.reportViewport(5, %1); b.reportViewport(9, 3);"
                                " b.reportViewport('1', 2); b.reportViewport(1.5, 2);"
                                " b.reportFindHits([1, %1]); b.reportFindHits('all'); true")
                     .arg(commentCount));
        QTRY_COMPARE_WITH_TIMEOUT(mapped.view->bridge().refusedCalls(), refused + 6, 5000);
        QCOMPARE(viewport.size(), 0);
        QCOMPARE(hits.size(), 0);
        QCOMPARE(mapped.strip->viewportLast(), last);
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestThreadMapView>(argc, argv, "tst_threadmapview");
}

#include "tst_threadmapview.moc"
