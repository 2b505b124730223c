#pragma once

#include "core/annotationlink.h"
#include "librarycommand.h"

#include <QCoreApplication>

#include <optional>

namespace Scholia {

// Removing a link. Undo puts it back whole, with its id, uuid, note and times.
class RemoveLinkCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveLinkCommand)

public:
    RemoveLinkCommand(Library &library, LibraryEditor &editor, qint64 id);

    // The link as it was, once performed.
    const AnnotationLink &removed() const { return *m_removed; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    qint64 m_id;
    std::optional<AnnotationLink> m_removed;
};

} // namespace Scholia
