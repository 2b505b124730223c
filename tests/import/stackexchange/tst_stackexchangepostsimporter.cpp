#include "core/commenttree.h"
#include "import/importsource.h"
#include "import/stackexchange/stackexchangepostsimporter.h"

#include <QTest>
#include <QTimeZone>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/stackexchange/") + name;
}

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source = ImportSource::readFile(fixture(name));
    if (!source)
        return source.error();
    return StackExchangePostsImporter().parse(*source);
}

} // namespace

class TestStackExchangePostsImporter : public QObject
{
    Q_OBJECT

private slots:
    void oneThreadPerQuestion()
    {
        auto threads = parseFixture(QStringLiteral("Posts.xml"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(2));
        const ThreadDocument &first = threads->at(0);
        QCOMPARE(first.sourceKind, QStringLiteral("stackexchange"));
        QCOMPARE(first.sourceId, QStringLiteral("1")); // the site cannot be known from this path
        QCOMPARE(first.site, QStringLiteral("stackexchange"));
        QCOMPARE(first.title, QStringLiteral("Grind size \u2014 caf\u00e9 cr\u00e8me & espresso"));
        QCOMPARE(first.author, QStringLiteral("user 8"));
        QCOMPARE(first.score, std::optional<qint64>(7));
        QCOMPARE(first.created,
                 QDateTime(QDate(2015, 1, 27), QTime(21, 23, 5, 507), QTimeZone::utc()));
        QCOMPARE(
            first.bodyText,
            QStringLiteral("How fine should I grind for a caf\u00e9 cr\u00e8me? Fish & chips."));
        QVERIFY(first.bodyHtml.contains(QStringLiteral("<em>caf\u00e9</em>")));
        QVERIFY(!first.bodyHtml.contains(QStringLiteral("script")));

        const ThreadDocument &second = threads->at(1);
        QCOMPARE(second.author, QStringLiteral("Tanaka \u7530\u4e2d"));
        QCOMPARE(second.bodyText,
                 QStringLiteral("\u65e5\u672c\u306e\u30b3\u30fc\u30d2\u30fc\u306f\uff1f"));
        QVERIFY(second.comments.empty());
        QVERIFY(!second.score.has_value() || *second.score == 0);
    }

    void answersAreTopLevelReplies()
    {
        auto threads = parseFixture(QStringLiteral("Posts.xml"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->at(0);
        QVERIFY(CommentTree::validate(doc.comments).ok());
        QCOMPARE(int(doc.comments.size()), 2);
        const Comment &a = doc.comments[0];
        QCOMPARE(a.sourceId, QStringLiteral("3"));
        QCOMPARE(a.depth, 0);
        QCOMPARE(a.parent, -1);
        QCOMPARE(a.author, QStringLiteral("user 9"));
        QVERIFY(a.wasEdited);
        QCOMPARE(a.edited, QDateTime(QDate(2015, 1, 29), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(!a.bodyHtml.contains(QStringLiteral("javascript")));
        const Comment &b = doc.comments[1];
        QCOMPARE(b.sourceId, QStringLiteral("6"));
        QCOMPARE(b.siblingIndex, 1);
        QCOMPARE(b.score, std::optional<qint64>(-1));
        QVERIFY(b.author.isEmpty()); // neither a name nor a user id: unknown
        QVERIFY(!b.wasEdited);
    }

    void warnsAboutWhatItLeftOut()
    {
        auto threads = parseFixture(QStringLiteral("Posts.xml"));
        QVERIFY(threads.ok());
        const QString warnings = threads->front().warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(
                     QStringLiteral("left out 2 row(s) that are neither questions nor answers")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(
                     QStringLiteral("left out 1 answer(s) whose question is not in the file")),
                 qPrintable(warnings));
    }

    // A dump cut at a date holds the questions whole but their later answers not; each
    // question's AnswerCount says how many it has.
    void reportsAnswersTheDumpLacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("xml"); // used when file is empty
        QTest::addColumn<int>("question");   // index among the file's questions
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("siteTotal"); // -1: no AnswerCount
        QTest::newRow("two of three answers after the cut")
            << "cut-at-a-date-Posts.xml" << QByteArray() << 0 << 2 << 3;
        QTest::newRow("its one answer held")
            << "cut-at-a-date-Posts.xml" << QByteArray() << 1 << 0 << 1;
        QTest::newRow("no answers, none stated")
            << "cut-at-a-date-Posts.xml" << QByteArray() << 2 << 0 << 0;
        QTest::newRow("as many as stated") << "Posts.xml" << QByteArray() << 0 << 0 << 2;
        QTest::newRow("no AnswerCount")
            << QString()
            << QByteArray("<posts><row Id=\"1\" PostTypeId=\"1\" Title=\"Q\" Body=\"x\" />"
                          "<row Id=\"2\" PostTypeId=\"2\" ParentId=\"1\" Body=\"a\" /></posts>")
            << 0 << 0 << -1;
    }
    void reportsAnswersTheDumpLacks()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, xml);
        QFETCH(int, question);
        QFETCH(int, missing);
        QFETCH(int, siteTotal);
        auto threads = file.isEmpty()
                           ? StackExchangePostsImporter().parse({QStringLiteral("Posts.xml"), xml})
                           : parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->at(size_t(question));
        QCOMPARE(doc.gaps.missingComments, missing);
        QCOMPARE(doc.gaps.uncountedGaps, 0);
        QCOMPARE(doc.gaps.siteTotal, siteTotal < 0 ? std::nullopt : std::optional<int>(siteTotal));
        QVERIFY(doc.gaps.missingIds.isEmpty()); // the question does not name its answers
        const QStringList gapWarnings = doc.warnings.filter(QStringLiteral("incomplete save: "));
        QCOMPARE(gapWarnings.size(), missing > 0 ? 1 : 0);
        if (missing > 0)
            QVERIFY2(gapWarnings.front().contains(
                         QStringLiteral("%1 of %2 answers are not in this save. The file shows it "
                                        "by the question's AnswerCount=\"%2\" with %3 of its "
                                        "answers in the file.")
                             .arg(missing)
                             .arg(siteTotal)
                             .arg(siteTotal - missing)),
                     qPrintable(gapWarnings.front()));
    }

    void siteComesFromTheDumpFolder()
    {
        auto source = ImportSource::readFile(fixture(QStringLiteral("Posts.xml")));
        QVERIFY(source.ok());
        source->path = QStringLiteral("/dumps/coffee.stackexchange.com/Posts.xml");
        auto threads = StackExchangePostsImporter().parse(*source);
        QVERIFY(threads.ok());
        QCOMPARE(threads->front().sourceId, QStringLiteral("coffee.stackexchange.com/1"));
        QCOMPARE(threads->front().url,
                 QUrl(QStringLiteral("https://coffee.stackexchange.com/q/1")));
        QCOMPARE(threads->front().comments[0].url,
                 QUrl(QStringLiteral("https://coffee.stackexchange.com/a/3")));
    }

    void reportsBrokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed row")
            << "unclosed-Posts.xml"
            << "stackexchange-posts: Expected '>' or '/', but got '<'. (at line 5, column";
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

    void refusesOtherXmlAndDuplicates()
    {
        auto other = StackExchangePostsImporter().parse(
            {QStringLiteral("u.xml"), QByteArray("<users><row Id=\"1\"/></users>")});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().toString(),
                 QStringLiteral("u.xml: stackexchange-posts: expected a <posts> element, found "
                                "<users> (at line 1, column 7)"));
        auto duplicate = StackExchangePostsImporter().parse(
            {QStringLiteral("p.xml"),
             QByteArray("<posts><row Id=\"1\" PostTypeId=\"1\"/><row Id=\"1\" PostTypeId=\"2\" "
                        "ParentId=\"1\"/></posts>")});
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("post Id 1 appears twice")),
                 qPrintable(duplicate.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestStackExchangePostsImporter)
#include "tst_stackexchangepostsimporter.moc"
