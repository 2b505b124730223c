#pragma once

#include "librarycommand.h"
#include "store/tagmerge.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Scholia {

// Merging one tag into another. Undo unmerges exactly; redo merges again and keeps the
// new record of what it moved, for the next undo.
class MergeTagsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeTagsCommand)

public:
    MergeTagsCommand(Library &library, LibraryEditor &editor, const QString &from,
                     const QString &into);

    // What the last merge moved, once performed.
    const TagMerge &merge() const { return *m_merge; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    QString m_from;
    QString m_into;
    std::optional<TagMerge> m_merge;
};

} // namespace Scholia
