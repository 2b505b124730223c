#pragma once

#include "annotationlink.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Scholia {

// What a reader changes on a link; unset fields stay as they are. Its ends never change:
// a link to another passage is another link.
struct AnnotationLinkEdit
{
    std::optional<AnnotationLinkType> type;
    std::optional<QString> note;
    std::optional<QDateTime> updated; // unset: now; undo sets the earlier time back

    // The edit that puts `before` back exactly, for undo.
    static AnnotationLinkEdit restoring(const AnnotationLink &before)
    {
        return {before.type, before.note, before.updated};
    }
};

} // namespace Scholia
