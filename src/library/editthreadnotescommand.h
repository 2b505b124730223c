#pragma once

#include "librarycommand.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace Scholia {

// The reader's notes on a thread, before and after an edit. The notes editor saves half a
// second after each pause in typing; saves of the same thread's notes merge into one step
// while each comes less than mergeWindow after the one before, so Edit ▸ Undo takes back
// what was written in one go: not one keystroke, nor a whole afternoon. Five seconds is
// longer than the pauses between words and phrases of someone writing (each pause longer
// than half a second is a save) and shorter than stopping to read the thread again, which
// starts a new step. A run of typing with no half-second pause for that long also ends a
// step: a sentence or so, still far from a keystroke.
class EditThreadNotesCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditThreadNotesCommand)

public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds mergeWindow{5};

    EditThreadNotesCommand(Library &library, LibraryEditor &editor, qint64 threadId,
                           const QString &notes, Clock::time_point when = Clock::now());

    // The notes the thread had before, once performed.
    const QString &previousNotes() const { return *m_before; }

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    Result<QString> save(const QString &notes);

    qint64 m_threadId;
    std::optional<QString> m_before;
    QString m_after;
    Clock::time_point m_lastEdit;
};

} // namespace Scholia
