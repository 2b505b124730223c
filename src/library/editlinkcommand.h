#pragma once

#include "core/annotationlink.h"
#include "core/annotationlinkedit.h"
#include "librarycommand.h"

#include <QCoreApplication>

#include <optional>

namespace Scholia {

// A link's type or note changed. Undo puts the link back exactly as it was (its update
// time included); redo puts back the state the edit made.
class EditLinkCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditLinkCommand)

public:
    EditLinkCommand(Library &library, LibraryEditor &editor, qint64 id,
                    const AnnotationLinkEdit &edit);

    // The link after the edit, once performed.
    const AnnotationLink &after() const { return *m_after; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    Result<void> put(const AnnotationLink &state);

    qint64 m_id;
    AnnotationLinkEdit m_edit;
    AnnotationLink m_before;
    std::optional<AnnotationLink> m_after;
};

} // namespace Scholia
