#include "topicstore.h"

#include "core/tagname.h"
#include "sqlitedatabase.h"
#include "sqliteerror.h"
#include "sqlitestatement.h"
#include "tagresolver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Scholia {

namespace {

// The columns readPassage() expects; `a` is the annotation, `th` its thread, `c` its
// comment (gone when a re-import dropped it). ?3 caps the comment text a whole-comment
// annotation shows; one character more tells that it was cut.
const QString selectPassageColumns = QStringLiteral(R"sql(
    SELECT a.id, a.thread_id, th.title, th.site, a.comment_source_id, c.author, c.created_at,
           a.start_offset IS NULL, a.exact, substr(c.body_text, 1, ?3), a.note, a.color,
           a.anchor_state
    FROM annotations a
    JOIN threads th ON th.id = a.thread_id
    LEFT JOIN comments c ON c.thread_id = a.thread_id AND c.source_id = a.comment_source_id
)sql");
const QString selectPassages = selectPassageColumns + QStringLiteral(R"sql(
    WHERE a.id IN (SELECT at.annotation_id FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
                   WHERE t.name = ?1 COLLATE NOCASE OR t.name LIKE ?2 ESCAPE '\')
)sql");

// Inside a comment: a whole-comment annotation first, then passages by start, as the
// notes pane lists them.
const QString placeKeys = QStringLiteral(
    "c.position IS NULL, c.position, a.start_offset IS NOT NULL, a.start_offset, a.id");
const QString threadKeys = QStringLiteral("th.title COLLATE NOCASE, th.id, ") + placeKeys;
const QString dateKeys = QStringLiteral("c.created_at IS NULL, c.created_at, ") + threadKeys;

QString orderBy(TopicSort sort)
{
    switch (sort) {
    case TopicSort::Date:
        return QStringLiteral(" ORDER BY ") + dateKeys;
    case TopicSort::Thread:
        return QStringLiteral(" ORDER BY ") + threadKeys;
    case TopicSort::Author:
        // Unknown authors (comment gone) last.
        return QStringLiteral(" ORDER BY coalesce(c.author, '') = '', c.author COLLATE NOCASE, ") +
               dateKeys;
    }
    return {};
}

TopicPassage readPassage(const SqliteStatement &row)
{
    TopicPassage p;
    p.annotationId = row.columnInt64(0);
    p.threadId = row.columnInt64(1);
    p.threadTitle = row.columnText(2);
    p.threadSite = row.columnText(3);
    p.commentSourceId = row.columnText(4);
    p.author = row.columnText(5);
    if (!row.isNull(6))
        p.commentTime = QDateTime::fromSecsSinceEpoch(row.columnInt64(6), QTimeZone::utc());
    p.wholeComment = row.columnInt(7) != 0;
    p.quote = p.wholeComment ? TopicStore::capped(row.columnText(9)) : row.columnText(8);
    p.note = row.columnText(10);
    p.color = row.columnText(11);
    p.anchorState = AnchorState(qBound(0, row.columnInt(12), int(AnchorState::Orphaned)));
    return p;
}

// The key TagStore::list sorts by: ignoring ASCII case, a child right after its parent.
QString treeKey(const QString &name)
{
    QString key = TagResolver::folded(name);
    key.replace(TagName::separator, QChar(1));
    return key;
}

} // namespace

TopicStore::TopicStore(SqliteDatabase &db) : m_db(db)
{
}

QString TopicStore::capped(const QString &text)
{
    if (text.size() <= quoteLimit)
        return text;
    qsizetype cut = quoteLimit;
    // A cut at a space reads better, when there is one not too far back.
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), quoteLimit);
    if (space > quoteLimit * 4 / 5)
        cut = space;
    else if (text.at(cut).isLowSurrogate())
        --cut;
    return text.left(cut).trimmed() + QChar(0x2026);
}

