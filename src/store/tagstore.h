#pragma once

#include "core/result.h"
#include "core/tag.h"
#include "tagmerge.h"
#include "tagrenaming.h"
#include "tagsnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Scholia {

class SqliteDatabase;

// The library's tags: listing, completion, and the Tags dialog's edits, on the
// library's connection (ThreadStore::database()). Names are looked up ignoring ASCII
// case. Each change is one transaction and returns what its undo needs:
//   rename   → the renamings done;     undo: applyRenamings(TagRenaming::inverted(them))
//   merge    → a TagMerge;             undo: unmerge(it)
//   recolor  → the previous colour;    undo: recolor(name, it)
//   remove   → a TagSnapshot;          undo: restore(it)
// Tags are created on the fly by AnnotationStore and ThreadTagStore, and stay when
// nothing carries them any more (the Tags dialog deletes them).
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    explicit TagStore(SqliteDatabase &db);

    // Every tag with its own counts (not its children's), parents before children,
    // siblings by name.
    Result<std::vector<Tag>> list() const;
    Result<std::optional<Tag>> find(const QString &name) const;
    // Names for autocompletion: those starting with prefix, then those with a segment
    // starting with it ("exp" finds "compute/export-controls"); most used first.
    Result<QStringList> complete(const QString &prefix, int limit = 20) const;

    // Renames a tag and everything below it ("a" → "b" also makes "a/x" "b/x"). Fails,
    // changing nothing, when a new name is taken by another tag or `to` is below `from`.
    Result<std::vector<TagRenaming>> rename(const QString &from, const QString &to);
    // Exactly these renamings, no children: for undoing a rename.
    Result<void> applyRenamings(const std::vector<TagRenaming> &renamings);

    // Moves everything that carries `from` to `into` and deletes `from`; what carried
    // both keeps one `into`. Tags below `from` are left as they are.
    Result<TagMerge> merge(const QString &from, const QString &into);
    Result<void> unmerge(const TagMerge &merge);

    Result<QString> recolor(const QString &name, const QString &color);

    // Deletes the tag (not the tags below it) from everything that carries it; the
    // snapshot's annotationCount() says how many annotations did.
    Result<TagSnapshot> remove(const QString &name);
    // Puts a deleted tag back with its id and colour on what still exists of what carried it.
    Result<void> restore(const TagSnapshot &snapshot);

private:
    // These throw SqliteError; the public methods turn it into an Error.
    std::optional<Tag> findTag(const QString &name) const;
    Result<Tag> existingTag(const QString &name) const;
    std::vector<qint64> carriers(const char *table, const char *column, qint64 tagId) const;
    void renameRows(const std::vector<std::pair<qint64, QString>> &renames);
    Result<void> insertSnapshot(const TagSnapshot &snapshot);

    SqliteDatabase &m_db;
};

} // namespace Scholia
