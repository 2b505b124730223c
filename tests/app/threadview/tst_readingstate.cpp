// Reading state in the real thread view (issue 18): a thread saved twice, the second
// save adding replies and editing a comment, shown with a page that builds only its
// first comments. The next-new key visits exactly the new comments in thread order,
// chunks not built yet included; dwelling on a comment or passing it with j/k marks it
// read and the bridge reports it; Only New hides every comment but the new ones and
// their ancestors; an edited comment shows its diff. With ReadingTracker: what the page
// reads reaches the library, leaving a thread ends what is new in it, and marking the
// whole thread read or unread (and undoing it) is drawn in the open page.

#include "app/mainwindow.h"
#include "app/settings/appsettings.h"
#include "app/settings/themeswitcher.h"
#include "app/threadview/readingtracker.h"
#include "app/threadview/threadbridge.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "core/threadviewstate.h"
#include "html/htmlsanitizer.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "import/threadmerger.h"
#include "library/libraryeditor.h"
#include "store/library.h"
#include "store/readstatestore.h"
#include "store/threadhistorystore.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUndoStack>

#include "threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

constexpr int firstSaveComments = 60;
constexpr int pageComments = 8;
constexpr int commentsPerChunk = 7;
const QString editedId = QStringLiteral("g33");

LinkedComment linked(const QString &id, const QString &parent, const QString &text)
{
    Comment c;
    c.sourceId = id;
    c.author = QStringLiteral("user-") + id;
    const SanitizedHtml body =
        HtmlSanitizer::sanitize(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    c.bodyHtml = body.html;
    c.bodyText = body.text;
    return {c, parent};
}

// g0 … g59: every fifth one top-level, the others replies to the one before.
std::vector<LinkedComment> firstSave()
{
    std::vector<LinkedComment> comments;
    for (int i = 0; i < firstSaveComments; ++i)
        comments.push_back(linked(
            QStringLiteral("g%1").arg(i), i % 5 == 0 ? QString() : QStringLiteral("g%1").arg(i - 1),
            QStringLiteral("Comment %1 has a few words to read in it.").arg(i)));
    return comments;
}

ThreadDocument arranged(std::vector<LinkedComment> comments)
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("reading");
    doc.title = QStringLiteral("A thread saved twice");
    doc.comments = CommentTree::arrange(std::move(comments)).value();
    return doc;
}

// The second save: new replies early (in the page), in the middle and at the very end
// (chunks not built yet), a new top-level comment, and g33 edited.
ThreadDocument secondSave()
{
    std::vector<LinkedComment> comments = firstSave();
    comments.push_back(linked(QStringLiteral("n1"), QStringLiteral("g1"),
                              QStringLiteral("A new reply near the top.")));
    comments.push_back(linked(QStringLiteral("n2"), QStringLiteral("g27"),
                              QStringLiteral("A new reply in the middle.")));
    comments.push_back(linked(QStringLiteral("n3"), QStringLiteral("n2"),
                              QStringLiteral("A reply to the new reply.")));
    comments.push_back(linked(QStringLiteral("n4"), QStringLiteral("g59"),
                              QStringLiteral("A new reply at the end.")));
    comments.push_back(
        linked(QStringLiteral("n5"), QString(), QStringLiteral("A new top-level comment.")));
    for (LinkedComment &c : comments) {
        if (c.comment.sourceId == editedId) {
            c.comment.bodyText = QStringLiteral("Comment 33 has <many> more words to read in it.");
            c.comment.bodyHtml =
                HtmlSanitizer::sanitize(
                    QStringLiteral("<p>%1</p>").arg(c.comment.bodyText.toHtmlEscaped()))
                    .html;
        }
    }
    return arranged(std::move(comments));
}

} // namespace