Result<std::vector<TopicTagCount>> TopicStore::tagCounts() const
{
    try {
        // Keyed by the folded path: lookups ignore ASCII case.
        QHash<QString, TopicTagCount> nodes;
        const auto nodeFor = [&nodes](const QString &path) -> TopicTagCount & {
            const QString key = TagResolver::folded(path);
            auto found = nodes.find(key);
            if (found == nodes.end())
                found = nodes.insert(key, TopicTagCount{path, {}, false, 0, 0});
            return *found;
        };
        const auto pathsOf = [](const QString &name) {
            QStringList paths;
            qsizetype cut = -1;
            while ((cut = name.indexOf(TagName::separator, cut + 1)) >= 0)
                paths << name.left(cut);
            paths << name;
            return paths;
        };

        SqliteStatement tags = m_db.prepare(QStringLiteral("SELECT name, color FROM tags"));
        while (tags.step()) {
            const QString name = tags.columnText(0);
            for (const QString &path : pathsOf(name))
                nodeFor(path);
            TopicTagCount &node = nodeFor(name);
            node.name = name;
            node.color = tags.columnText(1);
            node.isTag = true;
        }

        SqliteStatement links = m_db.prepare(QStringLiteral(R"sql(
            SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
            ORDER BY at.annotation_id)sql"));
        qint64 current = -1;
        QSet<QString> counted; // the nodes the current annotation has counted in already
        while (links.step()) {
            const qint64 annotation = links.columnInt64(0);
            if (annotation != current) {
                current = annotation;
                counted.clear();
            }
            const QString name = links.columnText(1);
            ++nodeFor(name).ownCount;
            for (const QString &path : pathsOf(name)) {
                const QString key = TagResolver::folded(path);
                if (counted.contains(key))
                    continue;
                counted.insert(key);
                ++nodeFor(path).passageCount;
            }
        }

        std::vector<TopicTagCount> result(nodes.cbegin(), nodes.cend());
        std::sort(result.begin(), result.end(), [](const TopicTagCount &a, const TopicTagCount &b) {
            const QString ka = treeKey(a.name), kb = treeKey(b.name);
            return ka != kb ? ka < kb : a.name < b.name;
        });
        return result;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot count the passages of each tag"));
    }
}

Result<std::vector<TopicPassage>> TopicStore::passages(const QString &tagName, TopicSort sort) const
{
    const auto name = TagName::normalize(tagName);
    if (!name)
        return name.error();
    try {
        SqliteStatement rows = m_db.prepare(selectPassages + orderBy(sort));
        rows.bind(1, *name).bind(2, TagResolver::childrenPattern(*name)).bind(3, quoteLimit + 1);
        std::vector<TopicPassage> passages;
        QHash<qint64, size_t> indexOf;
        while (rows.step()) {
            passages.push_back(readPassage(rows));
            indexOf.insert(passages.back().annotationId, passages.size() - 1);
        }
        if (passages.empty())
            return passages;

        SqliteStatement tags = m_db.prepare(QStringLiteral(R"sql(
            SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
            WHERE at.annotation_id IN (
                SELECT at2.annotation_id FROM annotation_tags at2 JOIN tags t2 ON t2.id = at2.tag_id
                WHERE t2.name = ?1 COLLATE NOCASE OR t2.name LIKE ?2 ESCAPE '\')
            ORDER BY t.name COLLATE NOCASE, t.name)sql"));
        tags.bind(1, *name).bind(2, TagResolver::childrenPattern(*name));
        while (tags.step())
            passages[indexOf.value(tags.columnInt64(0))].tags << tags.columnText(1);
        return passages;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot gather the passages tagged \"%1\"").arg(*name));
    }
}

Result<std::vector<TopicPassage>> TopicStore::passagesOf(const QList<qint64> &annotationIds) const
{
    try {
        QJsonArray ids;
        for (const qint64 id : annotationIds)
            ids.append(id);
        SqliteStatement rows =
            m_db.prepare(selectPassageColumns +
                         QStringLiteral(" WHERE a.id IN (SELECT value FROM json_each(?1))") +
                         orderBy(TopicSort::Thread));
        rows.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
            .bind(3, quoteLimit + 1);
        std::vector<TopicPassage> passages;
        QHash<qint64, size_t> indexOf;
        while (rows.step()) {
            passages.push_back(readPassage(rows));
            indexOf.insert(passages.back().annotationId, passages.size() - 1);
        }
        SqliteStatement tags = m_db.prepare(QStringLiteral(R"sql(
            SELECT at.annotation_id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
            WHERE at.annotation_id IN (SELECT value FROM json_each(?1))
            ORDER BY t.name COLLATE NOCASE, t.name)sql"));
        tags.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        while (tags.step())
            passages[indexOf.value(tags.columnInt64(0))].tags << tags.columnText(1);
        return passages;
    } catch (const SqliteError &error) {
        return error.toError(tr("cannot read the linked passages"));
    }
}

} // namespace Scholia
