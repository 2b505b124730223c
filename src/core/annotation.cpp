#include "annotation.h"

namespace Scholia {

QString Annotation::anchorStateName(AnchorState state)
{
    switch (state) {
    case AnchorState::Anchored:
        return QStringLiteral("anchored");
    case AnchorState::Reanchored:
        return QStringLiteral("re-anchored");
    case AnchorState::Orphaned:
        return QStringLiteral("orphaned");
    }
    return {};
}

} // namespace Scholia
