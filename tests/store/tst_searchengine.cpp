// Library-wide search over a library built in code with known contents: counts, ranking,
// paging, snippets, filters, and the index following every kind of edit.

#include "store/annotationlinkstore.h"
#include "store/annotatedcommentset.h"
#include "store/annotationstore.h"
#include "store/knowncountbm25.h"
#include "store/library.h"
#include "store/schemamigrator.h"
#include "store/searchengine.h"
#include "store/searchquery.h"
#include "store/searchsql.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestatement.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Scholia;

namespace {

QDateTime day(int year, int month, int dayOfMonth)
{
    return QDateTime(QDate(year, month, dayOfMonth), QTime(12, 0), QTimeZone::utc());
}

Comment comment(const QString &id, const QString &author, const QDateTime &created,
                const QString &text)
{
    Comment c;
    c.sourceId = id;
    c.author = author;
    c.created = created;
    c.bodyText = text;
    c.bodyHtml = "<p>" + text.toHtmlEscaped() + "</p>";
    return c;
}

ThreadDocument makeThread(const QString &id, const QString &site, const QString &title,
                          const QString &author, const QDateTime &created)
{
    ThreadDocument doc;
    doc.sourceKind = "test";
    doc.sourceId = id;
    doc.site = site;
    doc.title = title;
    doc.author = author;
    doc.created = created;
    return doc;
}

// Thread 1: a few comments about fish, written to be counted and ranked by hand.
ThreadDocument fishThread()
{
    ThreadDocument doc =
        makeThread("a", "example.org/food", "Fish suppers", "op_anne", day(2020, 1, 10));
    doc.comments.push_back(comment("a1", "Jane Doe", day(2020, 1, 10),
                                   "Fish and chips are the best food, and mushy peas too."));
    doc.comments.push_back(comment("a2", "jane", day(2020, 1, 11), "fish fish fish"));
    doc.comments.push_back(
        comment("a3", "Bob", day(2020, 1, 12),
                "Curry is better than fish, says nobody in a very long sentence about "
                "dinner and other meals and many more words here to make it long"));
    doc.comments.push_back(comment("a4", "Jane Doe Jr", day(2020, 1, 13),
                                   "Chips with vinegar. x < y & <script>alert(1)</script>"));
    return doc;
}

// Thread 2: diacritics and a phrase.
ThreadDocument travelThread()
{
    ThreadDocument doc =
        makeThread("b", "example.org/travel", "Zürich in spring", "op_bob", day(2021, 6, 1));
    doc.comments.push_back(
        comment("b1", "Alice", day(2021, 6, 1), "Zürich is lovely; the fish market too."));
    doc.comments.push_back(comment("b2", "Bob", day(2021, 6, 2), "Trains are punctual."));
    return doc;
}

// Thread 3: 200 generated comments; comment i says alpha when i % 2 == 0, beta when
// i % 3 == 0, gamma when i % 5 == 0.
ThreadDocument fillerThread()
{
    ThreadDocument doc = makeThread("c", "other.net", "Filler", "gen", day(2022, 1, 1));
    for (int i = 0; i < 200; ++i) {
        QStringList words = {"filler", "comment", QString("n%1").arg(i)};
        if (i % 2 == 0)
            words << "alpha";
        if (i % 3 == 0)
            words << "beta";
        if (i % 5 == 0)
            words << "gamma";
        doc.comments.push_back(
            comment(QString("c%1").arg(i), "gen", day(2022, 1, 1).addSecs(i), words.join(' ')));
    }
    return doc;
}

} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;

    SearchPage search(const QString &text, int offset = 0, int limit = 50)
    {
        const auto query = SearchQueryParser::parse(text);
        if (!query) {
            qWarning() << query.error().toString();
            return {};
        }
        auto page = m_library->search().search(*query, offset, limit);
        if (!page) {
            qWarning() << page.error().toString();
            return {};
        }
        return std::move(page).value();
    }
    qint64 count(const QString &text) { return search(text).totalCount; }
    void checkIndexes()
    {
        for (const char *table :
             {"comments_fts", "threads_fts", "thread_notes_fts", "annotations_fts"})
            SqliteDatabase(m_library->path())
                .execute(QString("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(table));
    }

private slots:
    void init()
    {
        m_library =
            std::move(Library::open(m_dir.filePath(QString("lib%1.sqlite").arg(++m_counter))))
                .value();
        QVERIFY(m_library->threads().saveThread(fishThread()).ok());
        QVERIFY(m_library->threads().saveThread(travelThread()).ok());
        QVERIFY(m_library->threads().saveThread(fillerThread()).ok());
    }
    void cleanup() { m_library.reset(); }

    void counts_data();
    void counts();
    void ranksByRelevance();
    void pages();
    void reportsThreadLevelHits();
    void escapesSnippets();
    void userTextNeverReachesSql();
    void followsReimportedEdits();
    void followsThreadDeletion();
    void followsAnnotations();
    void followsThreadNotes();
    void tagFilterIncludesChildren();
    void threadRangesFindWhatTheLongWayFinds();
    void annotatedAndOrphaned();
    void annotatedCommentIsTheInList();
    void annotationsFollowTheirCommentsRow();
    void incompleteSaves();
    void argumentFilters();
    void manyMatchesGoNewestFirst();
    void manyThreadHitsAreCountedToTheLimitAndListedNewestFirst();
    void aWholePageHoldsWhatItsHitsOneByOneHold_data();
    void aWholePageHoldsWhatItsHitsOneByOneHold();
    void aRankedPageReadsEachHitByItself();
    void migratesALibraryFromVersion2();
};

void TestSearchEngine::counts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("total");

    // "fish": a1, a2, a3, b1 and thread 1's title.
    QTest::newRow("word") << "fish" << qint64(5);
    QTest::newRow("case and diacritics") << "FISH" << qint64(5);
    QTest::newRow("diacritics folded") << "zurich" << qint64(2); // b1 and thread 2's title
    QTest::newRow("exclusion") << "fish -chips" << qint64(4);
    QTest::newRow("phrase") << "\"fish market\"" << qint64(1);
    QTest::newRow("phrase out of order") << "\"market fish\"" << qint64(0);
    QTest::newRow("prefix") << "alph*" << qint64(100);
    QTest::newRow("AND") << "alpha beta" << qint64(34);
    QTest::newRow("NOT") << "alpha -beta" << qint64(66);
    QTest::newRow("OR") << "alpha OR gamma" << qint64(120);
    QTest::newRow("OR and AND") << "filler alpha OR gamma -beta" << qint64(79);
    QTest::newRow("author exact") << "author:\"Jane Doe\" chips" << qint64(1);
    QTest::newRow("author ignores case") << "author:\"jane doe\" chips" << qint64(1);
    QTest::newRow("author alone") << "author:bob" << qint64(2);
    QTest::newRow("author and an exclusion") << "author:bob -trains" << qint64(1);
    QTest::newRow("a filter and an exclusion")
        << "thread:1 -fish" << qint64(1); // a4; the title says fish
    QTest::newRow("a filter and an excluded phrase")
        << "site:example.org -\"fish market\"" << qint64(7);
    QTest::newRow("author's name is searched") << "alice" << qint64(1);
    QTest::newRow("site and the sites below") << "site:example.org fish" << qint64(5);
    QTest::newRow("one site") << "site:example.org/travel fish" << qint64(1);
    QTest::newRow("thread") << "thread:2 fish" << qint64(1);
    QTest::newRow("thread alone") << "thread:3 beta" << qint64(67);
    QTest::newRow("before") << "before:2020-01-12 fish" << qint64(3);
    QTest::newRow("after") << "after:2020-01-12 fish" << qint64(2);
    QTest::newRow("nothing") << "haddock" << qint64(0);
}

