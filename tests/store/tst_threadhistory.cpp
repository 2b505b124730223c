// Versions and read state (issue 18): a re-import keeps every earlier text, marks what is
// new, missing and removed, and what the reader has read outlives the library's closing.

#include "core/threadoutline.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"
#include "import/threadmerger.h"
#include "store/library.h"
#include "store/readstatestore.h"
#include "store/threadhistorystore.h"
#include "store/threadstore.h"
#include "testthread.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Scholia;

namespace {

ThreadDocument fixtureThread(const QString &name)
{
    auto source = ImportSource::readFile(QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name);
    return RedditJsonImporter().parse(*source).value().front();
}

// A plain connection of the test's own: the rows as any SQLite tool sees them.
qint64 countRows(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    qint64 value = -1;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

// As LibraryImporter saves a newer save of a stored thread.
qint64 saveMerged(Library &library, ThreadDocument incoming)
{
    const auto id = library.threads().findThread(incoming.sourceKind, incoming.sourceId).value();
    if (id)
        incoming =
            ThreadMerger::merge(library.threads().loadThread(*id).value(), std::move(incoming));
    return library.threads().saveThread(incoming).value();
}

QSet<QString> setOf(std::initializer_list<const char *> ids)
{
    QSet<QString> set;
    for (const char *id : ids)
        set.insert(QString::fromLatin1(id));
    return set;
}

// A big thread's page takes the per-comment marks (read, new, missing, kept) from the
// outline's pass over the rows and the rest of the history without them: together they
// are the history read whole.
void verifyOutlineMarksMatchHistory(Library &library, qint64 id)
{
    const ThreadHistory whole = library.history().load(id).value();
    const ThreadOutline outline = library.threads().loadOutline(id).value();
    QVERIFY(outline.hasReadMarks());
    for (size_t i = 0; i < outline.size(); ++i) {
        QCOMPARE(bool(outline.unread[i]), whole.isUnread(outline.ids[i]));
        QCOMPARE(bool(outline.fresh[i]), whole.isNew(outline.ids[i]));
    }
    QCOMPARE(outline.missingSince, whole.missingSince);
    QCOMPARE(outline.keptAfterRemoval, whole.keptAfterRemoval);
    const ThreadHistory rest =
        library.history().load(id, ThreadHistoryStore::CommentMarks::Left).value();
    QVERIFY(rest.unread.isEmpty());
    QVERIFY(rest.fresh.isEmpty());
    QVERIFY(rest.missingSince.isEmpty());
    QVERIFY(rest.keptAfterRemoval.isEmpty());
    QCOMPARE(rest.saves, whole.saves);
    QCOMPARE(QSet<QString>(rest.earlierVersions.keyBegin(), rest.earlierVersions.keyEnd()),
             QSet<QString>(whole.earlierVersions.keyBegin(), whole.earlierVersions.keyEnd()));
}

const Comment &commentOf(const ThreadDocument &thread, const QString &id)
{
    for (const Comment &c : thread.comments) {
        if (c.sourceId == id)
            return c;
    }
    qFatal("no comment %s", qPrintable(id));
}

} // namespace

class TestThreadHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_counter));
    }

