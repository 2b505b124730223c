#pragma once

#include "core/annotation.h"
#include "core/annotationlink.h"
#include "librarycommand.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Scholia {

// Deleting an annotation, and with it the links at either end (the library drops them).
// Undo puts it back whole, with its id, times and tags, and its links as they were.
class RemoveAnnotationCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveAnnotationCommand)

public:
    RemoveAnnotationCommand(Library &library, LibraryEditor &editor, qint64 id);

    // The annotation as it was, once performed.
    const Annotation &removed() const { return *m_removed; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    qint64 m_id;
    std::optional<Annotation> m_removed;
    std::vector<AnnotationLink> m_links; // those that went with it
};

} // namespace Scholia