void TestSearchEngine::counts()
{
    QFETCH(QString, query);
    QFETCH(qint64, total);
    const SearchPage page = search(query);
    QCOMPARE(page.totalCount, total);
    QCOMPARE(qint64(page.hits.size()), qMin<qint64>(total, 50));
    QVERIFY(!page.countIsLowerBound);
    // Filters alone give nothing to rank by.
    const bool hasWords = !SearchQueryParser::parse(query)->matchExpression.isEmpty();
    QCOMPARE(page.order, hasWords ? SearchPage::Order::Relevance : SearchPage::Order::NewestFirst);
}

void TestSearchEngine::ranksByRelevance()
{
    const SearchPage page = search("fish");
    QCOMPARE(page.hits.size(), size_t(5));
    // Three times in three words beats once in a long comment.
    QCOMPARE(page.hits.front().commentSourceId, QString("a2"));
    QCOMPARE(page.hits.front().author, QString("jane"));
    QCOMPARE(page.hits.front().created, day(2020, 1, 11));
    QCOMPARE(page.hits.front().threadTitle, QString("Fish suppers"));
    QCOMPARE(page.hits.front().threadId, qint64(1));
    const auto a3 = std::find_if(page.hits.begin(), page.hits.end(),
                                 [](const SearchHit &h) { return h.commentSourceId == "a3"; });
    const auto a1 = std::find_if(page.hits.begin(), page.hits.end(),
                                 [](const SearchHit &h) { return h.commentSourceId == "a1"; });
    QVERIFY(a1 < a3); // the long comment comes after the short one
}

void TestSearchEngine::pages()
{
    QSet<QString> seen;
    for (int offset = 0; offset < 100; offset += 30) {
        const SearchPage page = search("alpha", offset, 30);
        QCOMPARE(page.totalCount, qint64(100));
        QCOMPARE(int(page.hits.size()), qMin(30, 100 - offset));
        for (const SearchHit &hit : page.hits)
            seen.insert(hit.commentSourceId);
    }
    QCOMPARE(seen.size(), 100);
    QVERIFY(search("alpha", 100, 30).hits.empty());
}

