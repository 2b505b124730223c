// The argument map pane: a thread's map drawn by Graphviz in its own web view, one node
// per claim (ann-<id>), served from scholia://map/page with a strict CSP; a click on a node
// asks for its passage; the page never goes anywhere else; hostile quotes stay text; the
// theme follows the window's; an empty map says how to make one.

#include "app/mainwindow.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "app/threadview/argumentmapview.h"
#include "import/importerregistry.h"
#include "library/libraryeditor.h"
#include "library/libraryimporter.h"
#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebEnginePage>

#include <memory>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

Annotation passage(const QString &comment, qsizetype start, const QString &exact)
{
    Annotation draft;
    draft.commentSourceId = comment;
    draft.position = TextPositionSelector{start, start + exact.size()};
    draft.quote.exact = exact;
    return draft;
}

QVariant evaluate(QWebEngineView &view, const QString &script)
{
    QVariant result;
    bool done = false;
    view.page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return QStringLiteral("<timeout>");
    return result;
}

} // namespace

class TestArgumentMapView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryEditor> m_editor;
    qint64 m_thread = 0;
    Annotation m_claim;
    Annotation m_reply;

    bool load(ArgumentMapView &view)
    {
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.showThread(m_thread);
        return loaded.wait(60000) && loaded.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        m_library = std::move(Library::open(m_dir.filePath("library.sqlite")).value());
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const FileImportResult imported =
            LibraryImporter(registry, *m_library).importFile(fixture("annotated-thread.json"));
        QVERIFY(imported.ok());
        m_thread = imported.threads.at(0).threadId;
        m_editor = std::make_unique<LibraryEditor>(*m_library);
        m_editor->setThread(m_thread);
        m_claim = m_editor->create(passage("e1", 4, "export controls")).value();
        Annotation hostile = passage("e2", 0, "Compute");
        hostile.note = "</svg><script>alert(1)</script>";
        m_reply = m_editor->create(hostile).value();
        QVERIFY(m_editor->createLink({0, {}, m_reply.id, m_claim.id, AnnotationLinkType::Rebuts}).ok());
    }

    void showsTheThreadsMap()
    {
        ArgumentMapView view(*m_library);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(load(view));
        QCOMPARE(view.url(), QUrl("scholia://map/page"));
        QTRY_COMPARE(evaluate(view, "Array.from(document.querySelectorAll('#map g.node'))"
                                    ".map(function (g) { return g.id; }).sort().join(' ')")
                         .toString(),
                     QStringList({QString("ann-%1").arg(m_claim.id), QString("ann-%1").arg(m_reply.id)})
                         .join(' '));
        QCOMPARE(evaluate(view, "document.querySelectorAll('#map g.edge').length").toInt(), 1);
        QCOMPARE(evaluate(view, "document.querySelectorAll('script').length").toInt(), 1); // map.js
        QCOMPARE(evaluate(view, "document.querySelector('#map g.node').getAttribute('tabindex')")
                     .toString(),
                 QString("0")); // map.js made the claims focusable
        QCOMPARE(view.map().claims.size(), size_t(2));

        // A click on a node asks for its passage, and the page stays.
        QSignalSpy activated(&view, &ArgumentMapView::passageActivated);
        evaluate(view, QString("document.getElementById('ann-%1').dispatchEvent(new MouseEvent('click'))")
                           .arg(m_claim.id));
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), m_thread);
        QCOMPARE(activated.first().at(1).toLongLong(), m_claim.id);
        QCOMPARE(activated.first().at(2).toString(), QString("e1"));
        // So does Enter on a focused node.
        evaluate(view, QString("var n = document.getElementById('ann-%1'); n.focus();"
                               "n.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))")
                           .arg(m_reply.id));
        QTRY_COMPARE(activated.count(), 2);
        QCOMPARE(activated.last().at(1).toLongLong(), m_reply.id);
        QCOMPARE(view.url(), QUrl("scholia://map/page"));
    }

    void goesNowhereElse()
    {
        ArgumentMapView view(*m_library);
        view.show();
        QVERIFY(load(view));
        // Neither a navigation nor a request leaves the page.
        evaluate(view, "window.location.href = 'https://example.org/'");
        view.page()->load(QUrl("http://example.org/"));
        evaluate(view, "var i = document.createElement('iframe'); i.src = 'https://example.org/';"
                       "document.body.appendChild(i); fetch('https://example.org/').catch(function () {});");
        QTest::qWait(500);
        QCOMPARE(view.url(), QUrl("scholia://map/page"));
        QCOMPARE(evaluate(view, "document.querySelectorAll('#map g.node').length").toInt(), 2);
        // What the CSP lets through the interceptor blocks; both would do.
        QVERIFY(view.blockedRequests() >= 0);
        // The hostile note never became markup.
        QCOMPARE(evaluate(view, "typeof alert_called").toString(), QString("undefined"));
        QVERIFY(!ArgumentMapView::pageHtml(QString(), "<b>x</b>", false).contains("<b>x</b>"));
    }

    void theWindowShowsTheMapOfTheOpenThread()
    {
        MainWindow window(*m_library);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.threadView()->currentThread(), m_thread);
        auto *view = window.findChild<ArgumentMapView *>();
        QVERIFY(view);
        QAction *toggle = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("Argument &Map"))
                toggle = action;
        }
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        auto *dock = window.findChild<QDockWidget *>("argumentMapDock");
        QSignalSpy loaded(view, &QWebEngineView::loadFinished);
        if (!dock->isVisible())
            toggle->trigger();
        QVERIFY(dock->isVisible());
        QTRY_VERIFY(view->height() >= 150); // room to show the map, not a title bar
        QVERIFY(loaded.wait(60000) || !loaded.isEmpty());
        QTRY_COMPARE(evaluate(*view, "document.querySelectorAll('#map g.node').length").toInt(), 2);
        // A new link is drawn at once.
        Annotation third = passage("e1", 0, "The");
        LibraryEditor &editor = *window.findChild<LibraryEditor *>();
        const auto created = editor.create(third);
        if (created) {
            loaded.clear();
            QVERIFY(editor.createLink({0, {}, created->id, m_claim.id, AnnotationLinkType::Asks}).ok());
            QVERIFY(loaded.wait(60000));
            QTRY_COMPARE(evaluate(*view, "document.querySelectorAll('#map g.node').length").toInt(), 3);
            editor.undoStack()->undo();
            editor.undoStack()->undo();
        }
        // View ▸ Zoom acts on the map while it has the focus, and leaves the thread alone.
        const qreal threadZoom = window.threadView()->zoomFactor();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTRY_VERIFY(view->isAncestorOf(QApplication::focusWidget()) || view->hasFocus());
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("Zoom &In"))
                action->trigger();
        }
        QVERIFY(view->zoomFactor() > 1.0);
        QCOMPARE(window.threadView()->zoomFactor(), threadZoom);
        view->resetZoom();
        QCOMPARE(view->zoomFactor(), 1.0);

        // The map follows View ▸ Theme (drawn again in the other theme).
        const QString shots = qEnvironmentVariable("SCHOLIA_SCREENSHOT_DIR");
        for (const QString theme : {QStringLiteral("Light"), QStringLiteral("Dark")}) {
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->text() == "&" + theme)
                    action->trigger();
            }
            QTRY_COMPARE_WITH_TIMEOUT(evaluate(*view, "document.documentElement.className").toString(),
                                      theme.toLower(), 30000);
            if (!shots.isEmpty()) {
                QTest::qWait(1500);
                window.grab().save(shots + "/map-" + theme.toLower() + ".png");
            }
        }
    }

    void followsTheThemeAndSaysWhenEmpty()
    {
        const QByteArray dark = ArgumentMapView::pageHtml("<svg></svg>", QString(), true);
        QVERIFY(dark.contains("<html class=\"dark\">"));
        QVERIFY(dark.contains("Content-Security-Policy"));
        QVERIFY(dark.contains("default-src 'none'"));
        ArgumentMapView view(*m_library);
        view.show();
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.showThread(0);
        QVERIFY(loaded.wait(60000));
        QVERIFY(evaluate(view, "document.querySelector('.message').textContent").toString().contains("thread"));
    }
};

int main(int argc, char **argv)
{
    ThreadSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tst_argumentmapview")); // its own settings
    TestArgumentMapView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_argumentmapview.moc"
