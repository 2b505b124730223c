// rDrama pages parsed in pieces (issue 17): the pages of the known shape are cut, the
// others are not, and the stored comments are those the whole-page parse stored before
// (md5 of the comments table computed with the reference binary of main before issue 17).

#include "core/commentsink.h"
#include "import/importerregistry.h"
#include "import/rdrama/rdramahtmlimporter.h"
#include "import/rdrama/rdramapagepieces.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "threadgenerator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Scholia;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray generatedPage(int comments)
{
    return ThreadGenerator(1).thread(ThreadGenerator::Format::RdramaHtml, comments).data;
}

// Every piece of the page parses as the page's own subtree.
bool allPiecesCertain(const QByteArray &page, const RdramaPagePieces &pieces)
{
    return std::all_of(pieces.pieces().begin(), pieces.pieces().end(),
                       [&](const RdramaPagePieces::Range &r) {
                           return RdramaPagePieces::parsePiece(page, r) != nullptr;
                       });
}

// The md5 of the comments table as the sqlite3 shell lists this query (columns joined by
// '|', NULL empty, a newline after each row), so the expected values can come from any
// library: `sqlite3 DB "$query" | md5sum`.
QByteArray commentsTableMd5(const QString &libraryPath)
{
    static const char *query =
        "SELECT c.source_id, p.source_id, c.position, c.sibling_index, c.depth, c.author, "
        "c.created_at, c.edited_at, c.was_edited, c.score, c.state, c.more_count, "
        "c.in_latest_save, c.url, c.body_html, c.body_text FROM comments c LEFT JOIN "
        "comments p ON p.id = c.parent_id ORDER BY c.thread_id, c.position";
    sqlite3 *db = nullptr;
    QCryptographicHash md5(QCryptographicHash::Md5);
    if (sqlite3_open_v2(libraryPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, query, -1, &statement, nullptr);
        while (statement && sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                if (column > 0)
                    md5.addData("|");
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                if (text)
                    md5.addData(QByteArrayView(text, sqlite3_column_bytes(statement, column)));
            }
            md5.addData("\n");
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return md5.result().toHex();
}

// What a stream hands over, kept as a document again; `refuse` answers beginThread.
class CollectingSink : public CommentSink
{
public:
    Result<void> beginThread(const ThreadDocument &thread) override
    {
        ++begun;
        head = thread;
        if (refuse)
            return Error::of(QStringLiteral("refused"));
        return {};
    }
    Result<void> addComment(Comment &&comment) override
    {
        document.comments.push_back(std::move(comment));
        return {};
    }
    Result<void> endThread(const ThreadDocument &thread) override
    {
        std::vector<Comment> comments = std::move(document.comments);
        document = thread;
        document.comments = std::move(comments);
        ++ended;
        return {};
    }

    bool refuse = false;
    int begun = 0, ended = 0;
    ThreadDocument head, document;
};

} // namespace

class TestRdramaPagePieces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

