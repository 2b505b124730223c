#include "recolortagcommand.h"

#include "libraryeditor.h"
#include "store/library.h"
#include "store/tagstore.h"

namespace Scholia {

RecolorTagCommand::RecolorTagCommand(Library &library, LibraryEditor &editor, const QString &name,
                                     const QString &color)
    : LibraryCommand(library, editor, tr("Recolour tag “%1”").arg(name)), m_name(name),
      m_after(color)
{
}

Result<void> RecolorTagCommand::forward()
{
    auto previous = apply(m_after);
    if (!previous)
        return previous.error();
    if (!m_before)
        m_before = *previous;
    return {};
}

Result<void> RecolorTagCommand::backward()
{
    const auto done = apply(*m_before);
    if (!done)
        return done.error();
    return {};
}

Result<QString> RecolorTagCommand::apply(const QString &color)
{
    auto previous = m_library.tags().recolor(m_name, color);
    if (previous)
        m_editor.announceTagsChanged();
    return previous;
}

} // namespace Scholia
