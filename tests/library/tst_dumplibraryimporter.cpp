// Whole-community dumps (Pushshift / Arctic Shift .zst) into the library: threads, trees,
// rendered Markdown and counts from a generated dump; bad lines counted, not fatal; what a
// dump lacks marked; resume and cancel.
#include "core/commenttree.h"
#include "dumpwriter.h"
#include "library/dumplibraryimporter.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zstd.h>

using namespace Scholia;

namespace {

QByteArray compressed(const QByteArray &text)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress(out.data(), size_t(out.size()), text.constData(), size_t(text.size()), 3);
    out.resize(qsizetype(size));
    return out;
}

QByteArray comment(const QString &id, const QString &thread, const QString &parent, const QString &body = QStringLiteral("text"))
{
    return QStringLiteral(R"({"id":"%1","link_id":"t3_%2","parent_id":"%3","author":"a","body":"%4","created_utc":1600000000,"score":1,"subreddit":"Test"})")
               .arg(id, thread, parent.isEmpty() ? QStringLiteral("t3_") + thread : QStringLiteral("t1_") + parent, body)
               .toUtf8()
        + '\n';
}

QByteArray submission(const QString &id)
{
    return QStringLiteral(R"({"id":"%1","title":"Thread %1","selftext":"","author":"op","created_utc":1600000000,"num_comments":2,"subreddit":"Test"})")
               .arg(id)
               .toUtf8()
        + '\n';
}

} // namespace

class TestDumpLibraryImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Library> freshLibrary()
    {
        return std::move(Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter))).value());
    }
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("dump-%1.zst").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test dump");
        return path;
    }
    ThreadDocument storedThread(Library &library, const QString &sourceId)
    {
        const auto id = library.threads().findThread(QStringLiteral("reddit"), sourceId).value();
        if (!id)
            return {};
        return library.threads().loadThread(*id).value();
    }

