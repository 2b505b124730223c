// The plain-text dump importer: page furniture dropped, comments rebuilt only from what
// the text shows (trailer lines, blank lines, quotes), errors for what is not text.

#include "import/importerregistry.h"
#include "import/importsource.h"
#include "import/textdump/textdumpimporter.h"
#include "render/threadhtmlrenderer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/textdump/") + name;
}

ThreadDocument importOne(const QString &path)
{
    const auto source = ImportSource::readFile(path);
    if (!source)
        qFatal("cannot read %s", qPrintable(path));
    auto threads = TextDumpImporter().parse(*source);
    if (!threads)
        qFatal("%s", qPrintable(threads.error().toString()));
    if (threads->size() != 1)
        qFatal("expected one thread");
    return std::move(threads->front());
}

// The comment whose text starts so, or null.
const Comment *commentStarting(const ThreadDocument &doc, const QString &start)
{
    for (const Comment &c : doc.comments) {
        if (c.bodyText.startsWith(start))
            return &c;
    }
    return nullptr;
}

QString parentText(const ThreadDocument &doc, const Comment &c)
{
    return c.parent < 0 ? QString() : doc.comments[size_t(c.parent)].bodyText.left(20);
}

ImportSource sourceOf(const QString &name, const QByteArray &data)
{
    return ImportSource{name, data};
}

} // namespace

