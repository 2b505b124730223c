// The search language: what each query becomes in FTS5 and filters, and where a
// malformed one is reported.

#include "store/searchquery.h"

#include <QTest>

using namespace Scholia;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void reportsTheTokenAndColumn();
    void namesTheLinkTypes();
    void keepsExclusionsOfFilterOnlyQueries();
};

void TestSearchQuery::parses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("filters");
    QTest::addColumn<QString>("highlights");

    QTest::newRow("word") << "fish"
                          << "\"fish\""
                          << ""
                          << "fish";
    QTest::newRow("words are ANDed") << "fish chips"
                                     << "\"fish\" AND \"chips\""
                                     << ""
                                     << "fish|chips";
    QTest::newRow("phrase") << "\"fish and chips\""
                            << "\"fish and chips\""
                            << ""
                            << "fish and chips";
    QTest::newRow("phrase white space") << "\"  fish \t and  \""
                                        << "\"fish and\""
                                        << ""
                                        << "fish and";
    QTest::newRow("exclusion") << "fish -chips"
                               << "\"fish\" NOT \"chips\""
                               << ""
                               << "fish";
    QTest::newRow("excluded phrase") << "fish -\"mushy peas\""
                                     << "\"fish\" NOT \"mushy peas\""
                                     << ""
                                     << "fish";
    QTest::newRow("two groups and an exclusion") << "a b -c -d"
                                                 << "(\"a\" AND \"b\") NOT \"c\" NOT \"d\""
                                                 << ""
                                                 << "a|b";
    QTest::newRow("OR") << "fish OR chips"
                        << "(\"fish\" OR \"chips\")"
                        << ""
                        << "fish|chips";
    QTest::newRow("OR binds tighter than AND")
        << "peas fish OR chips OR curry"
        << "\"peas\" AND (\"fish\" OR \"chips\" OR \"curry\")"
        << ""
        << "peas|fish|chips|curry";
    QTest::newRow("prefix") << "th*"
                            << "\"th\"*"
                            << ""
                            << "th";
    QTest::newRow("prefix phrase") << "\"fish an\"*"
                                   << "\"fish an\"*"
                                   << ""
                                   << "fish an";
    QTest::newRow("lower-case or is a word") << "fish or chips"
                                             << "\"fish\" AND \"or\" AND \"chips\""
                                             << ""
                                             << "fish|or|chips";
    QTest::newRow("FTS5 keywords are words") << "NOT AND NEAR"
                                             << "\"NOT\" AND \"AND\" AND \"NEAR\""
                                             << ""
                                             << "NOT|AND|NEAR";
    QTest::newRow("FTS5 syntax is quoted") << "c++ 3:b* (x) ^y"
                                           << "\"c++\" AND \"3:b\"* AND \"(x)\" AND \"^y\""
                                           << ""
                                           << "c++|3:b|(x)|^y";
    QTest::newRow("star inside a word") << "x*y"
                                        << "\"x*y\""
                                        << ""
                                        << "x*y";
    QTest::newRow("adjacent phrases") << "\"a\"\"b\""
                                      << "\"a\" AND \"b\""
                                      << ""
                                      << "a|b";
    QTest::newRow("diacritics left to the tokenizer") << "Zürich"
                                                      << "\"Zürich\""
                                                      << ""
                                                      << "Zürich";
    QTest::newRow("repeated word highlighted once") << "fish fish"
                                                    << "\"fish\" AND \"fish\""
                                                    << ""
                                                    << "fish";
    QTest::newRow("author") << "author:alice fish"
                            << "\"fish\""
                            << "author=alice"
                            << "fish";
    QTest::newRow("quoted author") << "author:\"Jane Doe\""
                                   << ""
                                   << "author=Jane Doe"
                                   << "";
    QTest::newRow("filter name case") << "Author:bob"
                                      << ""
                                      << "author=bob"
                                      << "";
    QTest::newRow("site") << "site:reddit.com/r/x"
                          << ""
                          << "site=reddit.com/r/x"
                          << "";
    QTest::newRow("tag normalized") << "tag:\" Compute / export  controls \" chips"
                                    << "\"chips\""
                                    << "tag=Compute/export controls"
                                    << "chips";
    QTest::newRow("thread") << "thread:42 peas"
                            << "\"peas\""
                            << "thread=42"
                            << "peas";
    QTest::newRow("dates") << "before:2020-01-31 after:2019-12-01"
                           << ""
                           << "before=2020-01-31;after=2019-12-01"
                           << "";
    QTest::newRow("is:annotated") << "is:annotated"
                                  << ""
                                  << "is:annotated"
                                  << "";
    QTest::newRow("is:orphaned any case") << "IS:Orphaned fish"
                                          << "\"fish\""
                                          << "is:orphaned"
                                          << "fish";
    QTest::newRow("is:incomplete") << "is:incomplete rollout"
                                   << "\"rollout\""
                                   << "is:incomplete"
                                   << "rollout";
    QTest::newRow("is:rebutted") << "is:rebutted"
                                 << ""
                                 << "is:rebutted"
                                 << "";
    QTest::newRow("is:unanswered any case") << "Is:Unanswered why"
                                            << "\"why\""
                                            << "is:unanswered"
                                            << "why";
    QTest::newRow("link type") << "link:answers"
                               << ""
                               << "link=answers"
                               << "";
    QTest::newRow("link type any case") << "LINK:Same-Point tea"
                                        << "\"tea\""
                                        << "link=same-point"
                                        << "tea";
    QTest::newRow("everything")
        << "\"mushy peas\" OR chips* -curry author:\"Jane Doe\" tag:food is:annotated"
        << "(\"mushy peas\" OR \"chips\"*) NOT \"curry\""
        << "author=Jane Doe;tag=food;is:annotated"
        << "mushy peas|chips";
    QTest::newRow("filters and exclusions") << "author:ada -quince -\"pear tart\""
                                            << ""
                                            << "author=ada"
                                            << "";
    QTest::newRow("filters between OR groups") << "a OR b thread:3 c"
                                               << "(\"a\" OR \"b\") AND \"c\""
                                               << "thread=3"
                                               << "a|b|c";
}

