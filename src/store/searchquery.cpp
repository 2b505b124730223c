#include "searchquery.h"

#include "core/annotationlinktype.h"
#include "core/tagname.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace Scholia {

namespace {

// One word or phrase of the query, as the FTS5 string literal it becomes.
struct Atom
{
    QString text;
    bool prefix = false;
    bool phrase = false;
};

QString literal(const Atom &atom)
{
    QString escaped = atom.text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"') +
           (atom.prefix ? QStringLiteral("*") : QString());
}

bool hasSearchableCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isSurrogate())
            return true;
    }
    return false;
}

Error errorAt(const QString &message, qsizetype index)
{
    Error error = Error::of(message);
    error.at(QStringLiteral("column %1").arg(index + 1));
    return error;
}

// Reads the query left to right, one token at a time; no recursion, no backtracking.
// OR groups the words on either side of it; the groups are ANDed.
class QueryReader
{
public:
    explicit QueryReader(const QString &text) : m_text(text) {}

    std::optional<Error> read();
    SearchQuery result() const;

private:
    std::optional<Error> readToken();
    std::optional<Error> readFilter(const QString &name, qsizetype start, bool negated);
    std::optional<Error> checkValue(SearchFilter &filter, qsizetype valueAt) const;
    std::optional<Error> addAtom(Atom atom, qsizetype start, bool negated);
    // Reads "…" starting at the opening quote; m_pos ends after the closing one.
    std::optional<QString> readQuoted(std::optional<Error> &error);
    QString readBare();

    const QString &m_text;
    qsizetype m_pos = 0;
    std::vector<std::vector<Atom>> m_groups;
    std::vector<Atom> m_excluded;
    std::vector<SearchFilter> m_filters;
    qsizetype m_orAt = -1;        // a pending OR, waiting for its right-hand word
    bool m_afterPositive = false; // the last token was a word OR may follow
    qsizetype m_firstExcluded = -1;
};

std::optional<Error> QueryReader::read()
{
    while (true) {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        if (m_pos >= m_text.size())
            break;
        if (auto error = readToken())
            return error;
    }
    if (m_orAt >= 0)
        return errorAt(SearchQueryParser::tr("\"OR\" needs a word after it"), m_orAt);
    if (m_groups.empty() && m_filters.empty() && m_firstExcluded >= 0)
        return errorAt(SearchQueryParser::tr(
                           "an excluded word needs a word or a filter to search for besides it"),
                       m_firstExcluded);
    if (m_groups.empty() && m_filters.empty())
        return errorAt(SearchQueryParser::tr("the query is empty"), 0);
    return std::nullopt;
}

std::optional<Error> QueryReader::readToken()
{
    const qsizetype start = m_pos;
    const bool negated = m_text.at(m_pos) == QLatin1Char('-');
    if (negated) {
        ++m_pos;
        if (m_pos >= m_text.size() || m_text.at(m_pos).isSpace())
            return errorAt(SearchQueryParser::tr("\"-\" needs a word right after it"), start);
    }
    if (m_text.at(m_pos) == QLatin1Char('"')) {
        std::optional<Error> error;
        const std::optional<QString> phrase = readQuoted(error);
        if (!phrase)
            return error;
        Atom atom{*phrase, false, true};
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('*')) {
            atom.prefix = true;
            ++m_pos;
        }
        return addAtom(atom, start, negated);
    }
    static const QRegularExpression filterName(QStringLiteral("\\G([A-Za-z]+):"));
    const QRegularExpressionMatch filter = filterName.match(m_text, m_pos);
    if (filter.hasMatch()) {
        m_pos += filter.capturedLength(0);
        return readFilter(filter.captured(1).toLower(), start, negated);
    }
    QString word = readBare();
    if (word == QLatin1String("OR") && !negated) {
        if (!m_afterPositive)
            return errorAt(SearchQueryParser::tr("\"OR\" needs a word before it"), start);
        m_orAt = start;
        m_afterPositive = false;
        return std::nullopt;
    }
    Atom atom{word, false, false};
    if (atom.text.endsWith(QLatin1Char('*'))) {
        atom.text.chop(1);
        atom.prefix = true;
    }
    return addAtom(atom, start, negated);
}

