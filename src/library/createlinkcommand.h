#pragma once

#include "core/annotationlink.h"
#include "librarycommand.h"

#include <QCoreApplication>

#include <optional>

namespace Scholia {

// A new link from one annotation to another. Undo removes it; redo puts the very same one
// back (same id, uuid and times).
class CreateLinkCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateLinkCommand)

public:
    CreateLinkCommand(Library &library, LibraryEditor &editor, const AnnotationLink &draft);

    // The link as the library stored it, once performed.
    const AnnotationLink &created() const { return *m_created; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    AnnotationLink m_draft;
    std::optional<AnnotationLink> m_created;
};

} // namespace Scholia
