#include "core/commenttree.h"
#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/mail/mboximporter.h"

#include <QTest>

#include <algorithm>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/mbox/") + name;
}

Result<std::vector<ThreadDocument>> parseFixture(const QString &name)
{
    auto source = ImportSource::readFile(fixture(name));
    if (!source)
        return source.error();
    return MboxImporter().parse(*source);
}

QStringList idsOf(const ThreadDocument &doc)
{
    QStringList ids;
    for (const Comment &c : doc.comments)
        ids << c.sourceId;
    return ids;
}

} // namespace

class TestMboxImporter : public QObject
{
    Q_OBJECT

private slots:
    void detectsMboxByContent()
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        auto source = ImportSource::readFile(fixture("list-thread.mbox"));
        QVERIFY(source.ok());
        QVERIFY(MboxImporter().detect(*source) >= 90);
        QCOMPARE(registry.detect(*source)->formatName(), QStringLiteral("mbox"));
        source->path = QStringLiteral("renamed.txt");
        QCOMPARE(registry.detect(*source)->formatName(), QStringLiteral("mbox"));
        const ImportSource json{QStringLiteral("x.mbox"),
                                QByteArrayLiteral("[{\"kind\": \"Listing\"}]")};
        QCOMPARE(MboxImporter().detect(json), 0);
    }

    void readsTheRootAsThePost()
    {
        auto threads = parseFixture(QStringLiteral("list-thread.mbox"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(2));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceKind, QStringLiteral("mbox"));
        QCOMPARE(doc.sourceId, QStringLiteral("root@example.org"));
        QCOMPARE(doc.title, QStringLiteral("Caf\u00e9 tools \u2014 which one?"));
        QCOMPARE(doc.author, QStringLiteral("Alice Example"));
        QCOMPARE(doc.site, QStringLiteral("tools@lists.example.org"));
        QCOMPARE(doc.url, QUrl(QStringLiteral("https://lists.example.org/archive/root")));
        QCOMPARE(doc.created, QDateTime(QDate(2025, 1, 6), QTime(10, 0), Qt::UTC));
        QCOMPARE(
            doc.bodyText,
            QStringLiteral(
                "Which caf\u00e9 tool do you use?\nTell me <all> about it & why.\n-- \nAlice"));
        QVERIFY(doc.bodyHtml.contains(QStringLiteral("&lt;all&gt; about it &amp; why")));
        QVERIFY(CommentTree::validate(doc.comments).ok());
    }

    void threadsByReferences()
    {
        auto threads = parseFixture(QStringLiteral("list-thread.mbox"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        // frank replied to a message the archive lacks: the empty container is pruned and
        // frank moves up to the root, the nearest message that is there.
        QCOMPARE(idsOf(doc),
                 QStringList({"bob1@example.org", "dave@example.org", "erin@example.org",
                              "juergen@example.de", "frank@example.org"}));
        QList<int> depths;
        for (const Comment &c : doc.comments)
            depths << c.depth;
        QCOMPARE(depths, QList<int>({0, 1, 2, 0, 0}));
        QCOMPARE(doc.findComment("bob1@example.org")->created,
                 QDateTime(QDate(2025, 1, 6), QTime(11, 0), Qt::UTC));

        // grace's parent is in another archive: at the root level she starts her own thread.
        const ThreadDocument &orphan = threads->back();
        QCOMPARE(orphan.sourceId, QStringLiteral("grace@example.org"));
        QCOMPARE(orphan.title, QStringLiteral("Re: A thread from last month"));
        QCOMPARE(orphan.site, QStringLiteral("other@lists.example.org"));
        QVERIFY(orphan.comments.empty());
    }

    void decodesBodies()
    {
        auto threads = parseFixture(QStringLiteral("list-thread.mbox"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();

        const Comment *qp = doc.findComment("bob1@example.org");
        QCOMPARE(qp->author, QStringLiteral("Bob B."));
        QVERIFY2(qp->bodyText.startsWith(
                     QStringLiteral("Which caf\u00e9 tool do you use?\nnested quote\nI use a very "
                                    "long line that was soft-wrapped by quoted-printable "
                                    "encoding here.")),
                 qPrintable(qp->bodyText));
        QVERIFY2(qp->bodyHtml.startsWith(
                     QStringLiteral("<blockquote><p>Which caf\u00e9 tool do you use?</p>\n"
                                    "<blockquote><p>nested quote</p></blockquote></blockquote>")),
                 qPrintable(qp->bodyHtml));
        QVERIFY(qp->bodyHtml.contains(QStringLiteral("<pre>")));
        QVERIFY(
            qp->bodyText.contains(QStringLiteral("    indented code line\n    second code line")));

        const Comment *latin1 = doc.findComment("juergen@example.de");
        QCOMPARE(latin1->author, QStringLiteral("J\u00fcrgen K\u00f6hler"));
        QCOMPARE(latin1->bodyText,
                 QStringLiteral(
                     "Gr\u00fc\u00dfe aus K\u00f6ln!\nDoes it handle QP?\nJa, nat\u00fcrlich."));
        QVERIFY(latin1->bodyHtml.contains(QStringLiteral("<blockquote>")));

        const Comment *alternative = doc.findComment("dave@example.org");
        QCOMPARE(alternative->author, QStringLiteral("dave@example.org"));
        QCOMPARE(alternative->bodyText, QStringLiteral("Plain text wins."));

        const Comment *html = doc.findComment("erin@example.org");
        QCOMPARE(html->bodyText, QStringLiteral("Only HTML here"));
        QVERIFY(html->bodyHtml.contains(QStringLiteral("<em>HTML</em>")));
        QVERIFY(!html->bodyHtml.contains(QStringLiteral("script")));
    }

    void joinsFlowedLines()
    {
        auto threads = parseFixture(QStringLiteral("flowed.mbox"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(2));
        const ThreadDocument &flowed = threads->at(0);
        QCOMPARE(flowed.bodyText,
                 QStringLiteral("A quoted line that was wrapped by the sender.\n"
                                "This paragraph was wrapped at the sender but is one line.\n"
                                "From the start of a line.\n-- \nFlo"));
        QVERIFY(flowed.bodyHtml.startsWith(QStringLiteral("<blockquote>")));
        QCOMPARE(threads->at(1).bodyText, QStringLiteral("Zusammengeschrieben."));
    }

    void refusesReferenceCycles()
    {
        auto threads = parseFixture(QStringLiteral("cycle.mbox"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        // a → b holds; b → a would close the loop and is refused; c naming itself is ignored.
        QCOMPARE(threads->size(), size_t(2));
        QCOMPARE(threads->at(0).sourceId, QStringLiteral("b@example.org"));
        QCOMPARE(idsOf(threads->at(0)), QStringList({"a@example.org"}));
        QCOMPARE(threads->at(1).sourceId, QStringLiteral("c@example.org"));
        QVERIFY(threads->at(1).comments.empty());
    }

    void toleratesMissingHeaders()
    {
        auto threads = parseFixture(QStringLiteral("missing-headers.mbox"));
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(3));
        const ThreadDocument &first = threads->at(0);
        QVERIFY(first.sourceId.startsWith(QStringLiteral("scholia-")));
        QVERIFY(first.author.isEmpty());
        QVERIFY(!first.created.isValid());
        QCOMPARE(first.bodyText, QStringLiteral("Who wrote this?"));
        QVERIFY(first.warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("at byte 0 has no Message-ID")));
        QVERIFY(first.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no From address")));
        QVERIFY(
            first.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("no readable Date")));
        // The same content gives the same made-up id; the copy is told apart, not dropped.
        QCOMPARE(threads->at(1).sourceId, first.sourceId + QStringLiteral("#2"));
        QVERIFY(threads->at(1)
                    .warnings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("at byte 122 repeats Message-ID")));
        QVERIFY(!threads->at(2).created.isValid());
        QCOMPARE(threads->at(2).author, QStringLiteral("X"));

        // Ids made up from content stay the same on the next import.
        auto again = parseFixture(QStringLiteral("missing-headers.mbox"));
        QCOMPARE(again->at(0).sourceId, first.sourceId);
    }

    // Mail that a reply names in In-Reply-To or References but the archive lacks, lost or
    // in another month's archive, is missing from that reply's thread.
    void reportsReferencedMessagesTheArchiveLacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("thread");
        QTest::addColumn<QStringList>("missingIds");
        QTest::newRow("a February reply to a January thread")
            << "month-archive.mbox" << 0
            << QStringList{"jan-root@example.org", "ana-0131@example.org"};
        QTest::newRow("a thread wholly in the month") << "month-archive.mbox" << 1 << QStringList{};
        QTest::newRow("a reply to a lost message, under the held root")
            << "list-thread.mbox" << 0 << QStringList{"lost@example.org"};
        QTest::newRow("an orphan of last month")
            << "list-thread.mbox" << 1 << QStringList{"last-month@example.org"};
        QTest::newRow("references among the archive's own messages")
            << "cycle.mbox" << 0 << QStringList{};
    }
    void reportsReferencedMessagesTheArchiveLacks()
    {
        QFETCH(QString, file);
        QFETCH(int, thread);
        QFETCH(QStringList, missingIds);
        auto threads = parseFixture(file);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        const ThreadDocument &doc = threads->at(size_t(thread));
        QCOMPARE(doc.gaps.missingComments, int(missingIds.size()));
        QCOMPARE(doc.gaps.missingIds, missingIds);
        QCOMPARE(doc.gaps.uncountedGaps, 0);
        QCOMPARE(doc.gaps.siteTotal, std::nullopt); // an archive states no total
        const QStringList gapWarnings = doc.warnings.filter(QStringLiteral("incomplete save: "));
        QCOMPARE(gapWarnings.size(), missingIds.isEmpty() ? 0 : 1);
        if (!missingIds.isEmpty())
            QVERIFY2(gapWarnings.front().contains(
                         QStringLiteral("%1 messages are not in this save. The file shows it by "
                                        "%1 Message-ID(s) in In-Reply-To or References with no "
                                        "message in the archive.")
                             .arg(missingIds.size())),
                     qPrintable(gapWarnings.front()));
        // Missing ids are in the comments' own form (no angle brackets): a merge can match them.
        for (const Comment &c : doc.comments)
            QVERIFY(!c.sourceId.startsWith(QLatin1Char('<')));
    }

    void rejectsWhatIsNotAnMbox()
    {
        auto threads = parseFixture(QStringLiteral("not-an-mbox.txt"));
        QVERIFY(!threads.ok());
        QCOMPARE(threads.error().message,
                 QStringLiteral("not an mbox: the file does not start with a \"From \" line"));
        QCOMPARE(threads.error().format, QStringLiteral("mbox"));
        QCOMPARE(threads.error().byteOffset, qint64(0));
        QVERIFY(threads.error().file.endsWith(QStringLiteral("not-an-mbox.txt")));

        const ImportSource onlySeparator{QStringLiteral("empty.mbox"),
                                         QByteArrayLiteral("From nobody\n")};
        auto empty = MboxImporter().parse(onlySeparator);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message,
                 QStringLiteral("no mail message could be read after the \"From \" line"));
    }

    void deepReplyChainDoesNotOverflowTheStack_data()
    {
        QTest::addColumn<bool>("repliesFirst");
        QTest::newRow("in order") << false;
        QTest::newRow("replies before their parents") << true;
    }
    void deepReplyChainDoesNotOverflowTheStack()
    {
        QFETCH(bool, repliesFirst);
        constexpr int messages = 100000;
        QByteArrayList parts;
        for (int i = 0; i < messages; ++i) {
            QByteArray message =
                "From u@example.org Mon Jan  6 10:00:00 2025\n"
                "From: u@example.org\nSubject: deep\nDate: Mon, 6 Jan 2025 10:00:00 +0000\n"
                "Message-ID: <m" +
                QByteArray::number(i) + "@deep>\n";
            if (i > 0)
                message += "In-Reply-To: <m" + QByteArray::number(i - 1) + "@deep>\n";
            message += "\nmessage " + QByteArray::number(i) + "\n\n";
            parts << message;
        }
        if (repliesFirst)
            std::reverse(parts.begin(), parts.end());
        const QByteArray mbox = parts.join();
        auto threads = MboxImporter().parse({QStringLiteral("deep.mbox"), mbox});
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(doc.sourceId, QStringLiteral("m0@deep"));
        QCOMPARE(int(doc.comments.size()), messages - 1);
        QCOMPARE(doc.comments.back().depth, messages - 2);
        QCOMPARE(doc.comments.back().bodyText, QStringLiteral("message %1").arg(messages - 1));
    }
};

QTEST_GUILESS_MAIN(TestMboxImporter)
#include "tst_mboximporter.moc"
