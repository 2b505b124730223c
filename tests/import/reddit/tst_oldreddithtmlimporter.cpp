// A saved old.reddit.com comments page: the post, the nested comments, stubs and states.

#include "core/commenttree.h"
#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/reddit/oldreddithtmlimporter.h"

#include <QTest>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/oldreddit/") + name;
}

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source = ImportSource::readFile(fixture(name));
    if (!source)
        return source.error();
    return OldRedditHtmlImporter().parse(*source);
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestOldRedditHtmlImporter : public QObject
{
    Q_OBJECT

private:
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

private slots:
    void readsThePost()
    {
        auto threads = parseFixture(QStringLiteral("thread.html"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("reddit"));
        QCOMPARE(doc.sourceId, QStringLiteral("1abcde"));
        QCOMPARE(doc.site, QStringLiteral("reddit.com/r/DataHoarder"));
        QCOMPARE(doc.url, QUrl(QStringLiteral(
                              "https://www.reddit.com/r/DataHoarder/comments/1abcde/tape_vs_disk_in_2024/")));
        QCOMPARE(doc.title,
                 QStringLiteral("Tape vs. disk in 2024 \u2014 what's cheaper & safer?"));
        QCOMPARE(doc.author, QStringLiteral("zoe_archivist"));
        QCOMPARE(doc.created, utc(1, 10, 0));
        QCOMPARE(doc.score, std::optional<qint64>(128));
        QVERIFY(doc.linkUrl.isEmpty());
        QVERIFY2(doc.bodyText.startsWith(QStringLiteral("I have ~40 TB")), qPrintable(doc.bodyText));
        QVERIFY2(doc.bodyText.contains(QStringLiteral("\u20ac welcome \u2014 I'm in K\u00f6ln.")),
                 qPrintable(doc.bodyText));
        QCOMPARE(doc.warnings, doc.warnings.filter(QStringLiteral("incomplete save"))); // see below
    }

    void buildsTheTreeInPageOrder()
    {
        auto threads = parseFixture(QStringLiteral("thread.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QVERIFY(CommentTree::validate(doc.comments).ok());
        QStringList ids;
        QList<int> depths;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
        }
        QCOMPARE(ids, QStringList({"k001", "k002", "k003", "k004", "k005", "k006", "more:k001",
                                   "k007", "k008", "k009", "k010", "k011", "k012", "k013", "k014",
                                   "k015", "more:1abcde"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 4, 1, 1, 0, 1, 1, 2, 0, 0, 1, 0, 1, 0}));
        QCOMPARE(doc.realCommentCount(), 15);
        QCOMPARE(doc.comments[size_t(doc.findComment("k004")->parent)].sourceId, QStringLiteral("k003"));
        QCOMPARE(doc.findComment("k007")->siblingIndex, 1);
        QCOMPARE(doc.findComment("k002")->url,
                 QUrl(QStringLiteral("https://www.reddit.com/r/DataHoarder/comments/1abcde/"
                                     "tape_vs_disk_in_2024/k002/")));
    }

    void readsPlaceholders()
    {
        auto threads = parseFixture(QStringLiteral("thread.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *under = doc.findComment("more:k001");
        QVERIFY(under && under->isPlaceholder());
        QCOMPARE(under->notSavedReplies, std::optional<int>(3));
        QCOMPARE(doc.comments[size_t(under->parent)].sourceId, QStringLiteral("k001"));
        const Comment *top = doc.findComment("more:1abcde");
        QVERIFY(top && top->isPlaceholder());
        QCOMPARE(top->notSavedReplies, std::optional<int>(12));
        QCOMPARE(top->parent, -1);
        QVERIFY(!doc.findComment("k001")->isPlaceholder());
    }

    // "load more comments (N replies)" stubs are counted, as their placeholders are; a
    // "continue this thread" link (Reddit's depth limit) gives no number; the post's
    // data-comments-count is the site's total.
    void reportsWhatTheSaveLacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("uncounted");
        QTest::addColumn<int>("siteTotal");
        QTest::addColumn<QString>("detail"); // empty: the save is whole
        QTest::newRow("stubs") << "thread.html" << 15 << 0 << 27
                               << "2 \"load more comments\" stubs";
        QTest::newRow("continue this thread")
            << "deep-thread.html" << 5 << 1 << 9
            << "1 \"continue this thread\" link and 2 \"load more comments\" stubs";
        QTest::newRow("whole") << "whole-thread.html" << 0 << 0 << 2 << QString();
    }
    void reportsWhatTheSaveLacks()
    {
        QFETCH(QString, file);
        QFETCH(int, missing);
        QFETCH(int, uncounted);
        QFETCH(int, siteTotal);
        QFETCH(QString, detail);
        auto threads = parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.gaps.missingComments, missing);
        QCOMPARE(doc.gaps.uncountedGaps, uncounted);
        QCOMPARE(doc.gaps.siteTotal, std::optional<int>(siteTotal));
        QVERIFY(doc.gaps.missingIds.isEmpty()); // the page names them only in a script call
        int notSaved = 0;
        for (const Comment &c : doc.comments)
            notSaved += c.notSavedReplies.value_or(0);
        QCOMPARE(notSaved, missing);
        const QStringList warnings = doc.warnings.filter(QStringLiteral("incomplete save"));
        if (detail.isEmpty()) {
            QVERIFY(doc.gaps.isWhole());
            QVERIFY2(doc.warnings.isEmpty(), qPrintable(doc.warnings.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY(!doc.gaps.isWhole());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first(), doc.gaps.importWarning(doc.sourceKind, detail));
        QVERIFY2(warnings.first().contains(QString::number(missing)), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(detail), qPrintable(warnings.first()));
    }

    // The link is a placeholder where the thread goes on, named as the Reddit JSON
    // importer names its "continue this thread" stub, so that the two saves merge.
    void continueThisThreadIsAPlaceholder()
    {
        auto threads = parseFixture(QStringLiteral("deep-thread.html"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QVERIFY(CommentTree::validate(doc.comments).ok());
        QStringList ids;
        QList<int> depths;
        QList<std::optional<int>> notSaved;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
            notSaved << c.notSavedReplies;
        }
        QCOMPARE(ids, QStringList({"m001", "m002", "m003", "more:m003", "m004", "more:m004",
                                   "more:2deep0"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 3, 0, 1, 0}));
        QCOMPARE(notSaved, QList<std::optional<int>>(
                               {std::nullopt, std::nullopt, std::nullopt, 0, std::nullopt, 1, 4}));
        QCOMPARE(doc.realCommentCount(), 4);
    }

    void readsAuthorsTimesScoresAndEdits()
    {
        auto threads = parseFixture(QStringLiteral("thread.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *first = doc.findComment("k001");
        QCOMPARE(first->author, QStringLiteral("alice"));
        QCOMPARE(first->created, utc(1, 10, 5));
        QCOMPARE(first->score, std::optional<qint64>(42));
        QVERIFY(!first->wasEdited);
        QVERIFY(!first->edited.isValid());
        const Comment *edited = doc.findComment("k003");
        QVERIFY(edited->wasEdited);
        QCOMPARE(edited->created, utc(1, 11, 0));
        QCOMPARE(edited->edited, utc(1, 12, 0));
        QCOMPARE(edited->score, std::optional<qint64>(9));
        QCOMPARE(doc.findComment("k014")->score, std::nullopt); // [score hidden]
        QCOMPARE(doc.findComment("k014")->created, utc(1, 14, 0));
    }

    void readsOnlyTheCommentsOwnBody()
    {
        auto threads = parseFixture(QStringLiteral("thread.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *first = doc.findComment("k001");
        QCOMPARE(first->bodyText.trimmed(),
                 QStringLiteral("Fish & chips aside, see the LTO article for the numbers."));
        QVERIFY2(first->bodyHtml.contains(
                     QStringLiteral("https://en.wikipedia.org/wiki/Linear_Tape-Open")),
                 qPrintable(first->bodyHtml));
        const Comment *quoting = doc.findComment("k002");
        QVERIFY2(quoting->bodyHtml.contains(QStringLiteral("<blockquote>")),
                 qPrintable(quoting->bodyHtml));
        QVERIFY(quoting->bodyText.contains(QStringLiteral("Tape is dead")));
        QVERIFY(!quoting->bodyText.contains(QStringLiteral("LTO-6")));
        QCOMPARE(doc.findComment("k004")->bodyText.trimmed(),
                 QStringLiteral("Z\u00fcrich \u2014 na\u00efve caf\u00e9 \u65e5\u672c\u8a9e "
                                "\U0001F4FC"));
        QCOMPARE(doc.findComment("k012")->bodyText.trimmed(),
                 QStringLiteral("I <3 tapes & \"cold\" storage\u2026 it's 5 > 3."));
        QCOMPARE(doc.findComment("k013")->bodyText.trimmed(), QStringLiteral("\"Quoted\" \u2014 fine."));
    }

    void readsDeletedAndRemoved()
    {
        auto threads = parseFixture(QStringLiteral("thread.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *deleted = doc.findComment("k007");
        QCOMPARE(deleted->state, CommentState::Deleted);
        QCOMPARE(deleted->author, QStringLiteral("[deleted]"));
        QCOMPARE(doc.findComment("k008")->depth, 1);
        QCOMPARE(doc.comments[size_t(doc.findComment("k009")->parent)].sourceId, QStringLiteral("k007"));
        const Comment *removed = doc.findComment("k011");
        QCOMPARE(removed->state, CommentState::Removed);
        QCOMPARE(removed->bodyText.trimmed(), QStringLiteral("[removed]"));
        QCOMPARE(doc.findComment("k001")->state, CommentState::Normal);
    }

    void resavedPageReadsTheChanges()
    {
        auto threads = parseFixture(QStringLiteral("thread-resaved.html"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceId, QStringLiteral("1abcde"));
        QVERIFY(!doc.findComment("k010"));
        QVERIFY(doc.findComment("k016"));
        QVERIFY(doc.findComment("k003")->bodyText.contains(QStringLiteral("Edit 2")));
        QCOMPARE(doc.findComment("k003")->edited, utc(2, 8, 30));
    }

    // Bare markup: no entries, taglines, bodies or ids; nothing is assumed to be there.
    void toleratesBareMarkup()
    {
        ImportSource source;
        source.path = QStringLiteral("bare.html");
        source.data = QByteArrayLiteral(
            "<div class=\"thing link\" data-fullname=\"t3_zz9\"></div>"
            "<div class=\"thing comment\" data-fullname=\"t1_a1\">"
            "<div class=\"child\"><div class=\"sitetable\">"
            "<div class=\"thing comment\"><div class=\"entry\"></div></div>"
            "<div class=\"morechildren\">load more comments</div>"
            "</div></div></div>");
        auto threads = OldRedditHtmlImporter().parse(source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceId, QStringLiteral("zz9"));
        QVERIFY(doc.title.isEmpty());
        QCOMPARE(doc.comments.size(), size_t(3));
        QCOMPARE(doc.comments[1].sourceId, QStringLiteral("old-reddit-html:after-a1"));
        QCOMPARE(doc.comments[1].depth, 1);
        QCOMPARE(doc.comments[2].sourceId, QStringLiteral("more:a1"));
        QCOMPARE(doc.comments[2].notSavedReplies, std::optional<int>(0));
        QCOMPARE(doc.gaps.uncountedGaps, 1); // a stub with no number
        QCOMPARE(doc.gaps.missingComments, 0);
        QCOMPARE(doc.warnings.size(), 2);
    }

    void notACommentsPageIsAClearError()
    {
        auto threads = parseFixture(QStringLiteral("not-a-comments-page.html"));
        QVERIFY(!threads.ok());
        const Error &error = threads.error();
        QCOMPARE(error.message,
                 QStringLiteral("no old.reddit comments page: no div.thing.link found"));
        QCOMPARE(error.format, QStringLiteral("old-reddit-html"));
        QVERIFY(error.file.endsWith(QStringLiteral("not-a-comments-page.html")));
    }

    void detection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::newRow("page") << fixture("thread.html") << "old-reddit-html";
        QTest::newRow("resaved") << fixture("thread-resaved.html") << "old-reddit-html";
        QTest::newRow("deep") << fixture("deep-thread.html") << "old-reddit-html";
        QTest::newRow("whole") << fixture("whole-thread.html") << "old-reddit-html";
        QTest::newRow("broken") << fixture("not-a-comments-page.html") << "old-reddit-html";
        QTest::newRow("reddit json")
            << QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json") << "reddit-json";
        QTest::newRow("hn html")
            << QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/html-item.html") << "hn-html";
    }
    void detection()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        const Importer *importer = m_registry.detect(*source);
        QVERIFY(importer);
        QCOMPARE(importer->formatName(), format);
    }

    void otherFilesAreNotDetected_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("reddit json") << QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/small-thread.json");
        QTest::newRow("hn html") << QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/html-item.html");
        QTest::newRow("hn old html")
            << QStringLiteral(SCHOLIA_TEST_FIXTURES "/hackernews/html-item-old.html");
    }
    void otherFilesAreNotDetected()
    {
        QFETCH(QString, path);
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        QCOMPARE(OldRedditHtmlImporter().detect(*source), 0);
    }
};

QTEST_GUILESS_MAIN(TestOldRedditHtmlImporter)
#include "tst_oldreddithtmlimporter.moc"
