#pragma once

#include <QCoreApplication>

class QAction;
class QObject;
class QUndoStack;

namespace Scholia {

// Undo and Redo actions named after the command they would undo or redo. QUndoStack's own
// actions glue a given prefix and the command's name with a space ("Undo Annotate
// comment"), which reads wrongly in German or French; here the whole phrase is one
// translatable string, so a translator can write "Rückgängig: %1".
class UndoRedoActions
{
    Q_DECLARE_TR_FUNCTIONS(UndoRedoActions)

public:
    static QAction *createUndo(QUndoStack *stack, QObject *parent);
    static QAction *createRedo(QUndoStack *stack, QObject *parent);
};

} // namespace Scholia