void TestSearchEngine::reportsThreadLevelHits()
{
    const SearchPage page = search("suppers");
    QCOMPARE(page.hits.size(), size_t(1));
    const SearchHit &hit = page.hits.front();
    QCOMPARE(hit.kind, SearchHit::Kind::Thread);
    QVERIFY(hit.commentSourceId.isEmpty());
    QCOMPARE(hit.threadTitle, QString("Fish suppers"));
    QCOMPARE(hit.author, QString("op_anne"));
    QCOMPARE(hit.snippetHtml, QString("Fish <b>suppers</b>"));
}

void TestSearchEngine::escapesSnippets()
{
    const SearchPage page = search("vinegar");
    QCOMPARE(page.hits.size(), size_t(1));
    const QString html = page.hits.front().snippetHtml;
    QVERIFY2(html.contains("<b>vinegar</b>"), qPrintable(html));
    QVERIFY2(html.contains("x &lt; y &amp; &lt;script&gt;alert(1)&lt;/script&gt;"),
             qPrintable(html));
    QVERIFY(!html.contains("<script>"));
    QCOMPARE(SearchEngine::plainSnippet(html),
             QString("Chips with vinegar. x < y & <script>alert(1)</script>"));
    // A script tag typed as the query is only ever a phrase.
    const SearchPage script = search("<script>alert");
    QCOMPARE(script.totalCount, qint64(1));
    QVERIFY2(script.hits.front().snippetHtml.contains("&lt;<b>script"),
             qPrintable(script.hits.front().snippetHtml));
}

void TestSearchEngine::userTextNeverReachesSql()
{
    for (const QString query :
         {"\"'; DROP TABLE comments; --\"", "fish' OR 1=1 --", "author:\"x' OR '1'='1\"", "site:%",
          "tag:_", "NEAR(fish chips)", "fish AND OR NOT", "{body_text}:fish", "\"fish\"\"chips\"",
          "author:\"\\\"\""}) {
        const auto parsed = SearchQueryParser::parse(query);
        if (!parsed)
            continue; // rejected with a position, which the parser test checks
        const auto page = m_library->search().search(*parsed, 0, 10);
        QVERIFY2(page.ok(),
                 qPrintable(page.ok() ? QString() : query + ": " + page.error().toString()));
    }
    QCOMPARE(count("site:%"), qint64(0));
    QCOMPARE(count("tag:_"), qint64(0));
    QCOMPARE(SqliteDatabase(m_library->path()).queryInt("SELECT count(*) FROM comments"),
             qint64(206));
}

void TestSearchEngine::followsReimportedEdits()
{
    ThreadDocument doc = fishThread();
    doc.comments[0].bodyText = "Haddock and chips.";
    doc.comments[0].author = "Jane Smith";
    doc.title = "Haddock suppers";
    QVERIFY(m_library->threads().saveThread(doc).ok());
    QCOMPARE(count("mushy"), qint64(0));
    QCOMPARE(count("haddock"), qint64(2)); // the comment and the new title
    QCOMPARE(count("author:\"Jane Doe\" chips"), qint64(0));
    QCOMPARE(count("author:\"Jane Smith\" chips"), qint64(1));
    QCOMPARE(count("fish"), qint64(3)); // a2, a3, b1: a1 and the title no longer say it
    // A comment the re-import no longer has leaves the index with it.
    doc.comments.pop_back();
    QVERIFY(m_library->threads().saveThread(doc).ok());
    QCOMPARE(count("vinegar"), qint64(0));
    checkIndexes();
}

void TestSearchEngine::followsThreadDeletion()
{
    QVERIFY(m_library->notes().save(1, "notes about cod").ok());
    Annotation a;
    a.threadId = 1;
    a.commentSourceId = "a2";
    a.note = "herring too";
    QVERIFY(m_library->annotations().create(a).ok());
    QCOMPARE(count("cod"), qint64(1));
    QCOMPARE(count("herring"), qint64(1));

    QVERIFY(m_library->threads().deleteThread(1).ok());
    QCOMPARE(count("fish"), qint64(1)); // b1
    QCOMPARE(count("suppers"), qint64(0));
    QCOMPARE(count("cod"), qint64(0));
    QCOMPARE(count("herring"), qint64(0));
    checkIndexes();
}

void TestSearchEngine::followsAnnotations()
{
    AnnotationStore &annotations = m_library->annotations();
    Annotation draft;
    draft.threadId = 2;
    draft.commentSourceId = "b2";
    draft.position = TextPositionSelector{11, 19};
    draft.quote.exact = "punctual";
    draft.note = "remember the timetable";
    const auto created = annotations.create(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));

    SearchPage page = search("timetable");
    QCOMPARE(page.hits.size(), size_t(1));
    QCOMPARE(page.hits.front().kind, SearchHit::Kind::Annotation);
    QCOMPARE(page.hits.front().commentSourceId, QString("b2"));
    QCOMPARE(page.hits.front().annotationId, created->id);
    QCOMPARE(page.hits.front().author, QString("Bob"));
    QCOMPARE(count("punctual"), qint64(2)); // the comment and the highlighted quote

    AnnotationEdit edit;
    edit.note = "check the schedule";
    QVERIFY(annotations.update(created->id, edit).ok());
    QCOMPARE(count("timetable"), qint64(0));
    QCOMPARE(count("schedule"), qint64(1));

    QVERIFY(annotations.remove(created->id).ok());
    QCOMPARE(count("schedule"), qint64(0));
    QCOMPARE(count("punctual"), qint64(1));
    checkIndexes();
}