private slots:
    void pagesOfTheKnownShapeAreCut_data()
    {
        QTest::addColumn<QByteArray>("page");
        for (const char *name :
             {"page.html", "page-resaved.html", "page-more-comments.html", "page-whole.html"})
            QTest::newRow(name) << fixture(QStringLiteral("rdrama/") + QLatin1String(name));
        QTest::newRow("generated, 300 comments") << generatedPage(300);
    }

    void pagesOfTheKnownShapeAreCut()
    {
        QFETCH(QByteArray, page);
        const std::optional<RdramaPagePieces> pieces = RdramaPagePieces::split(page);
        QVERIFY(pieces);
        QVERIFY(!pieces->pieces().empty());
        QVERIFY(allPiecesCertain(page, *pieces));
        QVERIFY(pieces->skeleton().size() < page.size());
        QVERIFY(!pieces->skeleton().contains("id=\"comment-text-"));
    }

    void bigPagesAreCutInBatches()
    {
        const QByteArray page = generatedPage(300); // about 650 KB
        const std::optional<RdramaPagePieces> pieces = RdramaPagePieces::split(page);
        QVERIFY(pieces);
        QVERIFY(pieces->pieces().size() >= 2);
    }

    void uncertainPagesAreNotCut()
    {
        const QByteArray page = fixture(QStringLiteral("rdrama/page.html"));
        const qsizetype list = page.indexOf("id=\"comment-list\"");
        QVERIFY(list > 0);
        const qsizetype listTag = page.lastIndexOf('<', list);

        // A <b> left open before the list: the page's parse would carry it into every comment.
        QByteArray openFormatting = page;
        openFormatting.insert(listTag, "<div><b>bold</div>");
        QVERIFY(!RdramaPagePieces::split(openFormatting));

        // The list inside a paragraph's reach, or inside a table.
        QByteArray inTable = page;
        inTable.insert(listTag, "<table><tr><td>");
        QVERIFY(!RdramaPagePieces::split(inTable));

        // No doctype: quirks mode.
        QByteArray quirks = page;
        quirks.replace("<!DOCTYPE html>", "");
        QVERIFY(!RdramaPagePieces::split(quirks));

        // A comment body that leaves formatting open, breaks a rule of HTML, or holds what the
        // importer reads from the skeleton.
        for (const char *body : {"<p>x<b>y</p>", "<p>x</span>y</p>", "<p>x<table><td>y</p>",
                                 "<meta property=\"og:url\" content=\"https://e.org/post/9/x\">"}) {
            QByteArray broken = page;
            const qsizetype text = broken.indexOf("id=\"comment-text-");
            broken.insert(broken.indexOf('>', text) + 1, body);
            const std::optional<RdramaPagePieces> pieces = RdramaPagePieces::split(broken);
            QVERIFY2(!pieces || !allPiecesCertain(broken, *pieces), body);
        }
    }

    void storedCommentsAreTheWholePageParses_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QByteArray>("md5"); // from /tmp/scholia-ref/scholia import --db
        QTest::newRow("page") << fixture(QStringLiteral("rdrama/page.html"))
                              << QByteArray("d1dc4c5fbfd6cd3c7f878f85d1a6511e");
        QTest::newRow("page-resaved") << fixture(QStringLiteral("rdrama/page-resaved.html"))
                                      << QByteArray("3646e63243c6f51bd13e69ed59807be8");
        QTest::newRow("page-more-comments")
            << fixture(QStringLiteral("rdrama/page-more-comments.html"))
            << QByteArray("c891ecd65cbd0cdc4cce8bd9661a08ca");
        QTest::newRow("page-whole") << fixture(QStringLiteral("rdrama/page-whole.html"))
                                    << QByteArray("3035a9dffdc4211d52adc55d91c3c05c");
        QTest::newRow("hostile") << fixture(QStringLiteral("hostile/rdrama-html/hostile.html"))
                                 << QByteArray("d9b19ea3992225fbd634b952dbfaf444");
        QTest::newRow("generated, 300 comments")
            << generatedPage(300) << QByteArray("14a1a2a270898b1353387aea0c14ab51");
    }

    void storedCommentsAreTheWholePageParses()
    {
        QFETCH(QByteArray, page);
        QFETCH(QByteArray, md5);
        const QString pagePath = m_dir.filePath(QStringLiteral("page-%1.html").arg(++m_counter));
        QFile file(pagePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page);
        file.close();
        const QString libraryPath =
            m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(m_counter));
        {
            auto library = Library::open(libraryPath);
            QVERIFY(library);
            LibraryImporter importer(m_registry, **library);
            const FileImportResult result = importer.importFile(pagePath);
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->toString()));
        }
        QCOMPARE(commentsTableMd5(libraryPath), md5);
    }

    // The streamed way (issue 17, round 6) hands over the document parse() returns: the
    // same fields, comments, gaps and warnings, from a file whose bytes it drops.
    void aStreamIsTheParsedDocument_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("page") << fixture(QStringLiteral("rdrama/page.html"));
        QTest::newRow("page-more-comments")
            << fixture(QStringLiteral("rdrama/page-more-comments.html"));
        QTest::newRow("generated, 300 comments, in pieces") << generatedPage(300);
    }
    void aStreamIsTheParsedDocument()
    {
        QFETCH(QByteArray, page);
        const QString path = writtenPage(page);
        const RdramaHtmlImporter importer;
        auto source = ImportSource::readFile(path);
        QVERIFY(source);
        const auto parsed = importer.parse(*source);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), size_t(1));
        CollectingSink sink;
        const Result<void> streamed = importer.stream(*source, sink);
        QVERIFY2(streamed, qPrintable(streamed ? QString() : streamed.error().toString()));
        QVERIFY(source->data.isNull()); // read again when needed: the walk gave it back
        QCOMPARE(sink.begun, 1);
        QCOMPARE(sink.ended, 1);
        const ThreadDocument &expected = parsed->front();
        QVERIFY(!expected.comments.empty());
        QVERIFY(sink.head.comments.empty());
        QCOMPARE(sink.head.title, expected.title);
        QCOMPARE(sink.head.sourceId, expected.sourceId);
        QCOMPARE(sink.head.bodyHtml, expected.bodyHtml);
        QVERIFY(sink.document == expected);
    }

    // A thread the sink refuses (the library has it) is refused before any comment.
    void aRefusedThreadGetsNoComment()
    {
        const QString path = writtenPage(generatedPage(300));
        auto source = ImportSource::readFile(path);
        QVERIFY(source);
        CollectingSink sink;
        sink.refuse = true;
        const Result<void> streamed = RdramaHtmlImporter().stream(*source, sink);
        QVERIFY(!streamed);
        QCOMPARE(streamed.error().message, QStringLiteral("refused"));
        QCOMPARE(sink.begun, 1);
        QVERIFY(sink.document.comments.empty());
        QCOMPARE(sink.ended, 0);
    }

    // A page that is not read in pieces does not stream: parse() reads it whole.
    void aPageNotInPiecesDoesNotStream()
    {
        const QByteArray page = fixture(QStringLiteral("rdrama/page.html"));
        QVERIFY(RdramaPagePieces::split(page));
        // Two comment lists: not the shape the pieces know.
        const QByteArray twoLists = page + "<div id=\"comment-list\"></div>";
        auto source = ImportSource::readFile(writtenPage(twoLists));
        QVERIFY(source);
        QVERIFY(!RdramaPagePieces::split(source->data));
        CollectingSink sink;
        QVERIFY(!RdramaHtmlImporter().stream(*source, sink));
        QCOMPARE(sink.begun, 0);
        QVERIFY(!source->data.isNull());
        QVERIFY(RdramaHtmlImporter().parse(*source));
    }

private:
    QString writtenPage(const QByteArray &page)
    {
        const QString path = m_dir.filePath(QStringLiteral("page-%1.html").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

QTEST_GUILESS_MAIN(TestRdramaPagePieces)

#include "tst_rdramapagepieces.moc"