class TestTextDumpImporter : public QObject
{
    Q_OBJECT

private slots:
    // A synthetic rDrama-family page: the header ends at the reply form, each comment's
    // "More options" / "Context Copy link" trailer follows its replies.
    void trailersNestLikeBrackets()
    {
        const ThreadDocument doc = importOne(fixture(QStringLiteral("rdrama-tree.txt")));
        QVERIFY(doc.isReconstructedFromText());
        QCOMPARE(doc.sourceKind, QStringLiteral("text-dump"));
        QCOMPARE(doc.title, QStringLiteral("Winter pruning: apples, pears and the quince nobody planted"));
        QCOMPARE(doc.bodyText,
                 QStringLiteral("Every February I end up arguing with myself about the old apple trees. This "
                                "year I'd like to hear what you do.\nThe quince in the corner is a mystery: it "
                                "was there before the house & nobody remembers planting it."));
        QVERIFY(doc.bodyHtml.contains(QLatin1String("&amp; nobody")));
        QCOMPARE(doc.comments.size(), size_t(3));

        const Comment *prune = commentStarting(doc, QStringLiteral("Prune apples"));
        const Comment *quarter = commentStarting(doc, QStringLiteral("A quarter seems"));
        const Comment *quince = commentStarting(doc, QStringLiteral("Quinces are self-fertile"));
        QVERIFY(prune && quarter && quince);
        QCOMPARE(prune->depth, 0);
        QCOMPARE(quarter->depth, 1);
        QCOMPARE(parentText(doc, *quarter), QStringLiteral("Prune apples while t"));
        QCOMPARE(quince->depth, 0);
        QVERIFY(quince->bodyText.contains(QStringLiteral("Müller's \"Obstbau\"")));
        for (const Comment &c : doc.comments) {
            QVERIFY(c.author.isEmpty());
            QVERIFY(!c.created.isValid());
            for (const char *furniture : {"More options", "Context Copy link", "Be kind", "Notes -",
                                          "No email address required", "moderators read"})
                QVERIFY2(!c.bodyText.contains(QLatin1String(furniture)), furniture);
        }
        QVERIFY(!doc.bodyText.contains(QLatin1String("moderators read")));
        // The split between the post and its first replies is a guess, and says so.
        QVERIFY(doc.warnings.join(QLatin1Char('\n')).contains(QLatin1String("is a guess")));
        QVERIFY(doc.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("\"More options\" ×4")));
    }

    // The rDrama family's "More comments" link and "Load more comments" button survive as
    // lines of their own: each is a place the page links on from, with no number. Dumps
    // of no known site have no such lines (a "More comments" there is someone's text).
    void reportsWhatTheSaveLacks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("uncounted");
        QTest::addColumn<QString>("detail"); // empty: the save is whole
        QTest::newRow("More comments and Load more")
            << "rdrama-more-comments.txt" << 2
            << "1 \"More comments\" line and 1 \"Load more comments\" line";
        QTest::newRow("whole rdrama page") << "rdrama-tree.txt" << 0 << QString();
        QTest::newRow("whole blocks") << "forum-blocks.txt" << 0 << QString();
        QTest::newRow("whole lines") << "lines-quote.txt" << 0 << QString();
    }
    void reportsWhatTheSaveLacks()
    {
        QFETCH(QString, file);
        QFETCH(int, uncounted);
        QFETCH(QString, detail);
        const ThreadDocument doc = importOne(fixture(file));
        QCOMPARE(doc.gaps.missingComments, 0);
        QCOMPARE(doc.gaps.uncountedGaps, uncounted);
        QCOMPARE(doc.gaps.siteTotal, std::nullopt);
        QVERIFY(doc.gaps.missingIds.isEmpty());
        const QStringList warnings = doc.warnings.filter(QStringLiteral("incomplete save"));
        if (detail.isEmpty()) {
            QVERIFY(doc.gaps.isWhole());
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY(!doc.gaps.isWhole());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first(), doc.gaps.importWarning(doc.sourceKind, detail));
        QVERIFY2(warnings.first().contains(QString::number(uncounted)),
                 qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(detail), qPrintable(warnings.first()));
    }

    // The gap lines are dropped like the other buttons, and said once, by the gap warning.
    void gapLinesAreNotText()
    {
        const ThreadDocument doc = importOne(fixture(QStringLiteral("rdrama-more-comments.txt")));
        QCOMPARE(doc.title, QStringLiteral("Small-Scale Question Sunday for November 20, 2023"));
        QCOMPARE(doc.comments.size(), size_t(4));
        const Comment *stop = commentStarting(doc, QStringLiteral("Below this one"));
        const Comment *other = commentStarting(doc, QStringLiteral("Not without"));
        QVERIFY(stop && other);
        QCOMPARE(stop->depth, 2);
        QCOMPARE(other->depth, 0);
        for (const Comment &c : doc.comments) {
            QVERIFY2(!c.bodyText.contains(QLatin1String("More comments")), qPrintable(c.bodyText));
            QVERIFY2(!c.bodyText.contains(QLatin1String("Load more comments")),
                     qPrintable(c.bodyText));
        }
        const QString buttons = doc.warnings.filter(QStringLiteral("button lines")).join(QString());
        QVERIFY2(buttons.contains(QLatin1String("\"More options\"")), qPrintable(buttons));
        QVERIFY2(!buttons.contains(QLatin1String("More comments")), qPrintable(buttons));
    }

    void unknownSitesLinesStayText()
    {
        const auto threads = TextDumpImporter().parse(
            sourceOf(QStringLiteral("notes.txt"),
                     "A thread\nThe post.\nMore comments\nLoad more comments\n"));
        QVERIFY(threads.ok());
        const ThreadDocument &doc = threads->front();
        QVERIFY(doc.gaps.isWhole());
        QCOMPARE(doc.comments.size(), size_t(2));
        QCOMPARE(doc.comments.front().bodyText, QStringLiteral("More comments"));
    }

    // Without trailers, blank-line blocks are comments in a flat list; a block that
    // repeats an earlier comment's passage is a reply to it.
    void blocksAreFlatExceptQuotes()
    {
        const ThreadDocument doc = importOne(fixture(QStringLiteral("forum-blocks.txt")));
        QCOMPARE(doc.title, QStringLiteral("Which espresso grinder for a small café?"));
        QVERIFY(doc.bodyText.startsWith(QStringLiteral("We are opening a six-table café in Köln")));
        QVERIFY(doc.bodyText.endsWith(QStringLiteral("Anything under 600 € worth a look?")));
        QCOMPARE(doc.comments.size(), size_t(4));
        const Comment *conical = commentStarting(doc, QStringLiteral("Conical burrs are more forgiving"));
        const Comment *flat = commentStarting(doc, QStringLiteral("Flat burrs"));
        const Comment *price = commentStarting(doc, QStringLiteral("価格は大事です"));
        QVERIFY(conical && flat && price);
        QCOMPARE(conical->depth, 0);
        QCOMPARE(flat->depth, 0);
        QCOMPARE(price->depth, 0);
        QVERIFY(price->bodyText.contains(QStringLiteral("😀")));
        // Markup in the text stays text.
        QVERIFY(flat->bodyText.contains(QLatin1String("<script>alert(\"not run\")</script> & <b>not bold</b>")));
        QVERIFY(!flat->bodyHtml.contains(QLatin1String("<script")));
        QVERIFY(!flat->bodyHtml.contains(QLatin1String("<b>")));

        const Comment *reply = nullptr;
        for (const Comment &c : doc.comments) {
            if (c.bodyText.contains(QLatin1String("declumper")))
                reply = &c;
        }
        QVERIFY(reply);
        QCOMPARE(reply->depth, 1);
        QCOMPARE(doc.comments[size_t(reply->parent)].bodyText.left(20), QStringLiteral("Conical burrs are mo"));
        QVERIFY(reply->bodyHtml.startsWith(QLatin1String("<blockquote>")));
        QCOMPARE(reply->bodyText,
                 QStringLiteral("Conical burrs are more forgiving when the barista is still learning.\nForgiving, "
                                "yes, but they clump more with light roasts; we had to add a declumper."));
    }

    // One line per comment when the dump has no blank lines; a quoted line takes the
    // line that answers it along, and replies to the comment it quotes.
    void linesAreCommentsAndQuotesReply()
    {
        const ThreadDocument doc = importOne(fixture(QStringLiteral("lines-quote.txt")));
        QCOMPARE(doc.title, QStringLiteral("Is the 1970s reel-to-reel worth restoring?"));
        QVERIFY(doc.bodyText.startsWith(QLatin1String("I found an old reel-to-reel deck")));
        QCOMPARE(doc.comments.size(), size_t(4));
        const Comment *belt = commentStarting(doc, QStringLiteral("The belt is almost"));
        const Comment *mine = nullptr;
        for (const Comment &c : doc.comments) {
            if (c.bodyText.contains(QLatin1String("Mine had the original belt")))
                mine = &c;
        }
        QVERIFY(belt && mine);
        QCOMPARE(belt->depth, 0);
        QCOMPARE(mine->depth, 1);
        QCOMPARE(&doc.comments[size_t(mine->parent)], belt);
        QCOMPARE(commentStarting(doc, QStringLiteral("Clean the heads"))->depth, 0);
        QCOMPARE(commentStarting(doc, QStringLiteral("Replace the pinch"))->depth, 0);
    }

    // The view says on the post and on every comment that the structure is rebuilt.
    void viewMarksEveryCommentReconstructed()
    {
        const ThreadDocument doc = importOne(fixture(QStringLiteral("lines-quote.txt")));
        const QString html = ThreadHtmlRenderer::render(doc, {});
        QCOMPARE(html.count(QLatin1String("<span class=\"reconstructed\"")), int(doc.comments.size()) + 1);
        ThreadDocument structured = doc;
        structured.sourceKind = QStringLiteral("reddit");
        QVERIFY(!ThreadHtmlRenderer::render(structured, {}).contains(QLatin1String("class=\"reconstructed\"")));
    }

    void sameTextGivesSameIds()
    {
        const ThreadDocument once = importOne(fixture(QStringLiteral("rdrama-tree.txt")));
        const ThreadDocument twice = importOne(fixture(QStringLiteral("rdrama-tree.txt")));
        QCOMPARE(once.sourceId, twice.sourceId);
        QVERIFY(once == twice);
    }

    void detection()
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const auto source = ImportSource::readFile(fixture(QStringLiteral("rdrama-tree.txt")));
        QVERIFY(source.ok());
        QCOMPARE(registry.detect(*source)->formatName(), QStringLiteral("text-dump"));
        // Any .txt is taken as a dump; other plain text is not guessed at.
        QCOMPARE(registry.detect(sourceOf(QStringLiteral("notes.txt"), "Title\nSome text.\n"))->formatName(),
                 QStringLiteral("text-dump"));
        QCOMPARE(registry.detect(sourceOf(QStringLiteral("README.md"), "# Title\nSome text.\n")), nullptr);
        QVERIFY(TextDumpImporter().detect(sourceOf(QStringLiteral("a.txt"), "{\"kind\": \"Listing\"}")) == 0);
        QVERIFY(TextDumpImporter().detect(sourceOf(QStringLiteral("a.txt"), QByteArray("ab\0cd", 5))) == 0);
        QVERIFY(TextDumpImporter().detect(sourceOf(QStringLiteral("a.txt"), "From someone Mon Jan 1\n")) == 0);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("NUL byte") << QByteArray("Title\nText\0more", 15)
                                  << "bad.txt: text-dump: a NUL byte: this is not a text file (at byte 10)";
        QTest::newRow("Latin-1") << QByteArray("Title\nCaf\xE9 au lait\n")
                                 << "bad.txt: text-dump: not UTF-8 text (save the page as UTF-8) (at byte 9)";
        QTest::newRow("cut sequence") << QByteArray("Title\nEnds in \xE2\x82")
                                      << "bad.txt: text-dump: not UTF-8 text (save the page as UTF-8) (at byte 14)";
        QTest::newRow("only header")
            << QByteArray("Rules of the thread.\nJump in the discussion.\nNo email address required.\nNotes -\n")
            << "bad.txt: text-dump: no text is left once the page header is dropped";
        QTest::newRow("blank") << QByteArray("\n  \n\t\n") << "bad.txt: text-dump: the file holds no text";
    }

    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto threads = TextDumpImporter().parse(sourceOf(QStringLiteral("bad.txt"), data));
        QVERIFY(!threads.ok());
        QCOMPARE(threads.error().toString(), message);
    }

    void withoutTitleTheFileNameIsTheTitle()
    {
        const auto threads = TextDumpImporter().parse(
            sourceOf(QStringLiteral("/tmp/saved thread.txt"), "First a sentence that ends.\nThen a reply.\n"));
        QVERIFY(threads.ok());
        QCOMPARE(threads->front().title, QStringLiteral("saved thread"));
        QCOMPARE(threads->front().bodyText, QStringLiteral("First a sentence that ends."));
        QCOMPARE(threads->front().comments.size(), size_t(1));
    }

    // The real page in ../shared/samples (a themotte.org comment chain saved as text).
    void sharedThemotteSample()
    {
        const QString path = QStringLiteral(SCHOLIA_SHARED_FIXTURES "/../samples/themotte-kimi-k2-textdump.txt");
        if (!QFile::exists(path))
            QSKIP("../shared/samples is not beside this checkout");
        const ThreadDocument doc = importOne(path);
        QCOMPARE(doc.title, QStringLiteral("Periodic Open-Source AI Update: Kimi K2 and China's Cultural Shift"));
        QVERIFY(doc.bodyText.startsWith(QLatin1String("(yes yes another post about AI, sorry about that).")));
        QVERIFY(doc.bodyText.contains(QLatin1String("Two days ago a small Chinese startup Moonshot AI")));
        QVERIFY(doc.bodyText.endsWith(QLatin1String("this is a nice point to take stock of the situation.")));

        // Seven trailers after the text: the post and six comments, each closing after
        // the one inside it, so a reply chain six deep; one paragraph per comment.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QCOMPARE(lines.count(QStringLiteral("Context Copy link")), 7);
        QCOMPARE(doc.comments.size(), size_t(6));
        const QStringList starts = {"I was worried when I saw", "I remain of the opinion", "Well, I don't really",
                                    "The Anthropic case there", "Sorry, misunderstood you", "The closest I'm aware"};
        for (int i = 0; i < 6; ++i) {
            const Comment &c = doc.comments[size_t(i)];
            QVERIFY2(c.bodyText.startsWith(starts[i]), qPrintable(c.bodyText.left(40)));
            QCOMPARE(c.depth, i);
            QVERIFY(!c.bodyText.contains(QLatin1Char('\n')));
            QVERIFY(lines.contains(c.bodyText));
        }
        // Nothing on the page links to more than it holds.
        QVERIFY(doc.gaps.isWhole());
        QVERIFY(doc.warnings.filter(QStringLiteral("incomplete save")).isEmpty());
        // No site rules, reply form or buttons anywhere.
        const QStringList boilerplate = {"This weekly roundup thread", "waging the Culture War", "Speak plainly",
                                         "Quality Contribution", "Jump in the discussion", "No email address",
                                         "Notes -", "More options", "Copy link"};
        for (const QString &b : boilerplate) {
            QVERIFY2(!doc.bodyText.contains(b), qPrintable(b));
            QVERIFY2(!doc.title.contains(b), qPrintable(b));
            for (const Comment &c : doc.comments)
                QVERIFY2(!c.bodyText.contains(b), qPrintable(b));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextDumpImporter)
#include "tst_textdumpimporter.moc"