void TestSearchEngine::followsThreadNotes()
{
    ThreadNotesStore &notes = m_library->notes();
    QVERIFY(notes.save(2, "Try the Rösti near the station").ok());
    SearchPage page = search("rosti");
    QCOMPARE(page.hits.size(), size_t(1));
    QCOMPARE(page.hits.front().kind, SearchHit::Kind::ThreadNote);
    QCOMPARE(page.hits.front().threadId, qint64(2));
    QVERIFY(page.hits.front().commentSourceId.isEmpty());
    QVERIFY(page.hits.front().snippetHtml.contains("<b>Rösti</b>"));

    QVERIFY(notes.save(2, "Fondue instead").ok());
    QCOMPARE(count("rosti"), qint64(0));
    QCOMPARE(count("fondue"), qint64(1));
    // A note is found by the filters on its thread, read through its FTS row id.
    QVERIFY(m_library->threadTags().setTags(2, {"food/swiss"}).ok());
    Annotation a;
    a.threadId = 2;
    a.commentSourceId = "b1";
    QVERIFY(m_library->annotations().create(a).ok());
    for (const auto &[query, hits] : {std::pair{"tag:food fondue", 1},
                                      {"tag:food/british fondue", 0},
                                      {"thread:2 fondue", 1},
                                      {"thread:1 fondue", 0},
                                      {"is:annotated fondue", 1},
                                      {"is:orphaned fondue", 0}})
        QCOMPARE(count(query), qint64(hits));
    checkIndexes();
}

void TestSearchEngine::tagFilterIncludesChildren()
{
    ThreadTagStore &threadTags = m_library->threadTags();
    QVERIFY(threadTags.setTags(1, {"food/british"}).ok());
    QCOMPARE(count("tag:food fish"), qint64(4)); // a1, a2, a3 and the title
    QCOMPARE(count("tag:Food fish"), qint64(4));
    QCOMPARE(count("tag:food/british fish"), qint64(4));
    QCOMPARE(count("tag:foo fish"), qint64(0));
    QCOMPARE(count("tag:food/british/fried fish"), qint64(0));

    // A tag on an annotation marks its comment too.
    Annotation a;
    a.threadId = 2;
    a.commentSourceId = "b1";
    a.tags = {"food/swiss"};
    QVERIFY(m_library->annotations().create(a).ok());
    QCOMPARE(count("tag:food market"), qint64(1));
    QCOMPARE(count("tag:food fish"), qint64(5));
    QCOMPARE(count("tag:food/swiss fish"), qint64(1));
}

void TestSearchEngine::threadRangesFindWhatTheLongWayFinds()
{
    // The engine walks thread ranges when the filtered threads are few, as here; the
    // long way (every match, filtered afterwards) must find the same comments.
    QVERIFY(m_library->threadTags().setTags(1, {"food/british"}).ok());
    Annotation a;
    a.threadId = 2;
    a.commentSourceId = "b1";
    a.tags = {"food/swiss"};
    QVERIFY(m_library->annotations().create(a).ok());
    const auto keys = [this](const SearchQuery &query, bool ranges) {
        const SearchSql sql(query, ranges);
        const QString text = sql.commentKeys(true);
        SqliteDatabase raw(m_library->path()); // the statement must not outlive its connection
        // The comments' rank and is:annotated's look-up, as SearchEngine's connection has.
        KnownCountBm25::registerOn(raw);
        AnnotatedCommentSet::registerOn(raw);
        SqliteStatement statement = raw.prepare(text);
        sql.bind(statement, text);
        QList<qint64> found;
        while (statement.step())
            found << statement.columnInt64(1);
        return found;
    };
    // The engine also counts over the ranges when the threads are many but the words
    // common (countOverRangesIsQuicker): the count must be the long way's.
    const auto count = [this](const SearchQuery &query, bool ranges) {
        const SearchSql sql(query, ranges);
        const QString text = sql.commentCount();
        SqliteDatabase raw(m_library->path());
        AnnotatedCommentSet::registerOn(raw);
        SqliteStatement statement = raw.prepare(text);
        sql.bind(statement, text);
        statement.bind(8, SearchEngine::countLimit + 1);
        return statement.step() ? statement.columnInt64(0) : qint64(-1);
    };
    for (const QString text : {"tag:food fish", "tag:food/swiss fish", "site:example.org fish",
                               "site:example.org/travel zurich", "thread:1 chips",
                               "thread:3 alpha OR gamma", "site:example.org tag:food chips OR fish",
                               "tag:nothing fish", "thread:1 is:annotated fish"}) {
        const auto query = SearchQueryParser::parse(text);
        QVERIFY(query.ok());
        QVERIFY(SearchSql(*query, true).walksThreadRanges());
        QVERIFY(!SearchSql(*query, false).walksThreadRanges());
        const QList<qint64> longWay = keys(*query, false);
        QCOMPARE(keys(*query, true), longWay);
        QCOMPARE(count(*query, false), qint64(longWay.size()));
        QCOMPARE(count(*query, true), qint64(longWay.size()));
        const SearchPage page = search(text, 0, 1000);
        const auto commentHits =
            std::count_if(page.hits.begin(), page.hits.end(), [](const SearchHit &hit) {
                return hit.kind == SearchHit::Kind::Comment;
            });
        QCOMPARE(qsizetype(commentHits), longWay.size());
    }
    QCOMPARE(keys(*SearchQueryParser::parse("thread:3 alpha OR gamma"), true).size(), 120);
}

