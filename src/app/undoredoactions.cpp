#include "undoredoactions.h"

#include <QAction>
#include <QUndoStack>

namespace Scholia {

QAction *UndoRedoActions::createUndo(QUndoStack *stack, QObject *parent)
{
    auto *action = new QAction(parent);
    const auto name = [action](const QString &command) {
        action->setText(command.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(command));
    };
    name(stack->undoText());
    action->setEnabled(stack->canUndo());
    QObject::connect(stack, &QUndoStack::undoTextChanged, action, name);
    QObject::connect(stack, &QUndoStack::canUndoChanged, action, &QAction::setEnabled);
    QObject::connect(action, &QAction::triggered, stack, &QUndoStack::undo);
    return action;
}

QAction *UndoRedoActions::createRedo(QUndoStack *stack, QObject *parent)
{
    auto *action = new QAction(parent);
    const auto name = [action](const QString &command) {
        action->setText(command.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(command));
    };
    name(stack->redoText());
    action->setEnabled(stack->canRedo());
    QObject::connect(stack, &QUndoStack::redoTextChanged, action, name);
    QObject::connect(stack, &QUndoStack::canRedoChanged, action, &QAction::setEnabled);
    QObject::connect(action, &QAction::triggered, stack, &QUndoStack::redo);
    return action;
}

} // namespace Scholia
