#pragma once

#include "librarycommand.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Scholia {

// A tag's new colour; undo gives it the old one back.
class RecolorTagCommand : public LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecolorTagCommand)

public:
    RecolorTagCommand(Library &library, LibraryEditor &editor, const QString &name,
                      const QString &color);

    // The colour the tag had, once performed.
    const QString &previousColor() const { return *m_before; }

protected:
    Result<void> forward() override;
    Result<void> backward() override;

private:
    Result<QString> apply(const QString &color);

    QString m_name;
    std::optional<QString> m_before;
    QString m_after;
};

} // namespace Scholia