void TestSearchEngine::annotatedAndOrphaned()
{
    Annotation a;
    a.threadId = 1;
    a.commentSourceId = "a3";
    QVERIFY(m_library->annotations().create(a).ok());
    QCOMPARE(count("is:annotated fish"), qint64(2)); // a3 and its thread
    QCOMPARE(count("is:orphaned fish"), qint64(0));

    ThreadDocument doc = fishThread();
    doc.comments.erase(doc.comments.begin() + 2); // a3 is gone: its annotation is orphaned
    QVERIFY(m_library->threads().saveThread(doc).ok());
    const SearchPage page = search("is:orphaned");
    QCOMPARE(page.totalCount, qint64(2)); // thread 1 and the annotation itself
    QSet<SearchHit::Kind> kinds;
    for (const SearchHit &hit : page.hits)
        kinds.insert(hit.kind);
    QCOMPARE(kinds, (QSet<SearchHit::Kind>{SearchHit::Kind::Thread, SearchHit::Kind::Annotation}));
}

// is:annotated and is:orphaned look each match up with annotated_comment()
// (AnnotatedCommentSet) instead of "rowid IN (SELECT comment_id FROM annotations …)":
// the same answer for every comment row, with annotations on a comment, an orphaned one
// whose comment is still there, and one whose comment is gone (comment_id NULL).
void TestSearchEngine::annotatedCommentIsTheInList()
{
    const auto annotate = [this](qint64 thread, const QString &comment) {
        Annotation a;
        a.threadId = thread;
        a.commentSourceId = comment;
        QVERIFY(m_library->annotations().create(a).ok());
    };
    annotate(1, "a1");
    annotate(1, "a1"); // two on one comment
    annotate(1, "a3");
    annotate(2, "b1");
    annotate(3, "c7");
    ThreadDocument doc = fishThread();
    doc.comments.erase(doc.comments.begin() + 2); // a3 is gone
    QVERIFY(m_library->threads().saveThread(doc).ok());

    SqliteDatabase raw(m_library->path());
    AnnotatedCommentSet::registerOn(raw);
    // As re-anchoring leaves an annotation whose quote is no longer in its comment.
    raw.execute("UPDATE annotations SET anchor_state = 2 WHERE comment_source_id = 'b1'");
    QCOMPARE(raw.queryInt("SELECT count(*) FROM annotations WHERE comment_id IS NULL"), qint64(1));
    QCOMPARE(raw.queryInt("SELECT count(*) FROM annotations WHERE anchor_state = 2 AND "
                          "comment_id IS NOT NULL"),
             qint64(1));
    SqliteStatement rows = raw.prepare(
        "SELECT c.id, annotated_comment(c.id, 0), "
        "c.id IN (SELECT x.comment_id FROM annotations x) IS 1, annotated_comment(c.id, 1), "
        "c.id IN (SELECT x.comment_id FROM annotations x WHERE x.anchor_state = 2) IS 1 "
        "FROM comments c ORDER BY c.id");
    int annotated = 0;
    int orphaned = 0;
    int compared = 0;
    while (rows.step()) {
        QCOMPARE(rows.columnInt(1), rows.columnInt(2));
        QCOMPARE(rows.columnInt(3), rows.columnInt(4));
        annotated += rows.columnInt(1);
        orphaned += rows.columnInt(3);
        ++compared;
    }
    QCOMPARE(compared, 205);
    QCOMPARE(annotated, 3); // a1, b1, c7
    QCOMPARE(orphaned, 1);  // b1
    QCOMPARE(count("is:annotated fish"), qint64(3)); // a1, b1 and thread 1
    QCOMPARE(count("is:orphaned market"), qint64(1)); // b1
}

namespace {

QStringList describeHits(const SearchPage &page)
{
    QStringList hits;
    for (const SearchHit &hit : page.hits) {
        switch (hit.kind) {
        case SearchHit::Kind::Comment:
            hits << "comment " + hit.commentSourceId;
            break;
        case SearchHit::Kind::Annotation:
            hits << "annotation on " + hit.commentSourceId;
            break;
        default:
            hits << QString("thread %1").arg(hit.threadId);
        }
    }
    hits.sort();
    return hits;
}

} // namespace

