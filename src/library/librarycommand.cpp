#include "librarycommand.h"

#include "core/error.h"
#include "libraryeditor.h"
#include "store/library.h"

#include <QCoreApplication>

namespace Scholia {

LibraryCommand::LibraryCommand(Library &library, LibraryEditor &editor, const QString &text)
    : QUndoCommand(text), m_library(library), m_editor(editor)
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
    m_editor.announceFailure(QCoreApplication::translate("Scholia::LibraryCommand",
                                                         "“%1” could not be undone or redone: %2")
                                 .arg(text(), error.message));
}

} // namespace Scholia
