#include "annotationstore.h"

#include "core/highlightpalette.h"
#include "core/tagname.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "sqlitetransaction.h"
#include "tagresolver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace Scholia {

namespace {

// The columns readAll() expects, in its order; `a` is annotations, `c` its comment.
const QString selectAnnotations = QStringLiteral(R"sql(
    SELECT a.id, a.thread_id, a.comment_source_id, a.start_offset, a.end_offset, a.exact,
           a.prefix, a.suffix, a.color, a.note, a.anchor_state, a.created_at, a.updated_at, a.uuid
    FROM annotations a
    LEFT JOIN comments c ON c.thread_id = a.thread_id AND c.source_id = a.comment_source_id
)sql");
// Comment pre-order, whole-comment annotations (no offsets) first, then passages by start.
const QString treeOrderKeys = QStringLiteral("c.position IS NULL, c.position, a.start_offset IS "
                                             "NOT NULL, a.start_offset, a.end_offset, a.id");
const QString treeOrder = QStringLiteral(" ORDER BY ") + treeOrderKeys;
const QString libraryOrder = QStringLiteral(" ORDER BY a.thread_id, ") + treeOrderKeys;

QDateTime fromSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

qint64 toSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
}

QString uuidText(const QUuid &uuid)
{
    return (uuid.isNull() ? QUuid::createUuid() : uuid).toString(QUuid::WithoutBraces);
}

bool splitsSurrogatePair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() &&
           text.at(offset - 1).isHighSurrogate();
}

} // namespace

AnnotationStore::AnnotationStore(SqliteDatabase &db) : m_db(db)
{
}

Result<QString> AnnotationStore::checkedColor(const QString &color)
{
    if (color.isEmpty())
        return HighlightPalette::defaultColorName();
    if (!HighlightPalette::contains(color))
        return Error::of(tr("there is no highlight colour called \"%1\" (there are: %2)")
                             .arg(color, HighlightPalette::names().join(QStringLiteral(", "))));
    return color;
}

bool AnnotationStore::threadExists(qint64 threadId) const
{
    SqliteStatement query = m_db.prepare(QStringLiteral("SELECT 1 FROM threads WHERE id = ?1"));
    query.bind(1, threadId);
    return query.step();
}

Result<TextQuoteSelector> AnnotationStore::quoteFromComment(const Annotation &draft)
{
    SqliteStatement query = m_db.prepare(QStringLiteral(
        "SELECT body_text, more_count FROM comments WHERE thread_id = ?1 AND source_id = ?2"));
    query.bind(1, draft.threadId).bind(2, draft.commentSourceId);
    if (!query.step()) {
        if (!threadExists(draft.threadId))
            return Error::of(tr("there is no thread %1 in the library").arg(draft.threadId));
        return Error::of(
            tr("thread %1 has no comment \"%2\"").arg(draft.threadId).arg(draft.commentSourceId));
    }
    if (!query.isNull(1))
        return Error::of(
            tr("\"%1\" stands for replies that were not saved; there is nothing to annotate")
                .arg(draft.commentSourceId));
    if (!draft.position) {
        if (!draft.quote.exact.isEmpty())
            return Error::of(tr("a quoted passage needs its position in the comment"));
        return TextQuoteSelector();
    }

    const QString text = query.columnText(0);
    const qsizetype start = draft.position->start;
    const qsizetype end = draft.position->end;
    if (start < 0 || end > text.size() || start >= end)
        return Error::of(tr("the range %1–%2 is not a passage of comment \"%3\", whose text is %4 "
                            "characters long")
                             .arg(start)
                             .arg(end)
                             .arg(draft.commentSourceId)
                             .arg(text.size()));
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end))
        return Error::of(tr("the range %1–%2 cuts a character of comment \"%3\" in half")
                             .arg(start)
                             .arg(end)
                             .arg(draft.commentSourceId));
    if (QStringView(text).mid(start, end - start) != draft.quote.exact)
        return Error::of(
            tr("the text at %1–%2 of comment \"%3\" is \"%4\", not the quoted \"%5\"")
                .arg(start)
                .arg(end)
                .arg(draft.commentSourceId, text.mid(start, end - start), draft.quote.exact));
    return TextQuoteSelector::fromText(text, start, end);
}

