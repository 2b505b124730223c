#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// One filter of a search query ("author:NAME", "is:annotated", …), already checked.
struct SearchFilter
{
    enum class Kind
    {
        Author,    // text: the author's name, compared ignoring ASCII case
        Site,      // text: the thread's site or a site below it ("reddit.com" ⊇ "reddit.com/r/x")
        Tag,       // text: a normalized tag name; the tag and its children
        Thread,    // number: a thread id
        Before,    // date: created before that day began (UTC)
        After,     // date: created on that day or later (UTC)
        Annotated, // the hit carries (or is) an annotation
        Orphaned,  // the hit carries (or is) an orphaned annotation
        Incomplete, // the hit's thread is a partial save (SaveGaps: something is missing)
        Rebutted,   // the hit carries (or is) an annotation that another one rebuts
        Unanswered, // … an annotation that asks about another and that nothing answers
        Link,       // text: a link type's key; … an annotation at either end of such a link
    };

    Kind kind;
    QString text;
    qint64 number = 0;
    QDate date;

    // "author=Jane Doe", "is:annotated": for tests and debugging.
    QString toString() const;
    bool operator==(const SearchFilter &) const = default;
};

// A parsed query, ready for SearchEngine. matchExpression is FTS5 syntax built only from
// string literals the parser quoted itself ("word", "a phrase", "pre"*) and the operators
// AND, OR, NOT and parentheses, so nothing the user typed is ever read as FTS5 syntax.
// It is empty for a query of filters only.
struct SearchQuery
{
    QString matchExpression;
    // The excluded words of a query that has filters but no words to look for
    // ("author:ada -quince"), as FTS5 alternatives ("quince" OR "pear"); empty otherwise,
    // when matchExpression says NOT itself.
    QString excludedExpression;
    std::vector<SearchFilter> filters;
    // The plain words and phrases a viewer should highlight in a comment (prefix words
    // without their '*'); excluded words are not among them.
    QStringList highlightTerms;

    bool hasFilter(SearchFilter::Kind kind) const;
};

// Reads the search box's language:
//   word word      both (AND)            "exact phrase"   the words in that order
//   -word          not this word         a OR b           either (binds tighter than AND)
//   word*          words starting so     author:NAME  site:NAME  tag:NAME  thread:ID
//   before:YYYY-MM-DD  after:YYYY-MM-DD  is:annotated  is:orphaned  is:incomplete
//   is:rebutted  is:unanswered  link:TYPE (supports, rebuts, asks, answers, same-point)
// A filter's value may be quoted: author:"Jane Doe".
// A malformed query gives an Error whose message names the bad token and whose
// `location` (the existing "where in the document" field) is "column N", so that
// Error::toString() reads `unknown filter "foo:" (at column 7)` and columnOf() can
// place a cursor. Columns count UTF-16 code units from 1. Never an SQL error text.
class SearchQueryParser
{
    Q_DECLARE_TR_FUNCTIONS(SearchQueryParser)

public:
    static Result<SearchQuery> parse(const QString &text);
    // The 1-based column of a parse error, or 0 when the error has none.
    static int columnOf(const Error &error);
};

} // namespace Scholia
