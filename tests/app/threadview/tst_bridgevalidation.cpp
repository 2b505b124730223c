// The QWebChannel bridge refuses what the page cannot honestly send: every ThreadBridge
// method is called with wrong types, out-of-range offsets and unknown ids, from the real
// page's JavaScript (over qt.webChannelTransport) and directly from C++, and each call
// must be refused with the library unchanged, table by table.

#include "app/annotating/annotationpopover.h"
#include "app/threadview/threadbridge.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "library/libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/sqlitedatabase.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <sqlite3.h>

#include "threadviewtesting.h"

using namespace Scholia;
using ThreadViewTesting::comment;

namespace {

ThreadDocument makeThread(const QString &sourceId, std::vector<LinkedComment> linked)
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = sourceId;
    doc.title = sourceId;
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

// Every row of every table the bridge could reach, as text.
// Through a connection of its own: the test looks at the file as any SQLite tool would.
QStringList dump(SqliteDatabase &&db)
{
    QStringList rows;
    for (const char *table : {"threads", "comments", "annotations", "annotation_tags", "tags",
                              "thread_tags", "thread_notes", "thread_view_state"}) {
        sqlite3_stmt *statement = nullptr;
        // Some tables are WITHOUT ROWID; every one has at least two columns.
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY 1, 2";
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            qFatal("cannot read %s: %s", table, sqlite3_errmsg(db.handle()));
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList columns;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
                columns << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            rows << QLatin1String(table) + QLatin1Char(':') + columns.join(QLatin1Char('|'));
        }
        sqlite3_finalize(statement);
    }
    return rows;
}

QVariantList argumentsOf(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test arguments %s", qPrintable(json));
    return document.array().toVariantList();
}

// The page's own text of comment c1, the one the valid calls below quote.
const QString c1Text = QStringLiteral("Hello world of annotations.");

} // namespace

class TestBridgeValidation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_threadId = 0;
    std::unique_ptr<LibraryEditor> m_controller;
    std::unique_ptr<ThreadView> m_view;

    QVariant evaluate(const QString &script) { return ThreadViewTesting::evaluate(*m_view, script); }

    // Calls the bridge as the page can: through qt.webChannelTransport, from the main world.
    QVariant callFromPage(const QString &method, const QString &arguments)
    {
        evaluate(QStringLiteral("window.__answer = undefined;"
                                "window.__bridge[%1](...%2, (r) => { window.__answer = {r: r}; })")
                     .arg(QString::fromUtf8(QJsonDocument(QJsonArray{method}).toJson(QJsonDocument::Compact))
                              .mid(1).chopped(1),
                          arguments));
        QVariant answer;
        (void)QTest::qWaitFor([&] {
            answer = evaluate(QStringLiteral("window.__answer"));
            return answer.isValid();
        }, 20000);
        return answer.toMap().value(QStringLiteral("r"), QStringLiteral("<no answer>"));
    }

    static bool callDirectly(ThreadBridge &bridge, const QString &method, const QVariantList &arguments)
    {
        if (method == QLatin1String("saveViewState"))
            return bridge.saveViewState(arguments.value(0), arguments.value(1));
        if (method == QLatin1String("annotateSelection"))
            return bridge.annotateSelection(arguments.value(0));
        if (method == QLatin1String("annotateComment"))
            return bridge.annotateComment(arguments.value(0));
        if (method == QLatin1String("markCommentsRead"))
            return bridge.markCommentsRead(arguments.value(0));
        qFatal("no bridge method %s", qPrintable(method));
    }

    static void closePopovers()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<AnnotationPopover *>(widget) && widget->isVisible())
                widget->close();
        }
    }