std::optional<Error> QueryReader::addAtom(Atom atom, qsizetype start, bool negated)
{
    if (!hasSearchableCharacter(atom.text))
        return errorAt(SearchQueryParser::tr("\"%1\" has no letters or digits to search for")
                           .arg(m_text.mid(start, m_pos - start)),
                       start);
    // Every one- or two-character prefix matches a good part of the library; one
    // character is not worth the seconds it takes (comments_fts indexes 2 and 3).
    if (atom.prefix && !atom.phrase && atom.text.size() < 2)
        return errorAt(SearchQueryParser::tr("a prefix needs at least two characters before \"*\""),
                       start);
    if (negated) {
        if (m_orAt >= 0)
            return errorAt(SearchQueryParser::tr("an excluded word cannot be a side of \"OR\""),
                           start);
        if (m_firstExcluded < 0)
            m_firstExcluded = start;
        m_excluded.push_back(std::move(atom));
        m_afterPositive = false;
        return std::nullopt;
    }
    if (m_orAt >= 0)
        m_groups.back().push_back(std::move(atom));
    else
        m_groups.push_back({std::move(atom)});
    m_orAt = -1;
    m_afterPositive = true;
    return std::nullopt;
}

std::optional<QString> QueryReader::readQuoted(std::optional<Error> &error)
{
    const qsizetype open = m_pos;
    const qsizetype close = m_text.indexOf(QLatin1Char('"'), open + 1);
    if (close < 0) {
        error = errorAt(SearchQueryParser::tr("this quotation mark is never closed"), open);
        return std::nullopt;
    }
    m_pos = close + 1;
    const QString inside = m_text.mid(open + 1, close - open - 1).simplified();
    if (inside.isEmpty()) {
        error = errorAt(SearchQueryParser::tr("the quotation marks hold nothing"), open);
        return std::nullopt;
    }
    return inside;
}

QString QueryReader::readBare()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() &&
           m_text.at(m_pos) != QLatin1Char('"'))
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

std::optional<Error> QueryReader::readFilter(const QString &name, qsizetype start, bool negated)
{
    using Kind = SearchFilter::Kind;
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("author"), Kind::Author}, {QStringLiteral("site"), Kind::Site},
        {QStringLiteral("tag"), Kind::Tag},       {QStringLiteral("thread"), Kind::Thread},
        {QStringLiteral("before"), Kind::Before}, {QStringLiteral("after"), Kind::After},
        {QStringLiteral("is"), Kind::Annotated},  {QStringLiteral("link"), Kind::Link},
    };
    const auto kind = kinds.find(name);
    if (kind == kinds.end())
        return errorAt(
            SearchQueryParser::tr("unknown filter \"%1:\" (the filters are author:, site:, tag:, "
                                  "thread:, before:, after:, is: and link:; put a word in quotes "
                                  "to search for it as it is)")
                .arg(name),
            start);
    if (negated)
        return errorAt(SearchQueryParser::tr("a filter cannot be excluded with \"-\""), start);
    if (m_orAt >= 0)
        return errorAt(SearchQueryParser::tr("a filter cannot be a side of \"OR\""), start);
    m_afterPositive = false;

    const qsizetype valueAt = m_pos;
    QString value;
    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
        std::optional<Error> error;
        const std::optional<QString> quoted = readQuoted(error);
        if (!quoted)
            return error;
        value = *quoted;
    } else {
        value = readBare();
    }
    if (value.isEmpty())
        return errorAt(
            SearchQueryParser::tr("the filter \"%1:\" needs a value right after the colon")
                .arg(name),
            start);

    SearchFilter filter{*kind, value, 0, {}};
    if (auto error = checkValue(filter, valueAt))
        return error;
    m_filters.push_back(std::move(filter));
    return std::nullopt;
}

// The filter that "is:NAME" stands for, ignoring case.
std::optional<SearchFilter::Kind> stateNamed(const QString &name)
{
    using Kind = SearchFilter::Kind;
    static const QHash<QString, Kind> states = {
        {QStringLiteral("annotated"), Kind::Annotated},
        {QStringLiteral("orphaned"), Kind::Orphaned},
        {QStringLiteral("incomplete"), Kind::Incomplete},
        {QStringLiteral("rebutted"), Kind::Rebutted},
        {QStringLiteral("unanswered"), Kind::Unanswered},
    };
    const auto state = states.find(name.toLower());
    if (state == states.end())
        return std::nullopt;
    return *state;
}

