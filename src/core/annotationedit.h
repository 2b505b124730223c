#pragma once

#include "annotation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scholia {

// What a reader changes on an annotation; unset fields stay as they are.
struct AnnotationEdit
{
    std::optional<QString> color;
    std::optional<QString> note;
    std::optional<QStringList> tags;
    std::optional<QDateTime> updated; // unset: now; undo sets the earlier time back

    // The edit that puts `before` back exactly, for undo.
    static AnnotationEdit restoring(const Annotation &before)
    {
        return {before.color, before.note, before.tags, before.updated};
    }
};

} // namespace Scholia
