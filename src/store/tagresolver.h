#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Scholia {

class SqliteDatabase;

// Tag names to tag rows, for the stores that attach tags. Works inside the caller's
// transaction and throws SqliteError like the rest of the store's insides.
class TagResolver
{
public:
    explicit TagResolver(SqliteDatabase &db);

    // Normalized names (TagName), duplicates dropped, ignoring ASCII case.
    static Result<QStringList> normalizeAll(const QStringList &names);
    // A LIKE pattern (ESCAPE '\') matching every tag below name, not name itself. Like
    // every tag lookup it ignores ASCII case.
    static QString childrenPattern(const QString &name);
    // The name as NOCASE compares it: ASCII letters lowered, everything else kept.
    static QString folded(const QString &name);
    // text with LIKE's wildcards escaped (ESCAPE '\').
    static QString escapeLike(const QString &text);

    // The tag of that (normalized) name. Case is ignored for ASCII letters, so
    // "Compute" finds "compute"; an exact match is preferred.
    std::optional<qint64> find(const QString &name) const;
    // As find, creating the tag when there is none, with the next palette colour in turn.
    qint64 findOrCreate(const QString &name);

private:
    SqliteDatabase &m_db;
};

} // namespace Scholia
