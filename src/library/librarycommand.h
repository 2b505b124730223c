#pragma once

#include <QUndoCommand>

namespace Scholia {

class LibraryEditor;
class Library;
struct Error;

// What the annotation and tag commands share. The controller makes each change in the
// library before it pushes the command (so a refusal pushes nothing); the stack's first
// redo() must therefore not repeat it. A change the library refuses later, in an undo or
// a redo, is reported and the command dropped rather than left half applied.
class LibraryCommand : public QUndoCommand
{
public:
    LibraryCommand(Library &library, LibraryEditor &editor, const QString &text);

protected:
    // True once: on the redo() that QUndoStack::push makes.
    bool isFirstRedo();
    // Reports the refusal and makes the stack drop this command.
    void fail(const Error &error);

    Library &m_library;
    LibraryEditor &m_editor;

private:
    bool m_pushed = false;
};

} // namespace Scholia
