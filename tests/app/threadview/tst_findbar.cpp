// Finding text in the open thread (Ctrl+F) and opening a thread at one comment with
// the search terms marked: both must reach into collapsed subtrees.

#include "app/threadview/findbar.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "core/threadviewstate.h"
#include "html/htmlsanitizer.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWebEnginePage>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

Comment comment(const QString &id, const QString &text)
{
    Comment c;
    c.sourceId = id;
    c.author = QStringLiteral("author-") + id;
    const SanitizedHtml body = HtmlSanitizer::sanitize(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    c.bodyHtml = body.html;
    c.bodyText = body.text;
    return c;
}

// a ─ b ─ c (c mentions the quince twice), d; the test collapses a.
ThreadDocument pruningThread()
{
    std::vector<LinkedComment> linked = {
        {comment(QStringLiteral("a"), QStringLiteral("Prune apples while they are dormant.")), {}},
        {comment(QStringLiteral("b"), QStringLiteral("A quarter of the canopy at most.")), QStringLiteral("a")},
        {comment(QStringLiteral("c"), QStringLiteral("The quince is self-fertile; one quince is enough.")),
         QStringLiteral("b")},
        {comment(QStringLiteral("d"), QStringLiteral("Pears want the same treatment.")), {}},
    };
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("find");
    doc.title = QStringLiteral("Winter pruning");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_threadId = 0;

    static bool isShown(ThreadView &view, const QString &id)
    {
        return evaluate(view, QStringLiteral("document.getElementById('c-%1').offsetParent !== null").arg(id)).toBool();
    }

    void collapseA()
    {
        ThreadViewState state;
        state.collapsed = {QStringLiteral("a")};
        QVERIFY(m_library->threads().saveViewState(m_threadId, state).ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        const auto saved = m_library->threads().saveThread(pruningThread());
        QVERIFY(saved.ok());
        m_threadId = *saved;
    }

    void findOpensCollapsedSubtreesAndCounts()
    {
        collapseA();
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        ThreadView view(*m_library);
        FindBar bar(view);
        layout->addWidget(&view);
        layout->addWidget(&bar);
        window.resize(800, 600);
        window.show();
        QVERIFY(open(view, m_threadId));
        QVERIFY(!isShown(view, QStringLiteral("c")));

        bar.activate();
        QVERIFY(bar.isVisible());
        QSignalSpy searched(&bar, &FindBar::searched);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("quince"));
        QVERIFY(searched.wait(20000));
        QCOMPARE(searched.last().at(0).toInt(), 2);
        QCOMPARE(searched.last().at(1).toInt(), 1);
        QCOMPARE(bar.countText(), QStringLiteral("1 of 2"));
        QVERIFY(isShown(view, QStringLiteral("c")));

        bar.findNext();
        QVERIFY(searched.wait(20000));
        QCOMPARE(searched.last().at(1).toInt(), 2);
        bar.findPrevious();
        QVERIFY(searched.wait(20000));
        QCOMPARE(searched.last().at(1).toInt(), 1);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("walnut"));
        QVERIFY(searched.wait(20000));
        QCOMPARE(searched.last().at(0).toInt(), 0);
        QCOMPARE(bar.countText(), QStringLiteral("No matches"));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!bar.isVisible());
    }

    void revealCommentRightAfterOpeningMarksTheTerms()
    {
        collapseA();
        ThreadView view(*m_library);
        view.resize(800, 600);
        view.show();
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        // Asked for before the page has loaded: it must wait for the page.
        view.showThread(m_threadId);
        view.revealComment(QStringLiteral("c"), {QStringLiteral("quince"), QStringLiteral("self")});
        QVERIFY(loaded.wait(60000));
        QVERIFY(QTest::qWaitFor([&] { return evaluate(view, QStringLiteral(
                                                 "document.querySelectorAll('mark.search-hit').length")).toInt() == 3; },
                                10000));
        QVERIFY(isShown(view, QStringLiteral("c")));
        QCOMPARE(evaluate(view, QStringLiteral("Scholia.state().focused")).toString(), QStringLiteral("c"));
        // Marks only wrap text: the comment's text is unchanged.
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelector('#c-c > .body').textContent")).toString(),
                 QStringLiteral("The quince is self-fertile; one quince is enough."));

        // Revealing another comment clears the previous marks.
        view.revealComment(QStringLiteral("d"), {QStringLiteral("pears")});
        QVERIFY(QTest::qWaitFor([&] { return evaluate(view, QStringLiteral(
                                                 "[...document.querySelectorAll('mark.search-hit')].map(m => "
                                                 "m.textContent).join()")).toString() == QLatin1String("Pears"); },
                                10000));
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestFindBar>(argc, argv, "tst_findbar");
}
#include "tst_findbar.moc"
