#include "ftsindexpause.h"

#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

namespace Scholia {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

QString lastError(sqlite3 *db, const QString &doing)
{
    return QStringLiteral("%1: %2").arg(doing, QString::fromUtf8(sqlite3_errmsg(db)));
}

QString execute(sqlite3 *db, const QString &sql)
{
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(db, sql.left(80));
    return {};
}

QString open(const QString &path, Connection &db)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    db.reset(raw);
    if (rc != SQLITE_OK)
        return lastError(raw, QStringLiteral("cannot open %1").arg(path));
    sqlite3_busy_timeout(raw, 10000);
    return {};
}

} // namespace

QString FtsIndexPause::setAside(const QString &path, const QStringList &tables)
{
    Connection db;
    if (QString failure = open(path, db); !failure.isEmpty())
        return failure;
    sqlite3_stmt *raw = nullptr;
    const QByteArray query =
        "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger'";
    if (sqlite3_prepare_v2(db.get(), query.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return lastError(db.get(), QStringLiteral("cannot read the schema"));
    // The index a trigger feeds is the FTS table it inserts into ("INSERT INTO x_fts(").
    static const QRegularExpression feeds(QStringLiteral("INSERT\\s+INTO\\s+(\\w+_fts)\\s*\\("),
                                          QRegularExpression::CaseInsensitiveOption);
    while (sqlite3_step(raw) == SQLITE_ROW) {
        const auto text = [raw](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, column)));
        };
        const QRegularExpressionMatch match = feeds.match(text(2));
        if (!tables.contains(text(1)) || !match.hasMatch())
            continue;
        m_triggers.push_back({text(0), text(2)});
        if (!m_indexes.contains(match.captured(1)))
            m_indexes << match.captured(1);
    }
    sqlite3_finalize(raw);
    for (const Trigger &trigger : m_triggers) {
        if (QString failure = execute(db.get(), QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.name));
            !failure.isEmpty())
            return failure;
    }
    return {};
}

QString FtsIndexPause::restore(const QString &path)
{
    Connection db;
    if (QString failure = open(path, db); !failure.isEmpty())
        return failure;
    // Rebuilding writes each index whole: through a rollback journal rather than the WAL
    // (which would hold it all once more until the checkpoint), with a big page cache.
    QStringList steps{QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("PRAGMA cache_size = -262144"), QStringLiteral("BEGIN")};
    for (const Trigger &trigger : m_triggers)
        steps << trigger.sql;
    for (const QString &index : m_indexes)
        steps << QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(index);
    steps << QStringLiteral("COMMIT") << QStringLiteral("PRAGMA journal_mode = WAL");
    for (const QString &step : steps) {
        if (QString failure = execute(db.get(), step); !failure.isEmpty())
            return failure;
    }
    m_triggers.clear();
    m_indexes.clear();
    return {};
}

} // namespace Scholia
