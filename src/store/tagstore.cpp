#include "tagstore.h"

#include "core/highlightpalette.h"
#include "core/tagname.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "tagresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <tuple>

namespace Scholia {

namespace {

QString idArray(const std::vector<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Tag readTag(const SqliteStatement &row)
{
    return {row.columnInt64(0), row.columnText(1), row.columnText(2), row.columnInt(3),
            row.columnInt(4)};
}

// id, name, colour and both counts, as readTag() reads them.
const QString selectTags = QStringLiteral(R"sql(
    SELECT t.id, t.name, t.color,
           (SELECT count(*) FROM annotation_tags at WHERE at.tag_id = t.id),
           (SELECT count(*) FROM thread_tags tt WHERE tt.tag_id = t.id)
    FROM tags t)sql");

} // namespace

TagStore::TagStore(SqliteDatabase &db) : m_db(db)
{
}

Result<std::vector<Tag>> TagStore::list() const
{
    try {
        // char(1) sorts before every printable character, so "a/b" comes right after "a"
        // and before "a-b".
        SqliteStatement rows = m_db.prepare(
            selectTags +
            QStringLiteral(" ORDER BY replace(t.name, '/', char(1)) COLLATE NOCASE, t.name"));
        std::vector<Tag> tags;
        while (rows.step())
            tags.push_back(readTag(rows));
        return tags;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot list the tags"));
    }
}

Result<std::optional<Tag>> TagStore::find(const QString &name) const
{
    try {
        const auto normalized = TagName::normalize(name);
        if (!normalized)
            return std::optional<Tag>();
        return findTag(*normalized);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot look up the tag \"%1\"").arg(name));
    }
}

Result<QStringList> TagStore::complete(const QString &prefix, int limit) const
{
    try {
        const QString typed = TagResolver::escapeLike(prefix.trimmed());
        SqliteStatement rows = m_db.prepare(QStringLiteral(R"sql(
            SELECT t.name FROM tags t
            WHERE t.name LIKE ?1 ESCAPE '\' OR t.name LIKE ?2 ESCAPE '\'
            ORDER BY t.name LIKE ?1 ESCAPE '\' DESC,
                     (SELECT count(*) FROM annotation_tags at WHERE at.tag_id = t.id) DESC,
                     t.name COLLATE NOCASE
            LIMIT ?3)sql"));
        rows.bind(1, typed + QLatin1Char('%'))
            .bind(2, QStringLiteral("%/") + typed + QLatin1Char('%'))
            .bind(3, limit);
        QStringList names;
        while (rows.step())
            names << rows.columnText(0);
        return names;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot complete the tag \"%1\"").arg(prefix));
    }
}

Result<std::vector<TagRenaming>> TagStore::rename(const QString &from, const QString &to)
{
    const auto oldName = TagName::normalize(from);
    if (!oldName)
        return oldName.error();
    const auto newName = TagName::normalize(to);
    if (!newName)
        return newName.error();
    try {
        SqliteTransaction transaction(m_db);
        SqliteStatement rows =
            m_db.prepare(QStringLiteral("SELECT id, name FROM tags WHERE name = ?1 COLLATE NOCASE "
                                        "OR name LIKE ?2 ESCAPE '\\'"));
        rows.bind(1, *oldName).bind(2, TagResolver::childrenPattern(*oldName));
        std::vector<std::pair<qint64, QString>> renames;
        std::vector<TagRenaming> renamings;
        QSet<qint64> renamed;
        while (rows.step()) {
            const QString name = rows.columnText(1);
            // Folding keeps lengths, so the part below `from` starts at the same place.
            const QString target = *newName + name.mid(oldName->size());
            renames.emplace_back(rows.columnInt64(0), target);
            renamings.push_back({name, target});
            renamed.insert(rows.columnInt64(0));
        }
        if (renames.empty())
            return Error::of(tr("there is no tag called \"%1\"").arg(*oldName));
        for (const auto &[id, target] : renames) {
            const std::optional<qint64> holder = TagResolver(m_db).find(target);
            if (holder && !renamed.contains(*holder))
                return Error::of(
                    tr("there is a tag called \"%1\" already; merge the two instead").arg(target));
        }
        renameRows(renames);
        transaction.commit();
        return renamings;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot rename the tag \"%1\"").arg(*oldName));
    }
}

