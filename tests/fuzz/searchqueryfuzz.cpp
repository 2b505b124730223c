// The search-query target: any text the search box may hold parses into a query or an
// Error that points inside it, and never into FTS5 syntax the parser did not write.

#include "fuzzinvariant.h"
#include "fuzztargets.h"

#include "store/searchquery.h"

namespace Scholia::Fuzz {

namespace {

// matchExpression is made of quoted literals and operators only: outside the quotes the
// parser wrote there is nothing but AND, OR, NOT, parentheses, '*' and spaces.
void checkExpression(const QString &expression)
{
    QString outsideQuotes;
    bool inQuote = false;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (c == QLatin1Char('"')) {
            // FTS5 writes a quote inside a literal as two.
            if (inQuote && i + 1 < expression.size() && expression.at(i + 1) == QLatin1Char('"')) {
                ++i;
                continue;
            }
            inQuote = !inQuote;
            outsideQuotes += QLatin1Char(' ');
            continue;
        }
        if (!inQuote)
            outsideQuotes += c;
    }
    FuzzInvariant::require(!inQuote, "match expression has an unclosed literal", expression);
    for (const QString &word : outsideQuotes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString bare = word;
        bare.remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char('*'));
        const bool isOperator = bare.isEmpty() || bare == QLatin1String("AND") ||
                                bare == QLatin1String("OR") || bare == QLatin1String("NOT");
        FuzzInvariant::require(
            isOperator, "match expression holds something the parser did not quote", expression);
    }
}

} // namespace

int fuzzSearchQuery(const uint8_t *data, size_t size)
{
    FuzzInvariant::ensureCoreApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<SearchQuery> query = SearchQueryParser::parse(text);
    if (!query) {
        const int column = SearchQueryParser::columnOf(query.error());
        FuzzInvariant::require(column >= 0 && column <= text.size() + 1,
                               "error column outside the query", query.error().toString());
        return 0;
    }
    checkExpression(query->matchExpression);
    checkExpression(query->excludedExpression);
    return 0;
}

} // namespace Scholia::Fuzz
