#pragma once

#include "librarycommand.h"
#include "store/tagsnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Scholia {

// Deleting a tag from everything that carries it. Undo restores it with its id and
// colour; redo deletes it again and keeps the new snapshot for the next undo.
class RemoveTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTagCommand)

public:
    RemoveTagCommand(Library &library, LibraryEditor &editor, const QString &name);

    // The tag as it was and what carried it, once performed.
    const TagSnapshot &removed() const { return *m_removed; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    QString m_name;
    std::optional<TagSnapshot> m_removed;
};

} // namespace Scholia