void TestSearchQuery::parses()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    QFETCH(QString, filters);
    QFETCH(QString, highlights);

    const auto parsed = SearchQueryParser::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->matchExpression, expression);
    if (!parsed->matchExpression.isEmpty())
        QVERIFY(parsed->excludedExpression.isEmpty());
    QStringList described;
    for (const SearchFilter &filter : parsed->filters)
        described << filter.toString();
    QCOMPARE(described.join(';'), filters);
    QCOMPARE(parsed->highlightTerms.join('|'), highlights);
}

void TestSearchQuery::rejects_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("column");

    QTest::newRow("empty") << "" << 1;
    QTest::newRow("blank") << "   " << 1;
    QTest::newRow("unknown filter") << "foo:bar" << 1;
    QTest::newRow("unknown filter later") << "fish foo:bar" << 6;
    QTest::newRow("a URL needs quotes") << "see https://example.org" << 5;
    QTest::newRow("only excluded") << "-fish" << 1;
    QTest::newRow("OR at the end") << "fish OR" << 6;
    QTest::newRow("OR at the start") << "OR fish" << 1;
    QTest::newRow("OR twice") << "fish OR OR chips" << 9;
    QTest::newRow("excluded side of OR") << "fish OR -chips" << 9;
    QTest::newRow("dash alone") << "fish - chips" << 6;
    QTest::newRow("dash at the end") << "fish -" << 6;
    QTest::newRow("unclosed quote") << "fish \"and chips" << 6;
    QTest::newRow("quote after a word") << "fish\" chips" << 5;
    QTest::newRow("empty quotes") << "fish \"  \"" << 6;
    QTest::newRow("no letters") << "fish &&" << 6;
    QTest::newRow("star alone") << "*" << 1;
    QTest::newRow("one-letter prefix") << "fish t*" << 6;
    QTest::newRow("thread not a number") << "thread:abc" << 8;
    QTest::newRow("thread zero") << "thread:0" << 8;
    QTest::newRow("bad month") << "before:2020-13-01" << 8;
    QTest::newRow("short date") << "after:2020-1-1" << 7;
    QTest::newRow("unknown is:") << "is:starred" << 4;
    QTest::newRow("unknown link type") << "fish link:refutes" << 11;
    QTest::newRow("a link type's label is no key") << "link:\"rebutted by\"" << 6;
    QTest::newRow("filter without value") << "fish author:" << 6;
    QTest::newRow("filter with empty quotes") << "author:\"\"" << 8;
    QTest::newRow("excluded filter") << "fish -author:x" << 6;
    QTest::newRow("filter side of OR") << "fish OR author:x" << 9;
    QTest::newRow("bad tag") << "tag:a//b" << 5;
    QTest::newRow("columns count UTF-16") << "é 🚀x foo:1" << 7;
}

void TestSearchQuery::rejects()
{
    QFETCH(QString, query);
    QFETCH(int, column);

    const auto parsed = SearchQueryParser::parse(query);
    QVERIFY(!parsed.ok());
    QCOMPARE(SearchQueryParser::columnOf(parsed.error()), column);
    QVERIFY(!parsed.error().message.contains("SQL", Qt::CaseInsensitive));
    QVERIFY(!parsed.error().message.contains("fts5", Qt::CaseInsensitive));
}

void TestSearchQuery::reportsTheTokenAndColumn()
{
    const auto parsed = SearchQueryParser::parse("chips foo:bar");
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.startsWith("unknown filter \"foo:\""));
    QVERIFY2(parsed.error().toString().endsWith("(at column 7)"),
             qPrintable(parsed.error().toString()));
    QCOMPARE(SearchQueryParser::columnOf(Error::of("no column")), 0);
}

void TestSearchQuery::namesTheLinkTypes()
{
    const auto parsed = SearchQueryParser::parse("link:refutes");
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains("supports, rebuts, asks, answers, same-point"),
             qPrintable(parsed.error().message));
    const auto state = SearchQueryParser::parse("is:rebuted");
    QVERIFY(state.error().message.contains("is:rebutted and is:unanswered"));
}

void TestSearchQuery::keepsExclusionsOfFilterOnlyQueries()
{
    const auto parsed = SearchQueryParser::parse("author:ada -quince -\"pear tart\"");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->excludedExpression, QString("\"quince\" OR \"pear tart\""));
    QVERIFY(parsed->highlightTerms.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
