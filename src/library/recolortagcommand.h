#pragma once

#include "librarycommand.h"

#include <QCoreApplication>
#include <QString>

namespace Scholia {

// A tag's new colour; undo gives it the old one back.
class RecolorTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecolorTagCommand)

public:
    RecolorTagCommand(Library &library, LibraryEditor &editor, const QString &name,
                      const QString &before, const QString &after);

    void undo() override;
    void redo() override;

private:
    void apply(const QString &color);

    QString m_name;
    QString m_before;
    QString m_after;
};

} // namespace Scholia