Result<void> TagStore::applyRenamings(const std::vector<TagRenaming> &renamings)
{
    try {
        SqliteTransaction transaction(m_db);
        std::vector<std::pair<qint64, QString>> renames;
        QSet<qint64> renamed;
        for (const TagRenaming &renaming : renamings) {
            const auto tag = existingTag(renaming.from);
            if (!tag)
                return tag.error();
            const auto target = TagName::normalize(renaming.to);
            if (!target)
                return target.error();
            renames.emplace_back(tag->id, *target);
            renamed.insert(tag->id);
        }
        for (const auto &[id, target] : renames) {
            const std::optional<qint64> holder = TagResolver(m_db).find(target);
            if (holder && !renamed.contains(*holder))
                return Error::of(
                    tr("there is a tag called \"%1\" already; merge the two instead").arg(target));
        }
        renameRows(renames);
        transaction.commit();
        return {};
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot rename tags"));
    }
}

void TagStore::renameRows(const std::vector<std::pair<qint64, QString>> &renames)
{
    // Two passes: "a/b" → "a" may free a name that another renamed tag takes, and the
    // UNIQUE constraint would see the two briefly collide.
    SqliteStatement update =
        m_db.prepare(QStringLiteral("UPDATE tags SET name = ?2 WHERE id = ?1"));
    for (const auto &[id, target] : renames) {
        update.bind(1, id).bind(2, QStringLiteral("\u0001renaming %1").arg(id)).run();
        update.reset();
    }
    for (const auto &[id, target] : renames) {
        update.bind(1, id).bind(2, target).run();
        update.reset();
    }
}

Result<TagMerge> TagStore::merge(const QString &from, const QString &into)
{
    try {
        SqliteTransaction transaction(m_db);
        const auto merged = existingTag(from);
        if (!merged)
            return merged.error();
        const auto kept = existingTag(into);
        if (!kept)
            return kept.error();
        if (merged->id == kept->id)
            return Error::of(tr("\"%1\" and \"%2\" are the same tag").arg(from, into));

        TagMerge result;
        result.merged = {*merged, carriers("annotation_tags", "annotation_id", merged->id),
                         carriers("thread_tags", "thread_id", merged->id)};
        result.into = kept->name;
        for (const auto &[table, column, gained] :
             {std::tuple{"annotation_tags", "annotation_id", &result.annotationsGained},
              std::tuple{"thread_tags", "thread_id", &result.threadsGained}}) {
            SqliteStatement newcomers =
                m_db.prepare(QStringLiteral("SELECT %2 FROM %1 WHERE tag_id = ?1 AND %2 NOT IN "
                                            "(SELECT %2 FROM %1 WHERE tag_id = ?2) ORDER BY %2")
                                 .arg(QLatin1String(table), QLatin1String(column)));
            newcomers.bind(1, merged->id).bind(2, kept->id);
            while (newcomers.step())
                gained->push_back(newcomers.columnInt64(0));
            SqliteStatement move = m_db.prepare(
                QStringLiteral(
                    "INSERT OR IGNORE INTO %1 (%2, tag_id) SELECT %2, ?2 FROM %1 WHERE tag_id = ?1")
                    .arg(QLatin1String(table), QLatin1String(column)));
            move.bind(1, merged->id).bind(2, kept->id).run();
        }
        SqliteStatement erase = m_db.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?1"));
        erase.bind(1, merged->id).run();
        result.merged.tag.annotationCount = int(result.merged.annotationIds.size());
        result.merged.tag.threadCount = int(result.merged.threadIds.size());
        transaction.commit();
        return result;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot merge \"%1\" into \"%2\"").arg(from, into));
    }
}

Result<void> TagStore::unmerge(const TagMerge &merge)
{
    try {
        SqliteTransaction transaction(m_db);
        if (const std::optional<Tag> kept = findTag(merge.into)) {
            for (const auto &[table, column, gained] :
                 {std::tuple{"annotation_tags", "annotation_id", &merge.annotationsGained},
                  std::tuple{"thread_tags", "thread_id", &merge.threadsGained}}) {
                SqliteStatement drop =
                    m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE tag_id = ?1 AND %2 IN "
                                                "(SELECT value FROM json_each(?2))")
                                     .arg(QLatin1String(table), QLatin1String(column)));
                drop.bind(1, kept->id).bind(2, idArray(*gained)).run();
            }
        }
        if (auto restored = insertSnapshot(merge.merged); !restored)
            return restored;
        transaction.commit();
        return {};
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot undo merging \"%1\"").arg(merge.merged.tag.name));
    }
}

