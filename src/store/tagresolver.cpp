#include "tagresolver.h"

#include "core/highlightpalette.h"
#include "core/tagname.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

#include <QSet>

namespace Scholia {

TagResolver::TagResolver(SqliteDatabase &db) : m_db(db)
{
}

Result<QStringList> TagResolver::normalizeAll(const QStringList &names)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &name : names) {
        auto normalized = TagName::normalize(name);
        if (!normalized)
            return normalized.error();
        const QString key = folded(*normalized);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result << *normalized;
    }
    return result;
}

QString TagResolver::folded(const QString &name)
{
    QString result = name;
    for (QChar &c : result) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    return result;
}

QString TagResolver::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString TagResolver::childrenPattern(const QString &name)
{
    return escapeLike(name) + TagName::separator + QLatin1Char('%');
}

std::optional<qint64> TagResolver::find(const QString &name) const
{
    SqliteStatement query = m_db.prepare(QStringLiteral(
        "SELECT id FROM tags WHERE name = ?1 COLLATE NOCASE ORDER BY name = ?1 DESC LIMIT 1"));
    query.bind(1, name);
    if (!query.step())
        return std::nullopt;
    return query.columnInt64(0);
}

qint64 TagResolver::findOrCreate(const QString &name)
{
    if (const std::optional<qint64> id = find(name))
        return *id;
    // Taking the palette in turn gives neighbouring new tags different colours.
    const QStringList colors = HighlightPalette::names();
    const qint64 count = m_db.queryInt(QStringLiteral("SELECT count(*) FROM tags"));
    SqliteStatement insert =
        m_db.prepare(QStringLiteral("INSERT INTO tags (name, color) VALUES (?1, ?2) RETURNING id"));
    insert.bind(1, name).bind(2, colors.at(count % colors.size()));
    insert.step();
    return insert.columnInt64(0);
}

} // namespace Scholia
