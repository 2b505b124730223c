#include "librarycommand.h"

#include "annotationcontroller.h"
#include "core/error.h"
#include "store/library.h"

#include <QCoreApplication>

namespace Scholia {

LibraryCommand::LibraryCommand(Library &library, AnnotationController &controller,
                               const QString &text)
    : QUndoCommand(text), m_library(library), m_controller(controller)
{
}

bool LibraryCommand::isFirstRedo()
{
    if (m_pushed)
        return false;
    m_pushed = true;
    return true;
}

void LibraryCommand::fail(const Error &error)
{
    setObsolete(true);
    m_controller.announceFailure(
        QCoreApplication::translate("Scholia::LibraryCommand",
                                    "“%1” could not be undone or redone: %2")
            .arg(text(), error.message));
}

} // namespace Scholia
