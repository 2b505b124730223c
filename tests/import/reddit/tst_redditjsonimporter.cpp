#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"

#include <QTest>

#include <limits>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source = ImportSource::readFile(fixture(name));
    if (!source)
        return source.error();
    return RedditJsonImporter().parse(*source);
}

// The import warnings that say the save is incomplete.
QStringList gapWarnings(const ThreadDocument &doc)
{
    return doc.warnings.filter(QStringLiteral("incomplete save"));
}

} // namespace

class TestRedditJsonImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsThePost()
    {
        auto threads = parseFixture(QStringLiteral("small-thread.json"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("reddit"));
        QCOMPARE(doc.sourceId, QStringLiteral("abc123"));
        QCOMPARE(doc.title, QStringLiteral("Cats & dogs: which is \u201cbetter\u201d?"));
        QCOMPARE(doc.author, QStringLiteral("alice"));
        QCOMPARE(doc.site, QStringLiteral("reddit.com/r/testsub"));
        QCOMPARE(doc.url, QUrl(QStringLiteral("https://www.reddit.com/r/testsub/comments/abc123/cats_dogs/")));
        QCOMPARE(doc.created.toSecsSinceEpoch(), qint64(1700000000));
        QCOMPARE(doc.created.offsetFromUtc(), 0);
        QCOMPARE(doc.score, std::optional<qint64>(321));
        QVERIFY(doc.linkUrl.isEmpty());
        QCOMPARE(doc.bodyText, QStringLiteral("Settle it: cats & dogs."));
        QVERIFY(doc.bodyHtml.contains(QStringLiteral("<em>cats</em> &amp; dogs")));
        QVERIFY(!doc.bodyHtml.contains(QStringLiteral("SC_OFF")));
    }

    void buildsTheTreeInPreorder()
    {
        auto threads = parseFixture(QStringLiteral("small-thread.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QStringList ids;
        QList<int> depths, parents;
        for (const Comment &c : doc.comments) {
            ids << c.sourceId;
            depths << c.depth;
            parents << c.parent;
        }
        QCOMPARE(ids, QStringList({"c1", "c2", "c3", "more:c1", "c4", "c5", "c6", "c7", "more:abc123"}));
        QCOMPARE(depths, QList<int>({0, 1, 2, 1, 0, 1, 0, 0, 0}));
        QCOMPARE(parents, QList<int>({-1, 0, 1, 0, -1, 4, -1, -1, -1}));
        QCOMPARE(doc.realCommentCount(), 7);
        QCOMPARE(doc.findComment("c1")->siblingIndex, 0);
        QCOMPARE(doc.findComment("c7")->siblingIndex, 3);
    }

    void keepsDeletedRemovedAndMoreStubs()
    {
        auto threads = parseFixture(QStringLiteral("small-thread.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *deleted = doc.findComment("c4");
        QCOMPARE(deleted->state, CommentState::Deleted);
        QCOMPARE(deleted->author, QStringLiteral("[deleted]"));
        QCOMPARE(doc.findComment("c5")->parent, 4); // its reply is kept under it
        QCOMPARE(doc.findComment("c6")->state, CommentState::Removed);
        QCOMPARE(doc.findComment("c1")->state, CommentState::Normal);
        const Comment *more = doc.findComment("more:c1");
        QVERIFY(more->isPlaceholder());
        QCOMPARE(*more->notSavedReplies, 5);
        QCOMPARE(more->parent, 0);
        QCOMPARE(*doc.findComment("more:abc123")->notSavedReplies, 12);
        QVERIFY(!doc.findComment("c1")->isPlaceholder());
    }

    // "more" stubs with a count are counted (as their placeholders are), the count-0 stubs
    // Reddit writes at its depth limit ("continue this thread") are places without a
    // number, and num_comments is the site's total.
    void reportsWhatTheSaveLacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("uncounted");
        QTest::addColumn<int>("siteTotal");
        QTest::addColumn<QStringList>("missingIds");
        QTest::addColumn<QString>("detail"); // empty: the save is whole
        QTest::newRow("more stubs")
            << "small-thread.json" << 17 << 0 << 9
            << QStringList({"x1", "x2", "x3", "x4", "x5", "y0", "y1", "y2", "y3", "y4", "y5", "y6",
                            "y7", "y8", "y9", "y10", "y11"})
            << "2 \"more\" stubs";
        QTest::newRow("continue this thread")
            << "continue-thread.json" << 3 << 2 << 9 << QStringList({"d1", "d2", "d3"})
            << "2 \"continue this thread\" stubs and 1 \"more\" stub";
        QTest::newRow("whole") << "annotated-thread.json" << 0 << 0 << 5 << QStringList()
                               << QString();
    }
    void reportsWhatTheSaveLacks()
    {
        QFETCH(QString, file);
        QFETCH(int, missing);
        QFETCH(int, uncounted);
        QFETCH(int, siteTotal);
        QFETCH(QStringList, missingIds);
        QFETCH(QString, detail);
        auto threads = parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.gaps.missingComments, missing);
        QCOMPARE(doc.gaps.uncountedGaps, uncounted);
        QCOMPARE(doc.gaps.siteTotal, std::optional<int>(siteTotal));
        QCOMPARE(doc.gaps.missingIds, missingIds);
        int stubs = 0, notSaved = 0;
        for (const Comment &c : doc.comments) {
            if (c.isPlaceholder()) {
                ++stubs;
                notSaved += *c.notSavedReplies;
            }
        }
        QCOMPARE(notSaved, missing); // the view's placeholders say the same
        const QStringList warnings = gapWarnings(doc);
        if (detail.isEmpty()) {
            QVERIFY(doc.gaps.isWhole());
            QCOMPARE(stubs, 0);
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY(!doc.gaps.isWhole());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first(), doc.gaps.importWarning(doc.sourceKind, detail));
        QVERIFY2(warnings.first().contains(QString::number(missing)), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(detail), qPrintable(warnings.first()));
    }

    void continueThisThreadStaysAPlaceholder()
    {
        auto threads = parseFixture(QStringLiteral("continue-thread.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *deep = doc.findComment("more:a3");
        QVERIFY(deep && deep->isPlaceholder());
        QCOMPARE(deep->notSavedReplies, std::optional<int>(0));
        QCOMPARE(deep->depth, 3);
        QCOMPARE(doc.realCommentCount(), 6);
    }

    // Counts a file states are summed without overflowing, however absurd.
    void hugeCountsSaturate()
    {
        const QByteArray stub = "{\"kind\":\"more\",\"data\":{\"count\":2147483647,\"parent_id\":"
                                "\"t3_p\",\"children\":[\"z1\"]}}";
        const QByteArray json = "[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\","
                                "\"data\":{\"id\":\"p\",\"title\":\"t\",\"num_comments\":1e30}}]}},"
                                "{\"kind\":\"Listing\",\"data\":{\"children\":[" +
                                stub + "," + stub + "]}}]";
        auto threads = RedditJsonImporter().parse({QStringLiteral("huge.json"), json});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.gaps.missingComments, std::numeric_limits<int>::max());
        QCOMPARE(doc.gaps.missingIds, QStringList{"z1"});
        QCOMPARE(doc.gaps.siteTotal, std::nullopt); // not a number Scholia can hold
        QCOMPARE(gapWarnings(doc).size(), 1);
    }

    void decodesEntitiesAndSanitizes()
    {
        auto threads = parseFixture(QStringLiteral("small-thread.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *c1 = doc.findComment("c1");
        QVERIFY2(c1->bodyText.startsWith(QStringLiteral("Fish & chips <3")), qPrintable(c1->bodyText));
        QVERIFY(c1->bodyText.contains(QStringLiteral("quoted")));
        QVERIFY(c1->bodyHtml.contains(QStringLiteral("Fish &amp; chips &lt;3")));
        QVERIFY(c1->bodyHtml.contains(QStringLiteral("<blockquote>")));
        QVERIFY(!c1->bodyHtml.contains(QStringLiteral("class=")));

        const Comment *c3 = doc.findComment("c3");
        QVERIFY(!c3->bodyHtml.contains(QStringLiteral("javascript")));
        QVERIFY(c3->bodyText.contains(QStringLiteral("bad link")));
        QVERIFY2(c3->bodyHtml.contains(QStringLiteral("href=\"https://example.org/x?a=1&amp;b=2\"")),
                 qPrintable(c3->bodyHtml));

        const Comment *c5 = doc.findComment("c5");
        QVERIFY(!c5->bodyHtml.contains(QStringLiteral("script")));
        QVERIFY(!c5->bodyText.contains(QStringLiteral("alert")));

        // No body_html: the Markdown body is used as text, entities decoded.
        const Comment *c7 = doc.findComment("c7");
        QCOMPARE(c7->bodyText, QStringLiteral("Z\u00fcrich \U0001F680 & co"));
        QCOMPARE(c7->author, QStringLiteral("zo\u00eb"));
    }

    void readsTimesScoresAndEdits()
    {
        auto threads = parseFixture(QStringLiteral("small-thread.json"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        const Comment *c2 = doc.findComment("c2");
        QVERIFY(c2->wasEdited);
        QCOMPARE(c2->edited.toSecsSinceEpoch(), qint64(1700000500));
        QCOMPARE(c2->created.toSecsSinceEpoch(), qint64(1700000200));
        const Comment *c1 = doc.findComment("c1");
        QVERIFY(!c1->wasEdited);
        QVERIFY(!c1->edited.isValid());
        QCOMPARE(c1->score, std::optional<qint64>(42));
        QCOMPARE(c1->url, QUrl(QStringLiteral("https://www.reddit.com/r/testsub/comments/abc123/cats_dogs/c1/")));
    }

    void reportsBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "not-json.json" << "reddit-json: not valid JSON: illegal value (at byte 1)";
        QTest::newRow("wrong shape") << "wrong-shape.json"
                                     << "reddit-json: expected an array of two Listings (the post, then its comments), found an object (at top level)";
        QTest::newRow("truncated") << "truncated.json" << "reddit-json: not valid JSON:";
        QTest::newRow("missing parent") << "missing-parent.json"
                                        << "reddit-json: comment \"c5\" replies to \"nope\", which is not in the file";
    }
    void reportsBrokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto threads = parseFixture(file);
        QVERIFY(!threads.ok());
        const QString message = threads.error().toString();
        QVERIFY2(message.startsWith(fixture(file) + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void truncatedFileSaysWhere()
    {
        auto threads = parseFixture(QStringLiteral("truncated.json"));
        QVERIFY(!threads.ok());
        QVERIFY(threads.error().byteOffset > 0);
    }

    void tooDeepJsonIsAnErrorNotACrash()
    {
        QByteArray deep = "[";
        deep += QByteArray(5000, '[') + QByteArray(5000, ']') + "]";
        auto threads = RedditJsonImporter().parse({QStringLiteral("deep.json"), deep});
        QVERIFY(!threads.ok());
        QVERIFY2(threads.error().message.contains(QStringLiteral("deeper than")), qPrintable(threads.error().message));
    }

    void deepReplyChainImports()
    {
        // Each reply level nests five JSON containers, so 200 levels is about as deep as
        // the parser's 1024-level limit lets Reddit JSON go; the walk itself is iterative.
        const int levels = 200;
        QByteArray json = "[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\","
                          "\"data\":{\"id\":\"p\",\"title\":\"deep\"}}]}},"
                          "{\"kind\":\"Listing\",\"data\":{\"children\":[";
        for (int i = 0; i < levels; ++i) {
            json += "{\"kind\":\"t1\",\"data\":{\"id\":\"d" + QByteArray::number(i)
                + "\",\"body\":\"level " + QByteArray::number(i)
                + "\",\"replies\":{\"kind\":\"Listing\",\"data\":{\"children\":[";
        }
        for (int i = 0; i < levels; ++i)
            json += "]}}}}";
        json += "]}}]";
        auto threads = RedditJsonImporter().parse({QStringLiteral("deep.json"), json});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(int(threads->front().comments.size()), levels);
        QCOMPARE(threads->front().comments.back().depth, levels - 1);
    }

    void detectsFromContent()
    {
        RedditJsonImporter importer;
        auto source = ImportSource::readFile(fixture(QStringLiteral("small-thread.json")));
        QVERIFY(source.ok());
        QVERIFY(importer.detect(*source) >= 80);
        source->path = QStringLiteral("renamed.txt");
        QVERIFY(importer.detect(*source) >= 80);
        QCOMPARE(importer.detect({QStringLiteral("x.json"), QByteArray("{\"a\": 1}")}), 0);
        QCOMPARE(importer.detect({QStringLiteral("page.html"), QByteArray("<html>")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestRedditJsonImporter)
#include "tst_redditjsonimporter.moc"
