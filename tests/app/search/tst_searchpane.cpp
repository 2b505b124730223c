// The search pane over a small library: typing a query lists the hits with a summary,
// a malformed query points at its bad token, opening a hit names its thread, comment
// and the words to mark.

#include "app/search/searchpane.h"
#include "app/search/searchresultmodel.h"
#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Scholia;

namespace {

Comment comment(const QString &id, const QString &author, const QString &text)
{
    Comment c;
    c.sourceId = id;
    c.author = author;
    c.created = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    const SanitizedHtml body = HtmlSanitizer::sanitize(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    c.bodyHtml = body.html;
    c.bodyText = body.text;
    return c;
}

ThreadDocument orchardThread()
{
    std::vector<LinkedComment> linked = {
        {comment(QStringLiteral("a"), QStringLiteral("ada"), QStringLiteral("Prune the quince <gently> in winter.")), {}},
        {comment(QStringLiteral("b"), QStringLiteral("ben"), QStringLiteral("Quinces need no partner tree.")),
         QStringLiteral("a")},
        {comment(QStringLiteral("c"), QStringLiteral("ada"), QStringLiteral("Apples want a pollinator.")), {}},
    };
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("orchard");
    doc.title = QStringLiteral("Orchard & garden");
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

} // namespace

class TestSearchPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_threadId = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        const auto saved = m_library->threads().saveThread(orchardThread());
        QVERIFY(saved.ok());
        m_threadId = *saved;
    }

    void typingSearchesAndListsHits()
    {
        SearchPane pane(m_library->search());
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QVERIFY(!pane.results().isVisible());
        QSignalSpy shown(&pane, &SearchPane::resultsShown);
        pane.focusField();
        QTest::keyClicks(pane.findChild<QLineEdit *>(), QStringLiteral("quince"));
        QTRY_VERIFY(pane.results().isVisible());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(pane.model().rowCount(), 1);
        // (Plural forms come from the translation the application loads; not here.)
        QVERIFY2(pane.statusText().startsWith(QLatin1String("1 match")), qPrintable(pane.statusText()));
        QVERIFY2(pane.statusText().endsWith(QLatin1String("best first")), qPrintable(pane.statusText()));
        const QModelIndex first = pane.model().index(0);
        QCOMPARE(first.data(SearchResultModel::CommentIdRole).toString(), QStringLiteral("a"));
        const QString html = first.data(SearchResultModel::HtmlRole).toString();
        // Title and text escaped; only the match is bold.
        QVERIFY2(html.contains(QLatin1String("<b>Orchard &amp; garden</b>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<b>quince</b>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("&lt;gently&gt;")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("ada")));

        // Prefix search finds both spellings.
        pane.setQueryText(QStringLiteral("quince*"));
        pane.search();
        QCOMPARE(pane.model().rowCount(), 2);

        // Esc clears the field and hides the results.
        pane.focusField();
        QTest::keyClick(pane.findChild<QLineEdit *>(), Qt::Key_Escape);
        QVERIFY(pane.queryText().isEmpty());
        QVERIFY(!pane.results().isVisible());
    }

    void filtersNarrowTheHits()
    {
        SearchPane pane(m_library->search());
        pane.setQueryText(QStringLiteral("author:ada"));
        pane.search();
        QCOMPARE(pane.model().rowCount(), 2);
        pane.setQueryText(QStringLiteral("author:ada -quince"));
        pane.search();
        QCOMPARE(pane.model().rowCount(), 1);
        QCOMPARE(pane.model().index(0).data(SearchResultModel::CommentIdRole).toString(), QStringLiteral("c"));
    }

    void malformedQueryPointsAtTheToken()
    {
        SearchPane pane(m_library->search());
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        pane.setQueryText(QStringLiteral("apples colour:red"));
        pane.search();
        QVERIFY2(pane.statusText().startsWith(QLatin1String("Cannot search: ")), qPrintable(pane.statusText()));
        QVERIFY2(pane.statusText().contains(QLatin1String("colour")), qPrintable(pane.statusText()));
        QVERIFY(!pane.statusText().contains(QLatin1String("SQL"), Qt::CaseInsensitive));
        QCOMPARE(pane.model().rowCount(), 0);
        QCOMPARE(pane.findChild<QLineEdit *>()->cursorPosition(), 7);
    }

    void activatingAHitOpensItsComment()
    {
        SearchPane pane(m_library->search());
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QSignalSpy opened(&pane, &SearchPane::hitActivated);
        pane.setQueryText(QStringLiteral("pollinator OR partner"));
        pane.focusField();
        QTest::keyClick(pane.findChild<QLineEdit *>(), Qt::Key_Return); // searches and moves to the first hit
        QCOMPARE(pane.model().rowCount(), 2);
        QVERIFY(pane.results().hasFocus());
        QTest::keyClick(&pane.results(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), m_threadId);
        const QString comment = opened.first().at(1).toString();
        QVERIFY(comment == QLatin1String("b") || comment == QLatin1String("c"));
        const QStringList terms = opened.first().at(2).toStringList();
        QVERIFY(terms.contains(QStringLiteral("pollinator")));
        QVERIFY(terms.contains(QStringLiteral("partner")));
    }
};

QTEST_MAIN(TestSearchPane)
#include "tst_searchpane.moc"