// Turns the filter's text into what its kind needs (a tag name, a thread id, a date, a
// state), or says at the value's column why it cannot.
std::optional<Error> QueryReader::checkValue(SearchFilter &filter, qsizetype valueAt) const
{
    using Kind = SearchFilter::Kind;
    const QString value = filter.text;
    const auto bad = [&](const QString &message) { return errorAt(message, valueAt); };
    switch (filter.kind) {
    case Kind::Author:
    case Kind::Site:
        break;
    case Kind::Tag: {
        const auto tag = TagName::normalize(value);
        if (!tag)
            return bad(tag.error().message);
        filter.text = *tag;
        break;
    }
    case Kind::Thread: {
        bool isNumber = false;
        filter.number = value.toLongLong(&isNumber);
        if (!isNumber || filter.number <= 0)
            return bad(
                SearchQueryParser::tr("\"%1\" is not a thread id (a number from the library list)")
                    .arg(value));
        break;
    }
    case Kind::Before:
    case Kind::After: {
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        filter.date = QDate::fromString(value, Qt::ISODate);
        if (!isoDate.match(value).hasMatch() || !filter.date.isValid())
            return bad(SearchQueryParser::tr("\"%1\" is not a date written YYYY-MM-DD").arg(value));
        break;
    }
    case Kind::Annotated:
    case Kind::Orphaned:
    case Kind::Incomplete:
    case Kind::Rebutted:
    case Kind::Unanswered: {
        const std::optional<Kind> state = stateNamed(value);
        if (!state)
            return bad(SearchQueryParser::tr("\"is:%1\" is not a filter (there are is:annotated, "
                                             "is:orphaned, is:incomplete, is:rebutted and "
                                             "is:unanswered)")
                           .arg(value));
        filter.kind = *state;
        filter.text.clear();
        break;
    }
    case Kind::Link: {
        const auto type = AnnotationLinkTypes::fromKey(value.toLower());
        if (!type)
            return bad(SearchQueryParser::tr("\"link:%1\" names no kind of link (there are %2)")
                           .arg(value, AnnotationLinkTypes::keys().join(QStringLiteral(", "))));
        filter.text = AnnotationLinkTypes::key(*type);
        break;
    }
    }
    return std::nullopt;
}

SearchQuery QueryReader::result() const
{
    SearchQuery query;
    query.filters = m_filters;
    QStringList groups;
    for (const std::vector<Atom> &group : m_groups) {
        QStringList alternatives;
        for (const Atom &atom : group) {
            alternatives << literal(atom);
            if (!query.highlightTerms.contains(atom.text))
                query.highlightTerms << atom.text;
        }
        groups << (alternatives.size() == 1
                       ? alternatives.first()
                       : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                             QLatin1Char(')'));
    }
    if (groups.isEmpty()) {
        QStringList excluded;
        for (const Atom &atom : m_excluded)
            excluded << literal(atom);
        query.excludedExpression = excluded.join(QStringLiteral(" OR "));
        return query;
    }
    QString expression = groups.join(QStringLiteral(" AND "));
    if (!m_excluded.empty() && groups.size() > 1)
        expression = QLatin1Char('(') + expression + QLatin1Char(')');
    for (const Atom &atom : m_excluded)
        expression += QStringLiteral(" NOT ") + literal(atom);
    query.matchExpression = expression;
    return query;
}

} // namespace

QString SearchFilter::toString() const
{
    switch (kind) {
    case Kind::Author:
        return QStringLiteral("author=") + text;
    case Kind::Site:
        return QStringLiteral("site=") + text;
    case Kind::Tag:
        return QStringLiteral("tag=") + text;
    case Kind::Thread:
        return QStringLiteral("thread=%1").arg(number);
    case Kind::Before:
        return QStringLiteral("before=") + date.toString(Qt::ISODate);
    case Kind::After:
        return QStringLiteral("after=") + date.toString(Qt::ISODate);
    case Kind::Annotated:
        return QStringLiteral("is:annotated");
    case Kind::Orphaned:
        return QStringLiteral("is:orphaned");
    case Kind::Incomplete:
        return QStringLiteral("is:incomplete");
    case Kind::Rebutted:
        return QStringLiteral("is:rebutted");
    case Kind::Unanswered:
        return QStringLiteral("is:unanswered");
    case Kind::Link:
        return QStringLiteral("link=") + text;
    }
    return {};
}

bool SearchQuery::hasFilter(SearchFilter::Kind kind) const
{
    for (const SearchFilter &filter : filters) {
        if (filter.kind == kind)
            return true;
    }
    return false;
}

Result<SearchQuery> SearchQueryParser::parse(const QString &text)
{
    QueryReader reader(text);
    if (auto error = reader.read())
        return *error;
    return reader.result();
}

int SearchQueryParser::columnOf(const Error &error)
{
    static const QRegularExpression column(QStringLiteral("^column (\\d+)$"));
    const QRegularExpressionMatch match = column.match(error.location);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace Scholia