// An annotation keeps its comment's row id (schema v8), which is:annotated and author:
// read: it is filled when the annotation is made, and again when a comment a save
// removed comes back.
void TestSearchEngine::annotationsFollowTheirCommentsRow()
{
    const auto annotate = [this](const QString &commentId, const QString &note) {
        Annotation a;
        a.threadId = 1;
        a.commentSourceId = commentId;
        a.note = note;
        const auto created = m_library->annotations().create(a);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    };
    ThreadDocument doc = fishThread();
    doc.comments.push_back(comment("a5", "Carol", day(2020, 1, 14), "Salmon is a fish."));
    QVERIFY(m_library->threads().saveThread(doc).ok());
    QCOMPARE(count("is:annotated salmon"), qint64(0));
    annotate("a5", QString());
    QCOMPARE(describeHits(search("is:annotated salmon")), QStringList{"comment a5"});

    // author: on annotations compares their comment's author exactly ("Jane Doe" also
    // holds the word jane).
    annotate("a1", "trout");
    annotate("a2", "trout");
    annotate("a3", "trout");
    QCOMPARE(describeHits(search("author:jane trout")), QStringList{"annotation on a2"});
    QCOMPARE(describeHits(search("author:bob trout")), QStringList{"annotation on a3"});
    QCOMPARE(describeHits(search("author:carol is:annotated")),
             (QStringList{"annotation on a5", "comment a5"}));

    // a2 removed by a save, then saved again.
    ThreadDocument without = doc;
    without.comments.erase(without.comments.begin() + 1);
    QVERIFY(m_library->threads().saveThread(without).ok());
    QVERIFY(m_library->threads().saveThread(doc).ok());
    QCOMPARE(describeHits(search("author:jane trout")), QStringList{"annotation on a2"});
    QCOMPARE(describeHits(search("is:annotated fish fish")).contains("comment a2"), true);
    checkIndexes();
}

// Hits carry (or are) an annotation at the right end of the right link; the annotation
// itself, the comment carrying it and its thread, as is:annotated finds them.
void TestSearchEngine::argumentFilters()
{
    const auto annotate = [this](qint64 thread, const QString &comment, qsizetype start,
                                 const QString &exact) {
        Annotation a;
        a.threadId = thread;
        a.commentSourceId = comment;
        if (!exact.isEmpty()) {
            a.position = TextPositionSelector{start, start + exact.size()};
            a.quote.exact = exact;
        }
        return m_library->annotations().create(a).value().id;
    };
    const auto link = [this](qint64 from, qint64 to, AnnotationLinkType type) {
        AnnotationLink draft;
        draft.from = from;
        draft.to = to;
        draft.type = type;
        QVERIFY(m_library->links().create(draft).ok());
    };
    const qint64 claim = annotate(1, "a1", 0, "Fish");       // rebutted, answers a question
    const qint64 rebuttal = annotate(1, "a3", 0, "Curry");   // asked about
    const qint64 question = annotate(1, "a2", 0, QString()); // asks, unanswered
    const qint64 answered = annotate(2, "b1", 0, "Zürich");  // asks, answered
    link(rebuttal, claim, AnnotationLinkType::Rebuts);
    link(question, claim, AnnotationLinkType::Asks);
    link(answered, rebuttal, AnnotationLinkType::Asks);
    link(claim, answered, AnnotationLinkType::Answers);

    QCOMPARE(describeHits(search("is:rebutted")),
             (QStringList{"annotation on a1", "comment a1", "thread 1"}));
    QCOMPARE(count("is:rebutted fish"), qint64(3)); // a1, its annotation's quote, the title
    QCOMPARE(count("is:rebutted curry"), qint64(0));
    QCOMPARE(describeHits(search("is:unanswered")),
             (QStringList{"annotation on a2", "comment a2", "thread 1"}));
    QCOMPARE(describeHits(search("link:asks")),
             (QStringList{"annotation on a1", "annotation on a2", "annotation on a3",
                          "annotation on b1", "comment a1", "comment a2", "comment a3",
                          "comment b1", "thread 1", "thread 2"}));
    QCOMPARE(describeHits(search("link:answers zurich")),
             (QStringList{"annotation on b1", "comment b1", "thread 2"}));
    QCOMPARE(count("link:same-point"), qint64(0));
    // No annotation is both; the thread carries one of each, as with any two filters.
    QCOMPARE(describeHits(search("link:rebuts is:unanswered")), QStringList{"thread 1"});
    QCOMPARE(count("thread:2 is:rebutted"), qint64(0));

    // Answering the question takes it out of is:unanswered.
    link(rebuttal, question, AnnotationLinkType::Answers);
    QCOMPARE(count("is:unanswered"), qint64(0));
}

void TestSearchEngine::incompleteSaves()
{
    QCOMPARE(count("is:incomplete fish"), qint64(0));
    ThreadDocument doc = travelThread(); // thread 2
    doc.gaps.missingComments = 3;
    doc.gaps.siteTotal = 5;
    QVERIFY(m_library->threads().saveThread(doc).ok());
    QCOMPARE(count("is:incomplete fish"), qint64(1)); // b1, not thread 1's four
    QCOMPARE(count("is:incomplete"), qint64(3));      // b1, b2 and the thread
    QCOMPARE(count("is:incomplete zurich"), qint64(2));

    // An uncounted gap (a next page) is incomplete too; a whole save is not.
    doc.gaps = SaveGaps();
    doc.gaps.uncountedGaps = 1;
    QVERIFY(m_library->threads().saveThread(doc).ok());
    QCOMPARE(count("is:incomplete fish"), qint64(1));
    doc.gaps = SaveGaps();
    QVERIFY(m_library->threads().saveThread(doc).ok());
    QCOMPARE(count("is:incomplete"), qint64(0));
}

