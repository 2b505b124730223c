#pragma once

#include "core/result.h"

#include <QUndoCommand>

namespace Scholia {

class LibraryEditor;
class Library;

// What the edit commands share. A command makes its change itself, the first time too:
// LibraryEditor asks it to perform() the change and pushes it only when the library took
// it, so a refusal pushes nothing, and the redo() of that push has nothing left to do.
// Undo and redo run the same two steps as the first time, each one transaction of the
// library announced through the editor. A change the library refuses later, in an undo or
// a redo, is reported and the command dropped rather than left half applied.
class LibraryCommand : public QUndoCommand
{
public:
    // Makes the change the first time; when it succeeded, the next redo() is skipped.
    Result<void> perform();

    void undo() final;
    void redo() final;

protected:
    LibraryCommand(Library &library, LibraryEditor &editor, const QString &text = {});

    // The change and its reverse; each announces what it did when it succeeded.
    virtual Result<void> forward() = 0;
    virtual Result<void> backward() = 0;

    Library &m_library;
    LibraryEditor &m_editor;

private:
    // Reports the refusal and makes the stack drop this command.
    void fail(const Error &error);

    bool m_skipRedo = false;
};

} // namespace Scholia
