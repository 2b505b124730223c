#include "undoredoactions.h"

#include <QAction>
#include <QUndoStack>

#include <functional>

namespace Scholia {

namespace {

// What Undo and Redo take from the stack: the command's name and whether there is one,
// each with its change signal, and the step itself.
struct StackSide
{
    QString (QUndoStack::*commandName)() const;
    void (QUndoStack::*commandNameChanged)(const QString &);
    bool (QUndoStack::*available)() const;
    void (QUndoStack::*availableChanged)(bool);
    void (QUndoStack::*step)();
};

QAction *createAction(QUndoStack *stack, QObject *parent, const StackSide &side,
                      const std::function<QString(const QString &command)> &phrase)
{
    auto *action = new QAction(parent);
    const auto name = [action, phrase](const QString &command) { action->setText(phrase(command)); };
    name((stack->*side.commandName)());
    action->setEnabled((stack->*side.available)());
    QObject::connect(stack, side.commandNameChanged, action, name);
    QObject::connect(stack, side.availableChanged, action, &QAction::setEnabled);
    QObject::connect(action, &QAction::triggered, stack, side.step);
    return action;
}

} // namespace

QAction *UndoRedoActions::createUndo(QUndoStack *stack, QObject *parent)
{
    return createAction(stack, parent,
                        {&QUndoStack::undoText, &QUndoStack::undoTextChanged, &QUndoStack::canUndo,
                         &QUndoStack::canUndoChanged, &QUndoStack::undo},
                        [](const QString &command) {
                            return command.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(command);
                        });
}

QAction *UndoRedoActions::createRedo(QUndoStack *stack, QObject *parent)
{
    return createAction(stack, parent,
                        {&QUndoStack::redoText, &QUndoStack::redoTextChanged, &QUndoStack::canRedo,
                         &QUndoStack::canRedoChanged, &QUndoStack::redo},
                        [](const QString &command) {
                            return command.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(command);
                        });
}

} // namespace Scholia