class TestReadingState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    ThreadDocument m_thread; // as the second save left it
    qint64 m_threadId = 0;
    QStringList m_fresh; // in thread order

    static QString focusedId(ThreadView &view)
    {
        return evaluate(view, QStringLiteral("Scholia.state().focused")).toString();
    }

    static void press(ThreadView &view, char key)
    {
        QWidget *target = view.focusProxy() ? view.focusProxy() : &view;
        QTest::keyClick(target, key);
        QTest::qWait(30);
    }

    static bool hasClass(ThreadView &view, const QString &id, const QString &name)
    {
        return evaluate(view, QStringLiteral("(() => { const a = Scholia.chunks.articleOf('%1');"
                                             " return !!a && a.classList.contains('%2'); })()")
                                  .arg(id, name))
            .toBool();
    }

    void openChunked(ThreadView &view)
    {
        view.setChunking(pageComments, commentsPerChunk);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, m_threadId));
        view.setFocus();
    }

    // The comments the page has built.
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        m_threadId = m_library->threads().saveThread(arranged(firstSave())).value();
        m_thread = secondSave();
        QCOMPARE(m_library->threads().saveThread(m_thread).value(), m_threadId);
        for (const Comment &c : m_thread.comments) {
            if (c.sourceId.startsWith(QLatin1Char('n')) || c.sourceId == editedId)
                m_fresh << c.sourceId;
        }
        const ThreadHistory history = m_library->history().load(m_threadId).value();
        QCOMPARE(QSet<QString>(history.fresh.begin(), history.fresh.end()),
                 QSet<QString>(m_fresh.begin(), m_fresh.end()));
        // Thread order, not the order they were added in: n5 (top-level) is last, n4 before it.
        QCOMPARE(m_fresh,
                 (QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3"),
                              editedId, QStringLiteral("n4"), QStringLiteral("n5")}));
    }

    void init()
    {
        QVERIFY(m_library->threads().saveViewState(m_threadId, ThreadViewState{}).ok());
        // Everything unread again, as after the second save (new stays new while unread).
        QStringList all;
        for (const Comment &c : m_thread.comments)
            all << c.sourceId;
        QVERIFY(m_library->readState().setUnread(m_threadId, all).ok());
    }

    void nextNewKeyVisitsExactlyTheNewCommentsInOrder()
    {
        ThreadView view(*m_library);
        openChunked(view);
        QVERIFY(builtCommentCount(view) < int(m_thread.comments.size())); // the later ones wait as data
        QStringList visited;
        for (int k = 0; k < m_fresh.size(); ++k) {
            press(view, '.');
            visited << focusedId(view);
        }
        QCOMPARE(visited, m_fresh);
        press(view, '.'); // none after the last: the focus stays
        QCOMPARE(focusedId(view), m_fresh.last());
        QStringList back;
        for (int k = 0; k < m_fresh.size() - 1; ++k) {
            press(view, ',');
            back << focusedId(view);
        }
        QStringList expectedBack = m_fresh.mid(0, m_fresh.size() - 1);
        std::reverse(expectedBack.begin(), expectedBack.end());
        QCOMPARE(back, expectedBack);
    }

    // Run in one task of the page, so that no dwelling can mark a comment read between
    // the moves (the keys themselves are pressed for real in the test above).
    void nextUnreadVisitsTheUnreadComments()
    {
        const QStringList unread{QStringLiteral("g22"), QStringLiteral("g41"),
                                 QStringLiteral("n4")};
        QVERIFY(m_library->readState().setUnread(m_threadId, unread).ok());
        ThreadView view(*m_library);
        openChunked(view);
        QCOMPARE(evaluate(view, QStringLiteral(
                                    "(() => { const at = []; const key = (k) => {"
                                    " document.dispatchEvent(new KeyboardEvent('keydown', {key: k, "
                                    "bubbles: true}));"
                                    " at.push(Scholia.state().focused); };"
                                    " key('>'); key('>'); key('>'); key('<'); return at; })()"))
                     .toStringList(),
                 (QStringList{unread[0], unread[1], unread[2], unread[1]}));
    }

    // Passing a comment with j marks it read at once: the page drops its marks (checked in
    // the same task as the key, before any dwelling could) and the bridge reports it.
    void passingWithJMarksReadAndTheBridgeReportsIt()
    {
        ThreadView view(*m_library);
        QSignalSpy read(&view, &ThreadView::commentsRead);
        openChunked(view);
        QVERIFY(QTest::qWaitFor(
            [&] { return evaluate(view, QStringLiteral("Scholia.bridge.connected()")).toBool(); },
            10000));
        QCOMPARE(evaluate(view, QStringLiteral(
                                    "(() => { Scholia.focusComment('n2');"
                                    " const a = Scholia.chunks.articleOf('n2');"
                                    " const before = a.className;"
                                    " document.dispatchEvent(new KeyboardEvent('keydown', {key: "
                                    "'j', bubbles: true}));"
                                    " return [before.includes('unread') && before.includes('new'),"
                                    " Scholia.state().focused, a.classList.contains('unread') || "
                                    "a.classList.contains('new')]; })()"))
                     .toList(),
                 (QVariantList{true, QStringLiteral("n3"), false}));
        QStringList reported;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (; !read.isEmpty(); read.removeFirst())
                    reported << read.first().first().toStringList();
                return reported.contains(QStringLiteral("n2"));
            },
            10000));
        QCOMPARE(view.bridge().refusedCalls(), 0);
    }

    // A comment on screen long enough becomes read; one never scrolled to stays unread.
    void dwellingMarksReadAndTheBridgeReportsIt()
    {
        ThreadView view(*m_library);
        QSignalSpy read(&view, &ThreadView::commentsRead);
        openChunked(view);
        QVERIFY(QTest::qWaitFor(
            [&] { return !hasClass(view, QStringLiteral("g0"), QStringLiteral("unread")); },
            10000));
        QVERIFY(read.wait(5000) || !read.isEmpty());
        QStringList reported;
        for (const QList<QVariant> &call : read)
            reported << call.first().toStringList();
        QVERIFY(reported.contains(QStringLiteral("g0")));
        QVERIFY(!reported.contains(QStringLiteral("g59")));
        QVERIFY(evaluate(view, QStringLiteral("Scholia.unreadIds().includes('g59')")).toBool());
    }

    // Preferences ▸ Mark read after: 0 leaves reading to j/k (and Mark Thread Read).
    void noDwellingWhenTheReaderTurnedItOff()
    {
        AppSettings::instance().setMarkReadAfterSeconds(0);
        auto restore = qScopeGuard([] {
            AppSettings::instance().setMarkReadAfterSeconds(AppSettings::defaultMarkReadAfterSeconds);
        });
        ThreadView view(*m_library);
        QSignalSpy read(&view, &ThreadView::commentsRead);
        openChunked(view);
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.documentElement.getAttribute('data-read-after')")).toString(),
                     QStringLiteral("0"));
        // Twice the usual delay on screen, and still unread.
        QTest::qWait(int(2 * AppSettings::defaultMarkReadAfterSeconds * 1000));
        QVERIFY(hasClass(view, QStringLiteral("g0"), QStringLiteral("unread")));
        QVERIFY(read.isEmpty());
        // Moving past it still reads it.
        press(view, 'j');
        press(view, 'j');
        QTRY_VERIFY(!hasClass(view, QStringLiteral("g0"), QStringLiteral("unread")));
    }

    void onlyNewShowsTheNewCommentsAndTheirAncestors()
    {
        ThreadView view(*m_library);
        openChunked(view);
        view.setOnlyNew(true);
        // Every chunk in turn, as scrolling through would build them (the window holds
        // only some at a time).
        const QStringList shown =
            evaluate(view,
                     QStringLiteral(
                         "(() => { const x = Scholia.index, out = [];"
                         " for (let k = 0; k < x.chunkCount(); ++k) {"
                         "   Scholia.chunks.ensureBuilt(x.chunkStarts[k]);"
                         "   for (const a of x.chunkBoxes[k].querySelectorAll('article.comment'))"
                         "     if (a.getClientRects().length > 0) out.push(a.dataset.id); }"
                         " return out; })()"))
                .toStringList();
        // n1 under g0 ─ g1; n2 ─ n3 under g25 ─ g26 ─ g27; g33 under g30 … g32; n4 under g55 … g59.
        QStringList expected;
        for (const Comment &c : m_thread.comments) {
            static const QSet<QString> ancestors{"g0",  "g1",  "g25", "g26", "g27", "g30", "g31",
                                                 "g32", "g55", "g56", "g57", "g58", "g59"};
            if (m_fresh.contains(c.sourceId) || ancestors.contains(c.sourceId))
                expected << c.sourceId;
        }
        QCOMPARE(shown, expected);
        // Ancestors are context: their bodies folded.
        QVERIFY(evaluate(view,
                         QStringLiteral(
                             "getComputedStyle(Scholia.chunks.articleOf('g27').querySelector(':scope > .body')).display"))
                    .toString() == QLatin1String("none"));
        view.setOnlyNew(false);
        QTest::qWait(50);
        QVERIFY(evaluate(view, QStringLiteral(
                                   "!!Scholia.chunks.articleOf('g40').getClientRects().length"))
                    .toBool());
    }

    // The edited comment opens its diff without script: a <details> with the change marked.
    void editedCommentShowsItsDiff()
    {
        ThreadView view(*m_library);
        openChunked(view);
        QVERIFY(
            evaluate(view, QStringLiteral("Scholia.focusComment('%1')").arg(editedId)).toBool());
        const QString diff =
            QStringLiteral("document.querySelector('#c-%1 details.versions .diff')").arg(editedId);
        QCOMPARE(evaluate(view, diff + QStringLiteral(".textContent")).toString(),
                 QStringLiteral("Comment 33 has a few<many> more words to read in it."));
        QCOMPARE(
            evaluate(view, QStringLiteral(
                               "[...%1.querySelectorAll('del')].map(e => e.textContent).join('')")
                               .arg(diff))
                .toString(),
            QStringLiteral("a few"));
        QCOMPARE(
            evaluate(view, QStringLiteral(
                               "[...%1.querySelectorAll('ins')].map(e => e.textContent).join('')")
                               .arg(diff))
                .toString(),
            QStringLiteral("<many> more"));
        // e opens the focused comment's earlier texts from the keyboard, and closes them.
        const QString open = QStringLiteral("document.querySelector('#c-%1 details.versions').open").arg(editedId);
        QVERIFY(!evaluate(view, open).toBool());
        press(view, 'e');
        QTRY_VERIFY(evaluate(view, open).toBool());
        press(view, 'e');
        QTRY_VERIFY(!evaluate(view, open).toBool());
    }
    unsigned unreadInLibrary() const
    {
        return unsigned(m_library->readState().unreadIds(m_threadId).value().size());
    }

    void readCommentsReachTheLibrary()
    {
        ThreadView view(*m_library);
        LibraryEditor editor(*m_library);
        view.setLibraryEditor(&editor);
        ReadingTracker tracker(view, editor, *m_library);
        openChunked(view);
        const unsigned before = unreadInLibrary();
        // As the page's batch arrives through the channel.
        QVERIFY(view.bridge().markCommentsRead(
            QVariantList{QStringLiteral("n1"), QStringLiteral("g2")}));
        QCOMPARE(unreadInLibrary(), before - 2);
        QVERIFY(
            !m_library->readState().unreadIds(m_threadId).value().contains(QStringLiteral("n1")));
        QCOMPARE(editor.undoStack()->count(), 0); // reading is not an edit
        // A call naming a comment of no thread shown is refused, and nothing is marked.
        QVERIFY(!view.bridge().markCommentsRead(
            QVariantList{QStringLiteral("n3"), QStringLiteral("nope")}));
        QVERIFY(
            m_library->readState().unreadIds(m_threadId).value().contains(QStringLiteral("n3")));
    }

    void markingTheThreadReadIsDrawnInThePageAndUndone()
    {
        ThreadView view(*m_library);
        LibraryEditor editor(*m_library);
        view.setLibraryEditor(&editor);
        ReadingTracker tracker(view, editor, *m_library);
        openChunked(view);
        const QString marked =
            QStringLiteral("document.querySelectorAll('main.comments article.unread').length");
        QVERIFY(evaluate(view, marked).toInt() > 0);
        tracker.markShownThreadRead(true);
        QCOMPARE(unreadInLibrary(), 0u);
        QVERIFY(QTest::qWaitFor([&] { return evaluate(view, marked).toInt() == 0; }, 5000));
        QVERIFY(evaluate(view, QStringLiteral("Scholia.unreadIds().length")).toInt() == 0);
        editor.undoStack()->undo();
        QCOMPARE(unreadInLibrary(), unsigned(m_thread.comments.size()));
        QVERIFY(QTest::qWaitFor([&] { return evaluate(view, marked).toInt() > 0; }, 5000));
        QCOMPARE(evaluate(view, QStringLiteral("Scholia.unreadIds().length")).toInt(),
                 int(m_thread.comments.size()));
    }

    // With SCHOLIA_SCREENSHOT_DIR set: the window in the light and the dark theme, a
    // Reddit thread saved twice (resave-v1, -v2) with its edited comment's diff open and
    // new and unread comments marked, as a reader sees them.
    void screenshots()
    {
        const QString shots = qEnvironmentVariable("SCHOLIA_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("SCHOLIA_SCREENSHOT_DIR is not set");
        QTemporaryDir dir;
        auto library = std::move(Library::open(dir.filePath(QStringLiteral("shots.sqlite"))).value());
        qint64 id = 0;
        for (const QString save : {QStringLiteral("resave-v1.json"), QStringLiteral("resave-v2.json")}) {
            auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + save);
            ThreadDocument incoming = RedditJsonImporter().parse(*source).value().front();
            if (id > 0)
                incoming = ThreadMerger::merge(library->threads().loadThread(id).value(), std::move(incoming));
            id = library->threads().saveThread(incoming).value();
        }
        // A third save edits r1 again, so its diff shows words removed as well as added.
        ThreadDocument third = library->threads().loadThread(id).value();
        for (Comment &c : third.comments) {
            if (c.sourceId == QLatin1String("r1")) {
                c.bodyText = QStringLiteral("The bridge opened in 1932; the city archive has the <programme>.");
                c.bodyHtml = QStringLiteral("<p>") + c.bodyText.toHtmlEscaped() + QStringLiteral("</p>");
            }
        }
        QVERIFY(library->threads().saveThread(third).ok());
        QVERIFY(library->readState().markRead(id, {QStringLiteral("r2"), QStringLiteral("r3")}).ok());
        const ThreadHistory history = library->history().load(id).value();
        // The marks as the thread was opened: the comments on screen are read meanwhile.
        const QString marks = QStringLiteral("Scholia.setReadingState({unread: %1, fresh: %2})")
                                  .arg(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(QStringList(history.unread.begin(), history.unread.end()))).toJson(QJsonDocument::Compact)),
                                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(QStringList(history.fresh.begin(), history.fresh.end()))).toJson(QJsonDocument::Compact)));
        MainWindow window(*library);
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ThreadView &view = *window.threadView();
        QTRY_VERIFY_WITH_TIMEOUT(view.currentThread() == id, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view, QStringLiteral("typeof Scholia")).toString() == QLatin1String("object"), 60000);
        for (const QString theme : {QStringLiteral("Light"), QStringLiteral("Dark")}) {
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->text() == QLatin1Char('&') + theme)
                    action->trigger();
            }
            QTRY_COMPARE_WITH_TIMEOUT(evaluate(view, QStringLiteral("document.documentElement.className")).toString(),
                                      theme.toLower(), 30000);
            evaluate(view, QStringLiteral("document.querySelectorAll('details.versions').forEach(d => d.open = true);"
                                          " Scholia.focusComment('r2'); window.scrollTo(0, 0)"));
            QTest::qWait(2000); // what dwelling reads meanwhile is read before the marks are put back
            evaluate(view, marks);
            QTest::qWait(800);
            window.grab().save(shots + QStringLiteral("/reading-") + theme.toLower() + QStringLiteral(".png"));
        }
    }

    // Runs last: leaving the thread ends what is new in it.
    void leavingTheThreadEndsWhatIsNew()
    {
        ThreadView view(*m_library);
        LibraryEditor editor(*m_library);
        view.setLibraryEditor(&editor);
        ReadingTracker tracker(view, editor, *m_library);
        openChunked(view);
        QVERIFY(!m_library->history().load(m_threadId).value().fresh.isEmpty());
        view.showThread(0);
        QVERIFY(m_library->history().load(m_threadId).value().fresh.isEmpty());
        QCOMPARE(unreadInLibrary(), unsigned(m_thread.comments.size())); // read is another matter
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestReadingState>(argc, argv, "tst_readingstate");
}

#include "tst_readingstate.moc"