private slots:
    void importsAGeneratedDump()
    {
        const QString path = m_dir.filePath(QStringLiteral("generated.zst"));
        DumpWriter::Stats stats;
        QCOMPARE(DumpWriter(7).write(path, 600, 12, stats), QString());
        auto library = freshLibrary();
        const DumpImportResult result = DumpLibraryImporter(*library).importDump(path);
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->toString()) : "");
        QCOMPARE(result.badLines, 0);
        QCOMPARE(result.threadsImported, stats.threads);
        QCOMPARE(result.comments, 600);
        QCOMPARE(result.threadsNotWhole, stats.absentSubmissions);
        QCOMPARE(library->threads().threadCount().value(), int(stats.threads));
        int comments = 0;
        bool markdownRendered = false;
        for (qint64 t = 0; t < stats.threads; ++t) {
            const ThreadDocument thread = storedThread(*library, DumpWriter::threadId(t));
            QVERIFY(CommentTree::validate(thread.comments).ok());
            comments += thread.realCommentCount();
            for (const Comment &c : thread.comments)
                markdownRendered = markdownRendered || c.bodyHtml.contains(QLatin1String("<p>"));
        }
        QCOMPARE(comments, 600);
        QVERIFY(markdownRendered);
    }

    void badLinesAreCountedNotFatal()
    {
        QByteArray dump = submission(QStringLiteral("t1")) + comment(QStringLiteral("a"), QStringLiteral("t1"), {});
        dump += R"({"id":12,"link_id":"t3_t1","parent_id":"t3_t1","body":"x"})" "\n";
        dump += R"({"id":"b","link_id":"t3_t1","parent_id":"t3_t1","body":{"x":1}})" "\n";
        dump += R"({"id":"c","link_id":"t3_t1","parent_id":"t1_a","body":"old","created_utc":"1200000000"})" "\n";
        dump += "{\"id\":\"d\",\"link_id\":\"t3_t1\",\"par"; // truncated last line
        auto library = freshLibrary();
        const DumpImportResult result = DumpLibraryImporter(*library).importDump(write(compressed(dump)));
        QVERIFY(!result.error);
        QCOMPARE(result.badLines, 3);
        QCOMPARE(result.badLineMessages.size(), 3);
        QVERIFY2(result.badLineMessages[0].contains(QLatin1String("(at line 3)")), qPrintable(result.badLineMessages[0]));
        QVERIFY(result.badLineMessages[1].contains(QLatin1String("\"body\" is an object")));
        QVERIFY(result.badLineMessages[2].contains(QLatin1String("(at line 6)")));
        const ThreadDocument thread = storedThread(*library, QStringLiteral("t1"));
        QCOMPARE(thread.comments.size(), size_t(2));
        QCOMPARE(thread.comments[1].created.toSecsSinceEpoch(), 1200000000);
        QCOMPARE(thread.comments[1].depth, 1);
    }

    void whatTheDumpLacksIsMarked()
    {
        // Thread t1: comment b answers a comment the dump lacks. Thread t2: no submission.
        const QByteArray dump = submission(QStringLiteral("t1")) + comment(QStringLiteral("a"), QStringLiteral("t1"), {})
                                + comment(QStringLiteral("b"), QStringLiteral("t1"), QStringLiteral("gone"))
                                + comment(QStringLiteral("c"), QStringLiteral("t2"), {});
        auto library = freshLibrary();
        const DumpImportResult result = DumpLibraryImporter(*library).importDump(write(compressed(dump)));
        QVERIFY(!result.error);
        QCOMPARE(result.threadsNotWhole, 2);
        const ThreadDocument orphaned = storedThread(*library, QStringLiteral("t1"));
        QCOMPARE(orphaned.comments.size(), size_t(2));
        QCOMPARE(orphaned.comments[1].depth, 0); // hangs under the submission
        QCOMPARE(orphaned.gaps.missingComments, 1);
        const ThreadDocument placeholder = storedThread(*library, QStringLiteral("t2"));
        QVERIFY(placeholder.title.contains(QLatin1String("not in the dump")));
        QVERIFY(!placeholder.gaps.isWhole());
        QCOMPARE(placeholder.comments.size(), size_t(1));
    }

    void aHundredThousandDeepChain()
    {
        constexpr int length = 100000;
        QByteArray dump = submission(QStringLiteral("deep"));
        for (int i = 0; i < length; ++i)
            dump += comment(QString::number(i, 36), QStringLiteral("deep"), i == 0 ? QString() : QString::number(i - 1, 36), QStringLiteral("x"));
        auto library = freshLibrary();
        const DumpImportResult result = DumpLibraryImporter(*library).importDump(write(compressed(dump)));
        QVERIFY(!result.error);
        QCOMPARE(result.comments, length);
        const ThreadDocument thread = storedThread(*library, QStringLiteral("deep"));
        QCOMPARE(thread.comments.back().depth, length - 1);
    }

    void unreadableFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray whole = compressed(submission(QStringLiteral("t1")) + comment(QStringLiteral("a"), QStringLiteral("t1"), {}));
        QTest::newRow("empty") << QByteArray() << "the file is empty";
        QTest::newRow("not zstd") << QByteArray("{\"id\":\"x\"}\n") << "not a zstd-compressed file";
        QTest::newRow("truncated frame") << whole.left(whole.size() - 6) << "truncated";
    }
    void unreadableFilesChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        auto library = freshLibrary();
        const QString path = write(bytes);
        const DumpImportResult result = DumpLibraryImporter(*library).importDump(path);
        QVERIFY(result.error);
        QVERIFY(!result.cancelled());
        QVERIFY2(result.error->message.contains(reason), qPrintable(result.error->toString()));
        QCOMPARE(result.error->file, path);
        QCOMPARE(library->threads().threadCount().value(), 0);
    }

    void aRerunSkipsWholeThreads()
    {
        const QString path = m_dir.filePath(QStringLiteral("rerun.zst"));
        DumpWriter::Stats stats;
        QCOMPARE(DumpWriter(3).write(path, 200, 8, stats), QString());
        auto library = freshLibrary();
        QCOMPARE(DumpLibraryImporter(*library).importDump(path).threadsImported, stats.threads);
        const DumpImportResult again = DumpLibraryImporter(*library).importDump(path);
        QVERIFY(!again.error);
        QCOMPARE(again.threadsSkipped, stats.threads);
        QCOMPARE(again.threadsImported + again.threadsMerged, 0);
    }

    void cancelKeepsTheThreadsFinished()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.zst"));
        DumpWriter::Stats stats;
        QCOMPARE(DumpWriter(5).write(path, 200, 10, stats), QString());
        auto library = freshLibrary();
        std::atomic<bool> cancel = false;
        DumpLibraryImporter importer(*library);
        importer.setProgressHandler([&cancel](const DumpImportProgress &progress) {
            if (progress.threadsDone >= 3)
                cancel = true;
        });
        const DumpImportResult result = importer.importDump(path, &cancel);
        QVERIFY(result.cancelled());
        QCOMPARE(result.threadsImported, 3);
        QCOMPARE(library->threads().threadCount().value(), 3);
        // Resuming imports the rest and skips those three.
        const DumpImportResult resumed = DumpLibraryImporter(*library).importDump(path);
        QCOMPARE(resumed.threadsSkipped, 3);
        QCOMPARE(resumed.threadsImported, stats.threads - 3);
    }
};

QTEST_GUILESS_MAIN(TestDumpLibraryImporter)
#include "tst_dumplibraryimporter.moc"
