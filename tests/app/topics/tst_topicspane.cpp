// The Topics pane: the tag tree with its counts, a topic's passages grouped by thread
// in each order, opening a passage, following annotation edits, exporting Markdown.

#include "../../store/topicfixture.h"
#include "app/topics/topicpassagemodel.h"
#include "app/topics/topicspane.h"
#include "app/topics/topictagmodel.h"
#include "library/libraryeditor.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Scholia;

class TestTopicsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    TopicFixture::Fixture m_fixture;
    std::unique_ptr<LibraryEditor> m_controller;
    std::unique_ptr<TopicsPane> m_pane;

    QTreeView *tagView() { return m_pane->findChild<QTreeView *>("topicTags"); }
    QTreeView *passageView() { return m_pane->findChild<QTreeView *>("topicPassages"); }
    QComboBox *sortBox() { return m_pane->findChild<QComboBox *>("topicSort"); }
    QAbstractItemModel *passages() { return passageView()->model(); }

    // "thread: quote | quote" per thread row.
    QStringList shown()
    {
        QStringList rows;
        QAbstractItemModel *model = passages();
        for (int t = 0; t < model->rowCount(); ++t) {
            const QModelIndex thread = model->index(t, 0);
            QStringList quotes;
            for (int p = 0; p < model->rowCount(thread); ++p)
                quotes << model->index(p, 0, thread).data().toString();
            rows << thread.data().toString() + ": " + quotes.join(" | ");
        }
        return rows;
    }
    QStringList tagRows(const QModelIndex &parent = {}, const QString &indent = {})
    {
        QStringList rows;
        QAbstractItemModel *model = tagView()->model();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex name = model->index(r, TopicTagModel::NameColumn, parent);
            rows << indent + name.data().toString() + " " +
                        model->index(r, TopicTagModel::PassagesColumn, parent).data().toString();
            rows << tagRows(name, indent + "  ");
        }
        return rows;
    }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        m_fixture = TopicFixture::build(*m_library);
        m_controller = std::make_unique<LibraryEditor>(*m_library);
        m_pane = std::make_unique<TopicsPane>(*m_library, *m_controller);
        m_pane->resize(420, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_controller.reset();
        m_library.reset();
    }

    void listsTheTagTreeWithPassageCounts()
    {
        QCOMPARE(tagRows(), QStringList({"economics 4", "  trade 3", "economicsx 1", "policy 1",
                                         "  tariffs 1", "rhetoric 2"}));
        // Whatever is current (the view may make the first row current on focus) is shown.
        QCOMPARE(passages()->rowCount() > 0, !m_pane->currentTopic().isEmpty());
    }

    void selectingATagShowsItsPassagesGroupedByThread()
    {
        auto *model = static_cast<TopicTagModel *>(tagView()->model());
        tagView()->setCurrentIndex(model->indexOf("economics"));
        QCOMPARE(m_pane->currentTopic(), QString("economics"));
        QCOMPARE(shown(),
                 QStringList({
                     "Apples and oranges — news.example: Comparative advantage explains it.",
                     "Bread prices — forum.test: Wheat futures",
                     "Trade wars — example.org: raise prices | Not always; it depends on "
                     "elasticity.",
                 }));
        const QModelIndex first = passages()->index(0, 0, passages()->index(0, 0));
        QCOMPARE(first.data(TopicPassageModel::NoteRole).toString(), QString("Ricardo."));
        QCOMPARE(first.data(TopicPassageModel::MetaRole).toString(),
                 QString("alice · economics, economics/trade"));
        QVERIFY(first.data(TopicPassageModel::WholeCommentRole).toBool());

        // The child alone, and a case-insensitive name.
        QVERIFY(m_pane->selectTopic("Economics/Trade"));
        QCOMPARE(shown(),
                 QStringList({
                     "Apples and oranges — news.example: Comparative advantage explains it.",
                     "Bread prices — forum.test: Wheat futures",
                     "Trade wars — example.org: Not always; it depends on elasticity.",
                 }));
        QVERIFY(!m_pane->selectTopic("nothing"));
        QVERIFY(m_pane->findChild<QPushButton *>("topicExport")->isEnabled());
    }

    void passagesShowTheirLinksAndTheTopicItsMap()
    {
        QVERIFY(m_pane->selectTopic("economics"));
        const qint64 from = m_fixture.annotations.at(0);
        const qint64 to = m_fixture.annotations.at(1);
        QVERIFY(m_controller->createLink({0, {}, from, to, AnnotationLinkType::Rebuts}).ok());
        // Read again after the editor's linksChanged.
        QTRY_VERIFY(passages()->match(passages()->index(0, 0), TopicPassageModel::AnnotationIdRole, from, 1,
                                      Qt::MatchRecursive).size() == 1);
        const auto linksOf = [this](qint64 annotation) {
            const QModelIndexList rows = passages()->match(passages()->index(0, 0), TopicPassageModel::AnnotationIdRole,
                                                           annotation, 1, Qt::MatchRecursive);
            return rows.isEmpty() ? QStringList() : rows.first().data(TopicPassageModel::LinksRole).toStringList();
        };
        QTRY_COMPARE(linksOf(from).size(), 1);
        QVERIFY2(linksOf(from).first().startsWith(QString("rebuts #%1").arg(to)), qPrintable(linksOf(from).first()));
        QTRY_COMPARE(linksOf(to).size(), 1);
        QVERIFY(linksOf(to).first().startsWith(QString("rebutted by #%1").arg(from)));

        QSignalSpy map(m_pane.get(), &TopicsPane::mapRequested);
        m_pane->findChild<QPushButton *>("topicMap")->click();
        QCOMPARE(map.count(), 1);
        QCOMPARE(map.first().first().toString(), QString("economics"));
    }

    void theSortComboChangesTheOrder()
    {
        QVERIFY(m_pane->selectTopic("economics"));
        sortBox()->setCurrentIndex(sortBox()->findData(int(TopicSort::Date)));
        QCOMPARE(shown(),
                 QStringList({
                     "Bread prices — forum.test: Wheat futures",
                     "Trade wars — example.org: Not always; it depends on elasticity. | "
                     "raise prices",
                     "Apples and oranges — news.example: Comparative advantage explains it.",
                 }));
        sortBox()->setCurrentIndex(sortBox()->findData(int(TopicSort::Author)));
        QCOMPARE(shown(),
                 QStringList({
                     "Trade wars — example.org: Not always; it depends on elasticity. | "
                     "raise prices",
                     "Apples and oranges — news.example: Comparative advantage explains it.",
                     "Bread prices — forum.test: Wheat futures",
                 }));
    }

    void enterOnATopicGoesOnToItsPassages()
    {
        QVERIFY(m_pane->selectTopic("economicsx"));
        QVERIFY(!passageView()->currentIndex().isValid());
        QTest::keyClick(tagView(), Qt::Key_Return);
        QCOMPARE(passageView()->currentIndex(), passages()->index(0, 0));
    }

    void activatingAPassageOpensItsThreadAtItsComment()
    {
        QVERIFY(m_pane->selectTopic("economics"));
        QSignalSpy opened(m_pane.get(), &TopicsPane::openPassage);
        QTreeView *view = passageView();
        const QModelIndex trade = passages()->index(2, 0);
        view->setCurrentIndex(passages()->index(1, 0, trade)); // a2, the reply
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_fixture.trade);
        QCOMPARE(opened.at(0).at(1).toString(), QString("a2"));

        // A thread row opens nothing.
        view->setCurrentIndex(trade);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);

        const QModelIndex bread = passages()->index(1, 0);
        const QModelIndex b1 = passages()->index(0, 0, bread);
        const QPoint centre = view->visualRect(b1).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(opened.size() >= 2); // a style may also activate on the single click
        QCOMPARE(opened.last().at(0).toLongLong(), m_fixture.bread);
        QCOMPARE(opened.last().at(1).toString(), QString("b1"));
    }

    void followsAnnotationEdits()
    {
        QVERIFY(m_pane->selectTopic("economics"));
        m_controller->setThread(m_fixture.bread);
        Annotation draft = TopicFixture::passage(m_fixture.bread, "b2", 0, "Bakers",
                                                 {"economics/trade"}, "Forward contracts.");
        const qint64 added = m_controller->create(draft).value().id;
        QTRY_COMPARE(passages()->rowCount(passages()->index(1, 0)), 2);
        QCOMPARE(m_pane->currentTopic(), QString("economics"));
        QCOMPARE(tagRows().first(), QString("economics 5"));

        QVERIFY(m_controller->remove(added).ok());
        QTRY_COMPARE(passages()->rowCount(passages()->index(1, 0)), 1);
        // Renaming the topic's tag follows it (reset): the old name no longer exists.
        QVERIFY(m_controller->renameTag("economicsx", "markets").ok());
        QTRY_VERIFY(tagRows().contains("markets 1"));
        QCOMPARE(m_pane->currentTopic(), QString("economics"));
    }

    void exportsTheShownTopicAsMarkdown()
    {
        QVERIFY(m_pane->selectTopic("economics/trade"));
        const QString path = m_dir.filePath("topic.md");
        QVERIFY(m_pane->exportMarkdown(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.startsWith("# Topic: economics/trade\n\nExported "),
                 qPrintable(markdown));
        QVERIFY(markdown.contains("Passages: 3 · Threads: 3"));
        QVERIFY(
            markdown.contains("## Apples and oranges (news.example)\n\n> Comparative advantage"));
        QVERIFY(!m_pane->exportMarkdown(m_dir.filePath("missing/dir/topic.md")).ok());
    }
};

QTEST_MAIN(TestTopicsPane)
#include "store/library.h"
#include "tst_topicspane.moc"
