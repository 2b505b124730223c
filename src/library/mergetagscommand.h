#pragma once

#include "librarycommand.h"
#include "store/tagmerge.h"

#include <QCoreApplication>

namespace Scholia {

// Merging one tag into another. Undo unmerges exactly; redo merges again and keeps the
// new record of what it moved, for the next undo.
class MergeTagsCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeTagsCommand)

public:
    MergeTagsCommand(Library &library, LibraryEditor &editor, TagMerge merge);

    void undo() override;
    void redo() override;

private:
    TagMerge m_merge;
};

} // namespace Scholia