void TestSearchEngine::manyMatchesGoNewestFirst()
{
    ThreadDocument big = makeThread("d", "big.example", "Big", "gen", day(2023, 1, 1));
    const int size = int(SearchEngine::countLimit) + 50;
    for (int i = 0; i < size; ++i)
        big.comments.push_back(comment(QString("d%1").arg(i), "gen", day(2023, 1, 1),
                                       QString("common word %1").arg(i)));
    QVERIFY(m_library->threads().saveThread(big).ok());
    QVERIFY(m_library->notes().save(4, "a common note").ok());

    SearchPage page = search("common", 0, 20);
    QCOMPARE(page.order, SearchPage::Order::NewestFirst);
    QVERIFY(page.countIsLowerBound);
    QCOMPARE(page.totalCount, SearchEngine::countLimit + 1); // and the note, counted exactly
    QCOMPARE(page.hits.size(), size_t(20));
    QCOMPARE(page.hits[0].kind, SearchHit::Kind::ThreadNote); // thread-level hits come first
    QCOMPARE(page.hits[1].commentSourceId, QString("d%1").arg(size - 1));
    QCOMPARE(page.hits[2].commentSourceId, QString("d%1").arg(size - 2));

    page = search("common", 101, 10);
    QCOMPARE(page.hits.size(), size_t(10));
    QCOMPARE(page.hits[0].commentSourceId, QString("d%1").arg(size - 101));

    // A narrower query over the same rows is ranked again.
    page = search("common 77");
    QCOMPARE(page.order, SearchPage::Order::Relevance);
    QCOMPARE(page.totalCount, qint64(1));
}

// A ranked page's comments are read one row id at a time (not over the range of the
// page's row ids): each hit still has its own comment, author and snippet.
void TestSearchEngine::aRankedPageReadsEachHitByItself()
{
    const SearchPage page = search("alpha beta", 0, 50);
    QCOMPARE(page.order, SearchPage::Order::Relevance);
    QCOMPARE(page.hits.size(), size_t(34));
    QSet<QString> comments;
    for (const SearchHit &hit : page.hits) {
        QCOMPARE(hit.kind, SearchHit::Kind::Comment);
        QCOMPARE(hit.threadId, qint64(3));
        QVERIFY(hit.snippetHtml.contains("<b>alpha</b>"));
        QVERIFY(hit.snippetHtml.contains("<b>beta</b>"));
        QVERIFY(hit.created.isValid());
        comments.insert(hit.commentSourceId);
    }
    QCOMPARE(comments.size(), 34);
}

void TestSearchEngine::aWholePageHoldsWhatItsHitsOneByOneHold_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("comments and a thread, ranked") << "fish";
    QTest::newRow("a phrase, ranked") << "\"filler comment\" gamma";
    QTest::newRow("a prefix") << "alph*";
    QTest::newRow("filters only") << "site:example.org";
    QTest::newRow("a filter on the comment's row") << "after:2020-01-12 fish";
}

// The details of a page are read in one statement per kind (SearchSql::details): the
// hits must still come in the page's order, each with its own thread, author, date and
// snippet, as a page of one hit at that offset gives them.
void TestSearchEngine::aWholePageHoldsWhatItsHitsOneByOneHold()
{
    QFETCH(QString, query);
    const SearchPage page = search(query, 0, 12);
    QVERIFY(!page.hits.empty());
    for (size_t i = 0; i < page.hits.size(); ++i) {
        const SearchPage one = search(query, int(i), 1);
        QCOMPARE(one.hits.size(), size_t(1));
        const SearchHit &a = page.hits[i];
        const SearchHit &b = one.hits.front();
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.threadId, b.threadId);
        QCOMPARE(a.commentSourceId, b.commentSourceId);
        QCOMPARE(a.annotationId, b.annotationId);
        QCOMPARE(a.threadTitle, b.threadTitle);
        QCOMPARE(a.author, b.author);
        QCOMPARE(a.created, b.created);
        QCOMPARE(a.snippetHtml, b.snippetHtml);
        QVERIFY(!a.snippetHtml.isEmpty());
    }
}