Result<QString> TagStore::recolor(const QString &name, const QString &color)
{
    if (!HighlightPalette::contains(color))
        return Error::of(tr("there is no colour called \"%1\" (there are: %2)")
                             .arg(color, HighlightPalette::names().join(QStringLiteral(", "))));
    try {
        SqliteTransaction transaction(m_db);
        const auto tag = existingTag(name);
        if (!tag)
            return tag.error();
        SqliteStatement update =
            m_db.prepare(QStringLiteral("UPDATE tags SET color = ?2 WHERE id = ?1"));
        update.bind(1, tag->id).bind(2, color).run();
        transaction.commit();
        return tag->color;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot recolour the tag \"%1\"").arg(name));
    }
}

Result<TagSnapshot> TagStore::remove(const QString &name)
{
    try {
        SqliteTransaction transaction(m_db);
        const auto tag = existingTag(name);
        if (!tag)
            return tag.error();
        TagSnapshot snapshot{*tag, carriers("annotation_tags", "annotation_id", tag->id),
                             carriers("thread_tags", "thread_id", tag->id)};
        SqliteStatement erase = m_db.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?1"));
        erase.bind(1, tag->id).run();
        transaction.commit();
        return snapshot;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot delete the tag \"%1\"").arg(name));
    }
}

Result<void> TagStore::restore(const TagSnapshot &snapshot)
{
    try {
        SqliteTransaction transaction(m_db);
        if (auto restored = insertSnapshot(snapshot); !restored)
            return restored;
        transaction.commit();
        return {};
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot restore the tag \"%1\"").arg(snapshot.tag.name));
    }
}

Result<void> TagStore::insertSnapshot(const TagSnapshot &snapshot)
{
    if (TagResolver(m_db).find(snapshot.tag.name))
        return Error::of(
            tr("there is a tag called \"%1\" again; it cannot be restored").arg(snapshot.tag.name));
    SqliteStatement insert =
        m_db.prepare(QStringLiteral("INSERT INTO tags (id, name, color) VALUES (?1, ?2, ?3)"));
    insert.bind(1, snapshot.tag.id).bind(2, snapshot.tag.name).bind(3, snapshot.tag.color).run();
    // What was deleted meanwhile stays deleted.
    SqliteStatement annotations = m_db.prepare(QStringLiteral(R"sql(
        INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)
        SELECT a.id, ?2 FROM annotations a WHERE a.id IN (SELECT value FROM json_each(?1)))sql"));
    annotations.bind(1, idArray(snapshot.annotationIds)).bind(2, snapshot.tag.id).run();
    SqliteStatement threads = m_db.prepare(QStringLiteral(R"sql(
        INSERT OR IGNORE INTO thread_tags (thread_id, tag_id)
        SELECT t.id, ?2 FROM threads t WHERE t.id IN (SELECT value FROM json_each(?1)))sql"));
    threads.bind(1, idArray(snapshot.threadIds)).bind(2, snapshot.tag.id).run();
    return {};
}

std::optional<Tag> TagStore::findTag(const QString &name) const
{
    const std::optional<qint64> id = TagResolver(m_db).find(name);
    if (!id)
        return std::nullopt;
    SqliteStatement row = m_db.prepare(selectTags + QStringLiteral(" WHERE t.id = ?1"));
    row.bind(1, *id);
    if (!row.step())
        return std::nullopt;
    return readTag(row);
}

Result<Tag> TagStore::existingTag(const QString &name) const
{
    const auto normalized = TagName::normalize(name);
    if (!normalized)
        return normalized.error();
    std::optional<Tag> tag = findTag(*normalized);
    if (!tag)
        return Error::of(tr("there is no tag called \"%1\"").arg(*normalized));
    return std::move(*tag);
}

std::vector<qint64> TagStore::carriers(const char *table, const char *column, qint64 tagId) const
{
    SqliteStatement rows =
        m_db.prepare(QStringLiteral("SELECT %2 FROM %1 WHERE tag_id = ?1 ORDER BY %2")
                         .arg(QLatin1String(table), QLatin1String(column)));
    rows.bind(1, tagId);
    std::vector<qint64> ids;
    while (rows.step())
        ids.push_back(rows.columnInt64(0));
    return ids;
}

} // namespace Scholia