private slots:
    // resave-v2 edits r1, removes r4 (a moderator's "[removed]"), drops r5, adds r6 and r7.
    void aNewerSaveKeepsEveryEarlierTextAndMarksWhatChanged()
    {
        const QString path = freshPath();
        auto library = std::move(Library::open(path).value());
        const qint64 id = saveMerged(*library, fixtureThread(QStringLiteral("resave-v1.json")));
        const ThreadHistory first = library->history().load(id).value();
        QCOMPARE(first.saves.size(), size_t(1));
        QVERIFY(first.fresh.isEmpty()); // a first import makes nothing new
        QCOMPARE(first.unread, setOf({"r1", "r2", "r3", "r4", "r5"}));
        QCOMPARE(countRows(path, "SELECT count(*) FROM comment_versions"), 0);

        QCOMPARE(saveMerged(*library, fixtureThread(QStringLiteral("resave-v2.json"))), id);
        QCOMPARE(countRows(path, "SELECT count(*) FROM comment_versions"), 1);
        QCOMPARE(countRows(path, "SELECT count(*) FROM thread_saves"), 2);

        const ThreadHistory history = library->history().load(id).value();
        QCOMPARE(history.saves.size(), size_t(2));
        QCOMPARE(
            QSet<QString>(history.earlierVersions.keyBegin(), history.earlierVersions.keyEnd()),
            setOf({"r1"}));
        const CommentVersion earlier = history.earlierVersions.value(QStringLiteral("r1")).front();
        QCOMPARE(earlier.bodyText, QStringLiteral("The bridge opened in 1931."));
        QCOMPARE(earlier.savedAt, history.saves.front());
        QVERIFY(history.isEdited(QStringLiteral("r1")));
        QCOMPARE(history.fresh, setOf({"r1", "r6", "r7"}));
        QCOMPARE(history.unread, setOf({"r1", "r2", "r3", "r4", "r5", "r6", "r7"}));
        QCOMPARE(history.missingSince.keys(), QStringList{QStringLiteral("r5")});
        QCOMPARE(history.missingSince.value(QStringLiteral("r5")), history.saves.back());
        QCOMPARE(history.keptAfterRemoval, setOf({"r4"}));
        verifyOutlineMarksMatchHistory(*library, id);

        // The removed comment keeps the words it had, with the site's new state.
        const ThreadDocument thread = library->threads().loadThread(id).value();
        const Comment &removed = commentOf(thread, QStringLiteral("r4"));
        QCOMPARE(removed.state, CommentState::Removed);
        QCOMPARE(removed.bodyText, QStringLiteral("I walked across it yesterday, it sways."));
        QCOMPARE(removed.author, QStringLiteral("cyril"));
        QVERIFY(!commentOf(thread, QStringLiteral("r5")).inLatestSave);

        // Every text of the edited comment, oldest first.
        const auto versions = library->history().versions(id, QStringLiteral("r1")).value();
        QCOMPARE(versions.size(), size_t(2));
        QCOMPARE(versions[0].bodyText, QStringLiteral("The bridge opened in 1931."));
        QCOMPARE(versions[1].bodyText, QStringLiteral("The bridge opened in 1932, not 1931."));
        QCOMPARE(versions[1].savedAt, history.saves.back());
        QVERIFY(versions[1].edited.isValid());
        QCOMPARE(library->history().versions(id, QStringLiteral("r2")).value().size(), size_t(1));

        // The library list has the counts without loading the thread.
        const ThreadSummary summary = library->threads().listThreads().value().front();
        QCOMPARE(summary.newCount, 3);
        QCOMPARE(summary.unreadCount, 7);

        // The same save again changes nothing more.
        saveMerged(*library, fixtureThread(QStringLiteral("resave-v2.json")));
        QCOMPARE(countRows(path, "SELECT count(*) FROM comment_versions"), 1);
        QCOMPARE(library->history().load(id).value().keptAfterRemoval, setOf({"r4"}));
    }

    void aSecondEditKeepsBothEarlierTextsInOrder()
    {
        auto library = std::move(Library::open(freshPath()).value());
        ThreadDocument doc = TestThread::make();
        const qint64 id = library->threads().saveThread(doc).value();
        TestThread::setText(doc, QStringLiteral("c4"), QStringLiteral("Curry, on reflection."));
        QVERIFY(library->threads().saveThread(doc).ok());
        TestThread::setText(doc, QStringLiteral("c4"), QStringLiteral("Curry, finally."));
        QVERIFY(library->threads().saveThread(doc).ok());
        QStringList texts;
        for (const CommentVersion &v :
             library->history().versions(id, QStringLiteral("c4")).value())
            texts << v.bodyText;
        QCOMPARE(texts, QStringList({QStringLiteral("A third opinion: curry."),
                                     QStringLiteral("Curry, on reflection."),
                                     QStringLiteral("Curry, finally.")}));
    }

    // A re-sanitized HTML with the same words is the same text.
    void aChangeOfHtmlAloneMakesNoVersion()
    {
        const QString path = freshPath();
        auto library = std::move(Library::open(path).value());
        ThreadDocument doc = TestThread::make();
        const qint64 id = library->threads().saveThread(doc).value();
        QVERIFY(library->readState().markRead(id, {QStringLiteral("c1")}).ok());
        doc.comments[0].bodyHtml =
            QStringLiteral("<p><b>") + doc.comments[0].bodyText + QStringLiteral("</b></p>");
        QVERIFY(library->threads().saveThread(doc).ok());
        QCOMPARE(countRows(path, "SELECT count(*) FROM comment_versions"), 0);
        QVERIFY(!library->history().load(id).value().isUnread(QStringLiteral("c1")));
        QVERIFY(library->threads().loadThread(id).value().comments[0].bodyHtml.contains(
            QStringLiteral("<b>")));
    }

    // A changed text is a new one: unread and new again, even where it had been read.
    void aChangedTextIsUnreadAgain()
    {
        auto library = std::move(Library::open(freshPath()).value());
        ThreadDocument doc = TestThread::make();
        const qint64 id = library->threads().saveThread(doc).value();
        QVERIFY(library->readState().setUnread(id, {}).ok());
        TestThread::setText(doc, QStringLiteral("c2"), QStringLiteral("Agreed. Chips with salt."));
        QVERIFY(library->threads().saveThread(doc).ok());
        const ThreadHistory history = library->history().load(id).value();
        QCOMPARE(history.unread, setOf({"c2"}));
        QCOMPARE(history.fresh, setOf({"c2"}));
        verifyOutlineMarksMatchHistory(*library, id);
    }

    void readStateOutlivesTheLibrarysClosing()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto library = std::move(Library::open(path).value());
            id = saveMerged(*library, fixtureThread(QStringLiteral("resave-v1.json")));
            saveMerged(*library, fixtureThread(QStringLiteral("resave-v2.json")));
            QVERIFY(library->readState()
                        .markRead(id, {QStringLiteral("r1"), QStringLiteral("r2"),
                                       QStringLiteral("nonesuch")})
                        .ok());
        }
        {
            auto library = std::move(Library::open(path).value());
            QCOMPARE(library->readState().unreadIds(id).value(),
                     QStringList({"r3", "r6", "r4", "r5", "r7"}));
            const ThreadHistory history = library->history().load(id).value();
            QCOMPARE(history.fresh, setOf({"r6", "r7"}));
            verifyOutlineMarksMatchHistory(*library, id);
            QCOMPARE(library->threads().listThreads().value().front().newCount, 2);
            QCOMPARE(library->threads().listThreads().value().front().unreadCount, 5);

            // Unread again on request; visiting makes nothing new, the unread stay unread.
            QVERIFY(library->readState().markRead(id, {QStringLiteral("r2")}, false).ok());
            QVERIFY(library->readState().markVisited(id).ok());
        }
        {
            auto library = std::move(Library::open(path).value());
            const ThreadHistory history = library->history().load(id).value();
            QVERIFY(history.fresh.isEmpty());
            QCOMPARE(history.unread, setOf({"r2", "r3", "r4", "r5", "r6", "r7"}));
            verifyOutlineMarksMatchHistory(*library, id);
            QCOMPARE(library->threads().listThreads().value().front().newCount, 0);
            // Exactly this set unread, the rest read.
            QVERIFY(library->readState().setUnread(id, {QStringLiteral("r3")}).ok());
            QCOMPARE(library->readState().unreadIds(id).value(), QStringList{QStringLiteral("r3")});
            QCOMPARE(library->threads().listThreads().value().front().unreadCount, 1);
        }
    }

    // A placeholder stands for replies not saved: nothing to read.
    void placeholdersAreNeverUnread()
    {
        auto library = std::move(Library::open(freshPath()).value());
        const qint64 id = library->threads().saveThread(TestThread::make()).value();
        QCOMPARE(library->readState().unreadIds(id).value(), QStringList({"c1", "c2", "c3", "c4"}));
        QVERIFY(
            library->readState().setUnread(id, {QStringLiteral("m1"), QStringLiteral("c2")}).ok());
        QCOMPARE(library->readState().unreadIds(id).value(), QStringList{QStringLiteral("c2")});
        QCOMPARE(library->threads().listThreads().value().front().unreadCount, 1);
    }

    void unknownThreadsAndCommentsAreErrors()
    {
        auto library = std::move(Library::open(freshPath()).value());
        const qint64 id = library->threads().saveThread(TestThread::make()).value();
        const auto noComment = library->history().versions(id, QStringLiteral("nonesuch"));
        QVERIFY(!noComment.ok());
        QVERIFY2(noComment.error().message.contains(QStringLiteral("nonesuch")),
                 qPrintable(noComment.error().message));
        QVERIFY(!library->history().versions(id + 1, QStringLiteral("c1")).ok());
        QVERIFY(!library->history().load(id + 1).ok());
        QVERIFY(!library->readState().markRead(id + 1, {QStringLiteral("c1")}).ok());
        QVERIFY(!library->readState().markVisited(id + 1).ok());
    }

    void deletingAThreadDeletesItsHistory()
    {
        const QString path = freshPath();
        auto library = std::move(Library::open(path).value());
        ThreadDocument doc = TestThread::make();
        const qint64 id = library->threads().saveThread(doc).value();
        TestThread::setText(doc, QStringLiteral("c1"), QStringLiteral("Changed."));
        QVERIFY(library->threads().saveThread(doc).ok());
        QCOMPARE(countRows(path, "SELECT count(*) FROM comment_versions"), 1);
        QVERIFY(library->threads().deleteThread(id).ok());
        QCOMPARE(countRows(path, "SELECT count(*) FROM comment_versions"), 0);
        QCOMPARE(countRows(path, "SELECT count(*) FROM thread_saves"), 0);
    }
};

QTEST_GUILESS_MAIN(TestThreadHistory)
#include "tst_threadhistory.moc"
