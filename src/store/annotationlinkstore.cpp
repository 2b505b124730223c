#include "annotationlinkstore.h"

#include "core/tagname.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "tagresolver.h"

#include <QTimeZone>

namespace Scholia {

namespace {

// The columns readAll() expects, in its order.
const QString selectLinks =
    QStringLiteral("SELECT l.id, l.uuid, l.from_annotation_id, l.to_annotation_id, l.kind, l.note, "
                   "l.created_at, l.updated_at FROM annotation_links l ");
const QString oldestFirst = QStringLiteral(" ORDER BY l.created_at, l.id");

QDateTime fromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

qint64 toSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

AnnotationLinkStore::AnnotationLinkStore(SqliteDatabase &db) : m_db(db)
{
}

bool AnnotationLinkStore::annotationExists(qint64 id) const
{
    SqliteStatement query = m_db.prepare(QStringLiteral("SELECT 1 FROM annotations WHERE id = ?1"));
    query.bind(1, id);
    return query.step();
}

std::optional<qint64> AnnotationLinkStore::existing(qint64 from, qint64 to,
                                                    AnnotationLinkType type) const
{
    // "Same point as" says the same either way round, so B→A repeats A→B.
    SqliteStatement query = m_db.prepare(QStringLiteral(R"sql(
        SELECT id FROM annotation_links WHERE kind = ?3
            AND ((from_annotation_id = ?1 AND to_annotation_id = ?2)
                 OR (?4 AND from_annotation_id = ?2 AND to_annotation_id = ?1)))sql"));
    query.bind(1, from)
        .bind(2, to)
        .bind(3, AnnotationLinkTypes::key(type))
        .bind(4, type == AnnotationLinkType::SamePoint);
    if (!query.step())
        return std::nullopt;
    return query.columnInt64(0);
}

Result<AnnotationLink> AnnotationLinkStore::insert(const AnnotationLink &link,
                                                   std::optional<qint64> id)
{
    for (const qint64 end : {link.from, link.to}) {
        if (!annotationExists(end))
            return Error::of(tr("there is no annotation %1").arg(end));
    }
    if (link.from == link.to)
        return Error::of(tr("annotation %1 cannot be linked to itself").arg(link.from));
    if (const auto taken = existing(link.from, link.to, link.type))
        return Error::of(tr("annotation %1 already %2 annotation %3 (link %4)")
                             .arg(link.from)
                             .arg(AnnotationLinkTypes::label(link.type))
                             .arg(link.to)
                             .arg(*taken));
    SqliteStatement statement = m_db.prepare(QStringLiteral(R"sql(
        INSERT INTO annotation_links (id, uuid, from_annotation_id, to_annotation_id, kind, note,
                                      created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        RETURNING id)sql"));
    const QUuid uuid = link.uuid.isNull() ? QUuid::createUuid() : link.uuid;
    statement.bind(1, id)
        .bind(2, uuid.toString(QUuid::WithoutBraces))
        .bind(3, link.from)
        .bind(4, link.to)
        .bind(5, AnnotationLinkTypes::key(link.type))
        .bind(6, nonNull(link.note))
        .bind(7, toSeconds(link.created))
        .bind(8, toSeconds(link.updated));
    statement.step();
    const qint64 stored = statement.columnInt64(0);
    statement.reset();
    return std::move(*find(stored));
}

Result<AnnotationLink> AnnotationLinkStore::create(const AnnotationLink &draft)
{
    try {
        SqliteTransaction transaction(m_db);
        AnnotationLink link = draft;
        // A link from elsewhere keeps its times; a new one is made now.
        if (draft.uuid.isNull() || !draft.created.isValid())
            link.created = link.updated = QDateTime::currentDateTimeUtc();
        auto stored = insert(link, std::nullopt);
        if (stored)
            transaction.commit();
        return stored;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot save the link"));
    }
}

Result<AnnotationLink> AnnotationLinkStore::update(qint64 id, const AnnotationLinkEdit &edit)
{
    try {
        SqliteTransaction transaction(m_db);
        std::optional<AnnotationLink> before = find(id);
        if (!before)
            return Error::of(tr("there is no link %1").arg(id));
        const AnnotationLinkType type = edit.type.value_or(before->type);
        if (type != before->type) {
            if (const auto taken = existing(before->from, before->to, type); taken && *taken != id)
                return Error::of(tr("annotation %1 already %2 annotation %3 (link %4)")
                                     .arg(before->from)
                                     .arg(AnnotationLinkTypes::label(type))
                                     .arg(before->to)
                                     .arg(*taken));
        }
        SqliteStatement change = m_db.prepare(QStringLiteral(
            "UPDATE annotation_links SET kind = ?2, note = ?3, updated_at = ?4 WHERE id = ?1"));
        change.bind(1, id)
            .bind(2, AnnotationLinkTypes::key(type))
            .bind(3, nonNull(edit.note.value_or(before->note)))
            .bind(4, edit.updated ? toSeconds(*edit.updated) : QDateTime::currentSecsSinceEpoch())
            .run();
        transaction.commit();
        return std::move(*before);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot change link %1").arg(id));
    }
}

Result<AnnotationLink> AnnotationLinkStore::remove(qint64 id)
{
    try {
        SqliteTransaction transaction(m_db);
        std::optional<AnnotationLink> removed = find(id);
        if (!removed)
            return Error::of(tr("there is no link %1").arg(id));
        SqliteStatement erase =
            m_db.prepare(QStringLiteral("DELETE FROM annotation_links WHERE id = ?1"));
        erase.bind(1, id).run();
        transaction.commit();
        return std::move(*removed);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot delete link %1").arg(id));
    }
}

Result<AnnotationLink> AnnotationLinkStore::restore(const AnnotationLink &link)
{
    auto restored = restoreAll({link});
    if (!restored)
        return restored.error();
    return std::move(restored->front());
}

Result<std::vector<AnnotationLink>>
AnnotationLinkStore::restoreAll(const std::vector<AnnotationLink> &links)
{
    try {
        SqliteTransaction transaction(m_db);
        std::vector<AnnotationLink> restored;
        for (const AnnotationLink &link : links) {
            if (link.id <= 0)
                return Error::of(tr("only a link that was stored can be restored"));
            if (find(link.id))
                return Error::of(
                    tr("link %1 exists already; it cannot be restored over").arg(link.id));
            auto stored = insert(link, link.id);
            if (!stored)
                return Error::of(
                    tr("cannot restore link %1: %2").arg(link.id).arg(stored.error().message));
            restored.push_back(std::move(*stored));
        }
        transaction.commit();
        return restored;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot restore the links"));
    }
}

Result<AnnotationLink> AnnotationLinkStore::link(qint64 id) const
{
    try {
        std::optional<AnnotationLink> found = find(id);
        if (!found)
            return Error::of(tr("there is no link %1").arg(id));
        return std::move(*found);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read link %1").arg(id));
    }
}

Result<std::optional<AnnotationLink>> AnnotationLinkStore::linkByUuid(const QUuid &uuid) const
{
    try {
        SqliteStatement rows = m_db.prepare(selectLinks + QStringLiteral("WHERE l.uuid = ?1"));
        rows.bind(1, uuid.toString(QUuid::WithoutBraces));
        std::vector<AnnotationLink> found = readAll(rows);
        if (found.empty())
            return std::optional<AnnotationLink>();
        return std::optional<AnnotationLink>(std::move(found.front()));
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read link %1").arg(uuid.toString(QUuid::WithoutBraces)));
    }
}

Result<std::vector<AnnotationLink>> AnnotationLinkStore::linksOf(qint64 annotationId) const
{
    try {
        SqliteStatement rows = m_db.prepare(
            selectLinks +
            QStringLiteral("WHERE l.from_annotation_id = ?1 OR l.to_annotation_id = ?1") +
            oldestFirst);
        rows.bind(1, annotationId);
        return readAll(rows);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot list the links of annotation %1").arg(annotationId));
    }
}

Result<std::vector<AnnotationLink>> AnnotationLinkStore::linksForThread(qint64 threadId) const
{
    try {
        SqliteStatement rows = m_db.prepare(selectLinks + QStringLiteral(R"sql(
            WHERE l.from_annotation_id IN (SELECT id FROM annotations WHERE thread_id = ?1)
               OR l.to_annotation_id IN (SELECT id FROM annotations WHERE thread_id = ?1))sql") +
                                            oldestFirst);
        rows.bind(1, threadId);
        return readAll(rows);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot list the links of thread %1").arg(threadId));
    }
}

Result<std::vector<AnnotationLink>> AnnotationLinkStore::linksForTag(const QString &tag) const
{
    const auto name = TagName::normalize(tag);
    if (!name)
        return name.error();
    try {
        SqliteStatement rows = m_db.prepare(QStringLiteral(R"sql(
            WITH tagged AS (SELECT at.annotation_id FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
                            WHERE t.name = ?1 COLLATE NOCASE OR t.name LIKE ?2 ESCAPE '\')
            )sql") + selectLinks + QStringLiteral(R"sql(
            WHERE l.from_annotation_id IN tagged AND l.to_annotation_id IN tagged)sql") +
                                            oldestFirst);
        rows.bind(1, *name).bind(2, TagResolver::childrenPattern(*name));
        return readAll(rows);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot list the links tagged \"%1\"").arg(*name));
    }
}

std::optional<AnnotationLink> AnnotationLinkStore::find(qint64 id) const
{
    SqliteStatement rows = m_db.prepare(selectLinks + QStringLiteral("WHERE l.id = ?1"));
    rows.bind(1, id);
    std::vector<AnnotationLink> found = readAll(rows);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<AnnotationLink> AnnotationLinkStore::readAll(SqliteStatement &rows) const
{
    std::vector<AnnotationLink> links;
    while (rows.step()) {
        AnnotationLink link;
        link.id = rows.columnInt64(0);
        link.uuid = QUuid::fromString(rows.columnText(1));
        link.from = rows.columnInt64(2);
        link.to = rows.columnInt64(3);
        // The schema's CHECK admits only the five keys.
        link.type =
            AnnotationLinkTypes::fromKey(rows.columnText(4)).value_or(AnnotationLinkType::Supports);
        link.note = rows.columnText(5);
        link.created = fromSeconds(rows.columnInt64(6));
        link.updated = fromSeconds(rows.columnInt64(7));
        links.push_back(std::move(link));
    }
    return links;
}

} // namespace Scholia