private slots:
    void initTestCase()
    {
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        Comment more;
        more.sourceId = QStringLiteral("more1");
        more.notSavedReplies = 3;
        m_threadId =
            m_library->threads()
                .saveThread(makeThread(QStringLiteral("shown"),
                                       {{comment("c1", "<p>" + c1Text + "</p>"), {}},
                                        {comment("c2", "<p>Rocket \U0001F680 launch</p>"), "c1"},
                                        {more, "c1"}}))
                .value();
        m_library->threads()
            .saveThread(
                makeThread(QStringLiteral("other"), {{comment("o1", "<p>Another thread</p>"), {}}}))
            .value();
        // Something to lose: an annotation with a tag, and a saved view state.
        Annotation existing;
        existing.threadId = m_threadId;
        existing.commentSourceId = QStringLiteral("c1");
        existing.position = TextPositionSelector{0, 5};
        existing.quote.exact = QStringLiteral("Hello");
        existing.tags = {QStringLiteral("kept/tag")};
        QVERIFY(m_library->annotations().create(existing).ok());
        ThreadViewState state;
        state.collapsed = {QStringLiteral("c1")};
        state.focused = QStringLiteral("c2");
        QVERIFY(m_library->threads().saveViewState(m_threadId, state).ok());

        m_controller = std::make_unique<LibraryEditor>(*m_library);
        m_view = std::make_unique<ThreadView>(*m_library);
        m_view->setLibraryEditor(m_controller.get());
        m_view->resize(900, 700);
        m_view->show();
        QSignalSpy loaded(m_view.get(), &QWebEngineView::loadFinished);
        m_view->showThread(m_threadId);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(QStringLiteral("typeof Scholia")).toString(), QStringLiteral("object"), 20000);
        // A channel of the test's own on the page's transport, as any script there could make.
        evaluate(QStringLiteral("new QWebChannel(qt.webChannelTransport, (c) => { window.__bridge = c.objects.bridge; })"));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(QStringLiteral("typeof window.__bridge")).toString(), QStringLiteral("object"), 20000);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_controller.reset();
    }

    void refusedWithTheLibraryUnchanged_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("arguments"); // a JSON array

        const auto row = [](const char *name, const char *method, const QString &arguments) {
            QTest::newRow(name) << QString::fromLatin1(method) << arguments;
        };
        const auto selection = [](const QString &fields) { return QStringLiteral("[{%1}]").arg(fields); };
        const QString goodRest = QStringLiteral("\"x\": 10, \"y\": 20");

        row("view: focused a number", "saveViewState", "[[], 5]");
        row("view: focused null", "saveViewState", "[[], null]");
        row("view: focused unknown", "saveViewState", "[[], \"nope\"]");
        row("view: focused in another thread", "saveViewState", "[[], \"o1\"]");
        row("view: collapsed a string", "saveViewState", "[\"c1\", \"\"]");
        row("view: collapsed an object", "saveViewState", "[{\"0\": \"c1\"}, \"\"]");
        row("view: collapsed numbers", "saveViewState", "[[1, 2], \"\"]");
        row("view: collapsed nested", "saveViewState", "[[[\"c1\"]], \"\"]");
        row("view: collapsed unknown", "saveViewState", "[[\"c1\", \"nope\"], \"\"]");
        row("view: collapsed in another thread", "saveViewState", "[[\"o1\"], \"\"]");
        row("view: nothing", "saveViewState", "[null, null]");

        row("selection: a string", "annotateSelection", "[\"c1\"]");
        row("selection: an array", "annotateSelection", "[[\"c1\", 0, 5]]");
        row("selection: null", "annotateSelection", "[null]");
        row("selection: empty object", "annotateSelection", "[{}]");
        row("selection: unknown comment", "annotateSelection",
            selection("\"commentId\": \"nope\", \"start\": 0, \"end\": 5, \"exact\": \"Hello\", " + goodRest));
        row("selection: comment of another thread", "annotateSelection",
            selection("\"commentId\": \"o1\", \"start\": 0, \"end\": 7, \"exact\": \"Another\", " + goodRest));
        row("selection: comment id a number", "annotateSelection",
            selection("\"commentId\": 1, \"start\": 0, \"end\": 5, \"exact\": \"Hello\", " + goodRest));
        row("selection: placeholder", "annotateSelection",
            selection("\"commentId\": \"more1\", \"start\": 0, \"end\": 1, \"exact\": \"\", " + goodRest));
        row("selection: offsets as strings", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": \"6\", \"end\": \"11\", \"exact\": \"world\", " + goodRest));
        row("selection: offsets as booleans", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": false, \"end\": true, \"exact\": \"H\", " + goodRest));
        row("selection: offsets null", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": null, \"end\": null, \"exact\": \"world\", " + goodRest));
        row("selection: negative start", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": -1, \"end\": 5, \"exact\": \"Hello\", " + goodRest));
        row("selection: end before start", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 11, \"end\": 6, \"exact\": \"world\", " + goodRest));
        row("selection: empty range", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 6, \"exact\": \"\", " + goodRest));
        row("selection: fractional", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 5.5, \"end\": 11, \"exact\": \"world\", " + goodRest));
        row("selection: end past the text", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 4000, \"exact\": \"world of annotations.\", " + goodRest));
        row("selection: end huge", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 1e300, \"exact\": \"world\", " + goodRest));
        row("selection: exact not the text", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 11, \"exact\": \"WORLD\", " + goodRest));
        row("selection: exact missing", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 11, " + goodRest));
        row("selection: exact a number", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 11, \"exact\": 5, " + goodRest));
        row("selection: half a surrogate pair", "annotateSelection",
            selection("\"commentId\": \"c2\", \"start\": 7, \"end\": 8, \"exact\": \"x\", " + goodRest));
        row("selection: x a string", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 11, \"exact\": \"world\", \"x\": \"left\", \"y\": 1"));
        row("selection: y huge", "annotateSelection",
            selection("\"commentId\": \"c1\", \"start\": 6, \"end\": 11, \"exact\": \"world\", \"x\": 1, \"y\": 1e300"));

        row("comment: a number", "annotateComment", "[5]");
        row("comment: null", "annotateComment", "[null]");
        row("comment: an array", "annotateComment", "[[\"c1\"]]");
        row("comment: an object", "annotateComment", "[{\"id\": \"c1\"}]");
        row("comment: unknown", "annotateComment", "[\"nope\"]");
        row("comment: another thread", "annotateComment", "[\"o1\"]");
        row("comment: placeholder", "annotateComment", "[\"more1\"]");

        // Each id is looked up in the library (the bridge holds no set of them).
        row("read: a string", "markCommentsRead", "[\"c1\"]");
        row("read: numbers", "markCommentsRead", "[[1, 2]]");
        row("read: unknown", "markCommentsRead", "[[\"c1\", \"nope\"]]");
        row("read: in another thread", "markCommentsRead", "[[\"c2\", \"o1\"]]");
    }

    void refusedWithTheLibraryUnchanged()
    {
        QFETCH(QString, method);
        QFETCH(QString, arguments);
        QSignalSpy added(m_controller.get(), &LibraryEditor::annotationAdded);
        QSignalSpy highlight(&m_view->bridge(), &ThreadBridge::highlightRequested);
        QSignalSpy whole(&m_view->bridge(), &ThreadBridge::commentAnnotationRequested);
        const QStringList before = dump(SqliteDatabase(m_library->path()));
        QVERIFY(!before.isEmpty());

        const int refusedBefore = m_view->bridge().refusedCalls();
        QCOMPARE(callFromPage(method, arguments), QVariant(false));
        QCOMPARE(m_view->bridge().refusedCalls(), refusedBefore + 1);

        QVERIFY(!callDirectly(m_view->bridge(), method, argumentsOf(arguments)));
        QCOMPARE(m_view->bridge().refusedCalls(), refusedBefore + 2);

        // Before any thread is shown, a bridge refuses everything.
        ThreadBridge fresh(*m_library);
        QVERIFY(!callDirectly(fresh, method, argumentsOf(arguments)));

        QCOMPARE(highlight.size(), 0);
        QCOMPARE(whole.size(), 0);
        QCOMPARE(added.size(), 0);
        QCOMPARE(dump(SqliteDatabase(m_library->path())), before);
    }

    // The same path does write when the call is right: the refusals above are not an
    // artefact of a broken channel.
    void wellFormedCallsAreAccepted()
    {
        const QStringList before = dump(SqliteDatabase(m_library->path()));
        QSignalSpy added(m_controller.get(), &LibraryEditor::annotationAdded);
        QCOMPARE(callFromPage(QStringLiteral("annotateSelection"),
                              QStringLiteral("[{\"commentId\": \"c1\", \"start\": 6, \"end\": 11, "
                                             "\"exact\": \"world\", \"x\": 10, \"y\": 20}]")),
                 QVariant(true));
        QTRY_COMPARE(added.size(), 1);
        closePopovers();
        QCOMPARE(added.first().first().value<Annotation>().quote.exact, QStringLiteral("world"));
        QCOMPARE(callFromPage(QStringLiteral("saveViewState"), QStringLiteral("[[\"c1\"], \"more1\"]")),
                 QVariant(true));
        QCOMPARE(callFromPage(QStringLiteral("markCommentsRead"), QStringLiteral("[[\"c1\", \"c2\"]]")),
                 QVariant(true));
        QCOMPARE(callFromPage(QStringLiteral("saveViewState"), QStringLiteral("[[], \"c1\"]")), QVariant(true));
        QVERIFY(dump(SqliteDatabase(m_library->path())) != before);
        QCOMPARE(m_library->threads().loadViewState(m_threadId)->focused, QStringLiteral("c1"));
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestBridgeValidation>(argc, argv, "tst_bridgevalidation");
}

#include "tst_bridgevalidation.moc"
