#include "librarycommand.h"

#include "core/error.h"
#include "libraryeditor.h"
#include "store/library.h"

#include <QCoreApplication>

#include <utility>

namespace Scholia {

LibraryCommand::LibraryCommand(Library &library, LibraryEditor &editor, const QString &text)
    : QUndoCommand(text), m_library(library), m_editor(editor)
{
}

Result<void> LibraryCommand::perform()
{
    auto done = forward();
    m_skipRedo = done.ok(); // QUndoStack::push calls redo(): the change is made already
    return done;
}

void LibraryCommand::undo()
{
    if (auto done = backward(); !done)
        fail(done.error());
}

void LibraryCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    if (auto done = forward(); !done)
        fail(done.error());
}

void LibraryCommand::fail(const Error &error)
{
    setObsolete(true);
    m_editor.announceFailure(QCoreApplication::translate("Scholia::LibraryCommand",
                                                         "“%1” could not be undone or redone: %2")
                                 .arg(text(), error.message));
}

} // namespace Scholia