Result<Annotation> AnnotationStore::create(const Annotation &draft)
{
    try {
        SqliteTransaction transaction(m_db);
        const auto quote = quoteFromComment(draft);
        if (!quote)
            return quote.error();
        const auto color = checkedColor(draft.color);
        if (!color)
            return color.error();
        const auto tags = TagResolver::normalizeAll(draft.tags);
        if (!tags)
            return tags.error();

        SqliteStatement insert = m_db.prepare(QStringLiteral(R"sql(
            INSERT INTO annotations (thread_id, comment_source_id, start_offset, end_offset, exact,
                                     prefix, suffix, color, note, anchor_state, created_at, updated_at,
                                     uuid)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)
            RETURNING id)sql"));
        insert.bind(1, draft.threadId).bind(2, draft.commentSourceId);
        if (draft.position) {
            insert.bind(3, qint64(draft.position->start))
                .bind(4, qint64(draft.position->end))
                .bind(5, quote->exact)
                .bind(6, quote->prefix.isNull() ? QStringLiteral("") : quote->prefix)
                .bind(7, quote->suffix.isNull() ? QStringLiteral("") : quote->suffix);
        } else {
            insert.bindNull(3).bindNull(4).bindNull(5).bindNull(6).bindNull(7);
        }
        insert.bind(8, *color)
            .bind(9, draft.note.isNull() ? QStringLiteral("") : draft.note)
            .bind(10, int(AnchorState::Anchored))
            .bind(11, QDateTime::currentSecsSinceEpoch())
            .bind(12, uuidText(QUuid()));
        insert.step();
        const qint64 id = insert.columnInt64(0);
        insert.reset();
        writeTags(id, *tags);
        std::optional<Annotation> stored = find(id);
        transaction.commit();
        return std::move(*stored);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot save the annotation"));
    }
}

Result<Annotation> AnnotationStore::update(qint64 id, const AnnotationEdit &edit)
{
    try {
        SqliteTransaction transaction(m_db);
        std::optional<Annotation> before = find(id);
        if (!before)
            return Error::of(tr("there is no annotation %1").arg(id));
        QString color = before->color;
        if (edit.color) {
            const auto checked = checkedColor(*edit.color);
            if (!checked)
                return checked.error();
            color = *checked;
        }
        std::optional<QStringList> tags;
        if (edit.tags) {
            auto normalized = TagResolver::normalizeAll(*edit.tags);
            if (!normalized)
                return normalized.error();
            tags = std::move(*normalized);
        }
        SqliteStatement change = m_db.prepare(QStringLiteral(
            "UPDATE annotations SET color = ?2, note = ?3, updated_at = ?4 WHERE id = ?1"));
        const QString note = edit.note.value_or(before->note);
        change.bind(1, id)
            .bind(2, color)
            .bind(3, note.isNull() ? QStringLiteral("") : note)
            .bind(4, edit.updated ? toSeconds(*edit.updated) : QDateTime::currentSecsSinceEpoch());
        change.run();
        if (tags)
            writeTags(id, *tags);
        transaction.commit();
        return std::move(*before);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot change annotation %1").arg(id));
    }
}

Result<Annotation> AnnotationStore::remove(qint64 id)
{
    try {
        SqliteTransaction transaction(m_db);
        std::optional<Annotation> removed = find(id);
        if (!removed)
            return Error::of(tr("there is no annotation %1").arg(id));
        SqliteStatement erase =
            m_db.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?1"));
        erase.bind(1, id).run();
        transaction.commit();
        return std::move(*removed);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot delete annotation %1").arg(id));
    }
}

Result<AnchorState> AnnotationStore::setAnchorState(qint64 id, AnchorState state)
{
    try {
        SqliteTransaction transaction(m_db);
        std::optional<Annotation> current = find(id);
        if (!current)
            return Error::of(tr("there is no annotation %1").arg(id));
        if (current->anchorState == state)
            return state;
        if (state == AnchorState::Orphaned || current->anchorState == AnchorState::Orphaned ||
            current->isWholeComment())
            return Error::of(tr("annotation %1 is %2; only a re-anchored passage can be confirmed")
                                 .arg(id)
                                 .arg(Annotation::anchorStateName(current->anchorState)));
        SqliteStatement change =
            m_db.prepare(QStringLiteral("UPDATE annotations SET anchor_state = ?2 WHERE id = ?1"));
        change.bind(1, id).bind(2, int(state)).run();
        transaction.commit();
        return current->anchorState;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot change annotation %1").arg(id));
    }
}