void TestSearchEngine::manyThreadHitsAreCountedToTheLimitAndListedNewestFirst()
{
    // A community's library: a common word in more thread titles than countLimit. Counting
    // and ranking all of them made the first page take seconds at 100 000 threads.
    std::vector<ThreadDocument> threads;
    const int size = int(SearchEngine::countLimit) + 5;
    for (int i = 0; i < size; ++i)
        threads.push_back(makeThread(QString("m%1").arg(i), "many.example", QString("common title %1").arg(i),
                                     "gen", day(2023, 1, 1)));
    QVERIFY(m_library->threads().saveThreads(threads).ok());

    SearchPage page = search("common", 0, 20);
    QCOMPARE(page.order, SearchPage::Order::NewestFirst);
    QVERIFY(page.countIsLowerBound);
    QCOMPARE(page.totalCount, SearchEngine::countLimit);
    QCOMPARE(page.hits.size(), size_t(20));
    QCOMPARE(page.hits[0].kind, SearchHit::Kind::Thread);
    QCOMPARE(page.hits[0].threadTitle, QString("common title %1").arg(size - 1));
    QCOMPARE(page.hits[19].threadTitle, QString("common title %1").arg(size - 20));

    // Fewer than countLimit of them: ranked as before.
    page = search("common 77");
    QCOMPARE(page.order, SearchPage::Order::Relevance);
    QCOMPARE(page.totalCount, qint64(1));
    QCOMPARE(page.hits[0].threadTitle, QString("common title 77"));
}

void TestSearchEngine::migratesALibraryFromVersion2()
{
    const QString path = m_library->path();
    QVERIFY(m_library->notes().save(1, "notes about cod").ok());
    Annotation a;
    a.threadId = 2;
    a.commentSourceId = "b2";
    a.note = "herring too";
    QVERIFY(m_library->annotations().create(a).ok());
    m_library.reset();

    // Back to what version 2 had: only comments_fts, over body_text (v7 dropped its insert
    // trigger again).
    {
        SqliteDatabase raw(path);
        raw.execute(R"sql(
            DROP TRIGGER IF EXISTS comments_fts_insert; DROP TRIGGER comments_fts_delete; DROP TRIGGER comments_fts_update;
            DROP TRIGGER threads_fts_insert; DROP TRIGGER threads_fts_delete; DROP TRIGGER threads_fts_update;
            DROP TRIGGER thread_notes_fts_insert; DROP TRIGGER thread_notes_fts_delete; DROP TRIGGER thread_notes_fts_update;
            DROP TRIGGER annotations_fts_insert; DROP TRIGGER annotations_fts_delete; DROP TRIGGER annotations_fts_update;
            DROP TABLE comments_fts; DROP TABLE threads_fts; DROP TABLE thread_notes_fts; DROP TABLE annotations_fts;
            CREATE VIRTUAL TABLE comments_fts USING fts5(body_text, content='comments', content_rowid='id',
                                                         tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
                INSERT INTO comments_fts(rowid, body_text) VALUES (new.id, new.body_text);
            END;
            CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
                INSERT INTO comments_fts(comments_fts, rowid, body_text) VALUES ('delete', old.id, old.body_text);
            END;
            CREATE TRIGGER comments_fts_update AFTER UPDATE OF body_text ON comments
            WHEN old.body_text IS NOT new.body_text BEGIN
                INSERT INTO comments_fts(comments_fts, rowid, body_text) VALUES ('delete', old.id, old.body_text);
                INSERT INTO comments_fts(rowid, body_text) VALUES (new.id, new.body_text);
            END;
            INSERT INTO comments_fts(comments_fts) VALUES ('rebuild');
            ALTER TABLE threads DROP COLUMN missing_comments;
            ALTER TABLE threads DROP COLUMN uncounted_gaps;
            ALTER TABLE threads DROP COLUMN site_total;
            DROP TRIGGER annotations_comment_linked; DROP TRIGGER annotations_comment_moved;
            DROP TRIGGER comments_annotations_unlinked; DROP INDEX annotations_by_comment_id;
            ALTER TABLE annotations DROP COLUMN comment_id;
            DROP TABLE annotation_links; DROP TRIGGER annotations_uuid_filled;
            DROP INDEX annotations_by_uuid; ALTER TABLE annotations DROP COLUMN uuid;
            DROP TRIGGER comment_text_replaced; DROP TRIGGER comment_text_kept_after_removal;
            DROP TABLE comment_versions; DROP TABLE thread_saves;
            ALTER TABLE comments DROP COLUMN text_save_id; ALTER TABLE comments DROP COLUMN first_save_id;
            ALTER TABLE comments DROP COLUMN missing_since_save_id;
            ALTER TABLE comments DROP COLUMN kept_after_removal; ALTER TABLE comments DROP COLUMN read_at;
            ALTER TABLE threads DROP COLUMN seen_save_id; ALTER TABLE threads DROP COLUMN unread_count;
            ALTER TABLE threads DROP COLUMN new_count;
            PRAGMA user_version = 2;)sql");
        QCOMPARE(raw.queryInt("SELECT count(*) FROM sqlite_master WHERE name LIKE 'threads_fts%'"),
                 qint64(0));
    }

    auto reopened = Library::open(path);
    QVERIFY(reopened.ok());
    m_library = std::move(reopened).value();
    QCOMPARE(m_library->schemaVersion(), SchemaMigrator::latestVersion());
    QCOMPARE(count("mushy"), qint64(1));
    QCOMPARE(count("suppers"), qint64(1));
    QCOMPARE(count("cod"), qint64(1));
    QCOMPARE(count("herring"), qint64(1));
    QCOMPARE(count("author:\"Jane Doe\" chips"), qint64(1));
    checkIndexes();
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
