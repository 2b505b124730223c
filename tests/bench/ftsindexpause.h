#pragma once

#include <QStringList>

#include <vector>

namespace Scholia {

// Sets aside the triggers that keep the full-text indexes of some tables in step with
// their rows, and later puts them back and rebuilds those indexes in one pass each: for
// a benchmark that writes millions of rows through the store. Works on the library file
// directly (the Library must be closed meanwhile), reading the schema rather than
// assuming it: a schema without such triggers leaves nothing to set aside or rebuild.
class FtsIndexPause
{
public:
    // Returns an empty string or what went wrong.
    QString setAside(const QString &path, const QStringList &tables);
    // Puts the triggers back and rebuilds their indexes.
    QString restore(const QString &path);

private:
    struct Trigger
    {
        QString name;
        QString sql;
    };
    std::vector<Trigger> m_triggers;
    QStringList m_indexes; // the FTS tables those triggers fed
};

} // namespace Scholia