Result<Annotation> AnnotationStore::restore(const Annotation &annotation)
{
    try {
        SqliteTransaction transaction(m_db);
        if (annotation.id <= 0)
            return Error::of(tr("only an annotation that was stored can be restored"));
        if (find(annotation.id))
            return Error::of(
                tr("annotation %1 exists already; it cannot be restored over").arg(annotation.id));
        auto stored = insertWhole(annotation, annotation.id);
        if (stored)
            transaction.commit();
        return stored;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot restore annotation %1").arg(annotation.id));
    }
}

Result<Annotation> AnnotationStore::adopt(const Annotation &annotation)
{
    try {
        SqliteTransaction transaction(m_db);
        if (annotation.uuid.isNull())
            return Error::of(tr("an annotation from elsewhere needs its uuid"));
        if (findByUuid(annotation.uuid))
            return Error::of(tr("annotation %1 is in the library already")
                                 .arg(annotation.uuid.toString(QUuid::WithoutBraces)));
        auto stored = insertWhole(annotation, std::nullopt);
        if (stored)
            transaction.commit();
        return stored;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot save the annotation from elsewhere"));
    }
}

Result<Annotation> AnnotationStore::insertWhole(const Annotation &annotation,
                                                std::optional<qint64> id)
{
    if (!threadExists(annotation.threadId))
        return Error::of(tr("there is no thread %1 in the library").arg(annotation.threadId));
    const auto color = checkedColor(annotation.color);
    if (!color)
        return color.error();
    const auto tags = TagResolver::normalizeAll(annotation.tags);
    if (!tags)
        return tags.error();

    SqliteStatement insert = m_db.prepare(QStringLiteral(R"sql(
        INSERT INTO annotations (id, thread_id, comment_source_id, start_offset, end_offset, exact,
                                 prefix, suffix, color, note, anchor_state, created_at, updated_at,
                                 uuid)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        RETURNING id)sql"));
    insert.bind(1, id).bind(2, annotation.threadId).bind(3, annotation.commentSourceId);
    if (annotation.position) {
        const TextQuoteSelector &q = annotation.quote;
        insert.bind(4, qint64(annotation.position->start))
            .bind(5, qint64(annotation.position->end))
            .bind(6, q.exact.isNull() ? QStringLiteral("") : q.exact)
            .bind(7, q.prefix.isNull() ? QStringLiteral("") : q.prefix)
            .bind(8, q.suffix.isNull() ? QStringLiteral("") : q.suffix);
    } else {
        insert.bindNull(4).bindNull(5).bindNull(6).bindNull(7).bindNull(8);
    }
    insert.bind(9, *color)
        .bind(10, annotation.note.isNull() ? QStringLiteral("") : annotation.note)
        .bind(11, int(annotation.anchorState))
        .bind(12, toSeconds(annotation.created))
        .bind(13, toSeconds(annotation.updated))
        .bind(14, uuidText(annotation.uuid));
    insert.step();
    const qint64 stored = insert.columnInt64(0);
    insert.reset();
    writeTags(stored, *tags);
    return std::move(*find(stored));
}

Result<Annotation> AnnotationStore::annotation(qint64 id) const
{
    try {
        std::optional<Annotation> found = find(id);
        if (!found)
            return Error::of(tr("there is no annotation %1").arg(id));
        return std::move(*found);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read annotation %1").arg(id));
    }
}

Result<std::optional<Annotation>> AnnotationStore::annotationByUuid(const QUuid &uuid) const
{
    try {
        return findByUuid(uuid);
    } catch (const SqliteError &error) {
        return error.toError(
            tr("cannot read annotation %1").arg(uuid.toString(QUuid::WithoutBraces)));
    }
}

Result<std::vector<Annotation>> AnnotationStore::listForThread(qint64 threadId) const
{
    try {
        SqliteStatement rows =
            m_db.prepare(selectAnnotations + QStringLiteral(" WHERE a.thread_id = ?1") + treeOrder);
        rows.bind(1, threadId);
        return readAll(rows);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot list the annotations of thread %1").arg(threadId));
    }
}

Result<std::vector<Annotation>> AnnotationStore::listOrphaned(qint64 threadId) const
{
    try {
        SqliteStatement rows = m_db.prepare(
            selectAnnotations + QStringLiteral(" WHERE a.thread_id = ?1 AND a.anchor_state = ?2") +
            treeOrder);
        rows.bind(1, threadId).bind(2, int(AnchorState::Orphaned));
        return readAll(rows);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot list the orphaned annotations of thread %1").arg(threadId));
    }
}

Result<std::vector<Annotation>> AnnotationStore::listTagged(const QString &tag) const
{
    const auto name = TagName::normalize(tag);
    if (!name)
        return name.error();
    try {
        SqliteStatement rows = m_db.prepare(selectAnnotations + QStringLiteral(R"sql(
            WHERE a.id IN (SELECT at.annotation_id FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
                           WHERE t.name = ?1 COLLATE NOCASE OR t.name LIKE ?2 ESCAPE '\'))sql") +
                                            libraryOrder);
        rows.bind(1, *name).bind(2, TagResolver::childrenPattern(*name));
        return readAll(rows);
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot list the annotations tagged \"%1\"").arg(*name));
    }
}

std::optional<Annotation> AnnotationStore::find(qint64 id) const
{
    SqliteStatement rows = m_db.prepare(selectAnnotations + QStringLiteral(" WHERE a.id = ?1"));
    rows.bind(1, id);
    std::vector<Annotation> found = readAll(rows);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<Annotation> AnnotationStore::findByUuid(const QUuid &uuid) const
{
    SqliteStatement rows = m_db.prepare(selectAnnotations + QStringLiteral(" WHERE a.uuid = ?1"));
    rows.bind(1, uuid.toString(QUuid::WithoutBraces));
    std::vector<Annotation> found = readAll(rows);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Annotation> AnnotationStore::readAll(SqliteStatement &rows) const
{
    std::vector<Annotation> annotations;
    QHash<qint64, size_t> indexOf;
    QJsonArray ids;
    while (rows.step()) {
        Annotation a;
        a.id = rows.columnInt64(0);
        a.threadId = rows.columnInt64(1);
        a.commentSourceId = rows.columnText(2);
        if (!rows.isNull(3) && !rows.isNull(4)) {
            a.position = TextPositionSelector{rows.columnInt64(3), rows.columnInt64(4)};
            a.quote = {rows.columnText(5), rows.columnText(6), rows.columnText(7)};
        }
        a.color = rows.columnText(8);
        a.note = rows.columnText(9);
        a.anchorState = AnchorState(qBound(0, rows.columnInt(10), int(AnchorState::Orphaned)));
        a.created = fromSeconds(rows.columnInt64(11));
        a.updated = fromSeconds(rows.columnInt64(12));
        a.uuid = QUuid::fromString(rows.columnText(13));
        indexOf.insert(a.id, annotations.size());
        ids.append(a.id);
        annotations.push_back(std::move(a));
    }
    if (annotations.empty())
        return annotations;

    SqliteStatement tags = m_db.prepare(QStringLiteral(R"sql(
        SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
        WHERE at.annotation_id IN (SELECT value FROM json_each(?1))
        ORDER BY t.name COLLATE NOCASE, t.name)sql"));
    tags.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (tags.step())
        annotations[indexOf.value(tags.columnInt64(0))].tags << tags.columnText(1);
    return annotations;
}

void AnnotationStore::writeTags(qint64 annotationId, const QStringList &names)
{
    SqliteStatement clear =
        m_db.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?1"));
    clear.bind(1, annotationId).run();
    TagResolver resolver(m_db);
    SqliteStatement attach = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?1, ?2)"));
    for (const QString &name : names) {
        attach.bind(1, annotationId).bind(2, resolver.findOrCreate(name)).run();
        attach.reset();
    }
}

} // namespace Scholia
