#include "annotationlinktype.h"

namespace Scholia {

QString AnnotationLinkTypes::key(AnnotationLinkType type)
{
    switch (type) {
    case AnnotationLinkType::Supports:
        return QStringLiteral("supports");
    case AnnotationLinkType::Rebuts:
        return QStringLiteral("rebuts");
    case AnnotationLinkType::Asks:
        return QStringLiteral("asks");
    case AnnotationLinkType::Answers:
        return QStringLiteral("answers");
    case AnnotationLinkType::SamePoint:
        return QStringLiteral("same-point");
    }
    return {};
}

QStringList AnnotationLinkTypes::keys()
{
    QStringList keys;
    for (const AnnotationLinkType type : all)
        keys << key(type);
    return keys;
}

std::optional<AnnotationLinkType> AnnotationLinkTypes::fromKey(const QString &text)
{
    for (const AnnotationLinkType type : all) {
        if (key(type) == text)
            return type;
    }
    return std::nullopt;
}

QString AnnotationLinkTypes::label(AnnotationLinkType type)
{
    switch (type) {
    case AnnotationLinkType::Supports:
        return tr("supports", "link: this passage supports that one");
    case AnnotationLinkType::Rebuts:
        return tr("rebuts", "link: this passage rebuts that one");
    case AnnotationLinkType::Asks:
        return tr("asks about", "link: this passage is a question about that one");
    case AnnotationLinkType::Answers:
        return tr("answers", "link: this passage answers that one");
    case AnnotationLinkType::SamePoint:
        return tr("makes the same point as", "link: both passages say the same thing");
    }
    return {};
}

QString AnnotationLinkTypes::inverseLabel(AnnotationLinkType type)
{
    switch (type) {
    case AnnotationLinkType::Supports:
        return tr("supported by", "link seen from its target");
    case AnnotationLinkType::Rebuts:
        return tr("rebutted by", "link seen from its target");
    case AnnotationLinkType::Asks:
        return tr("questioned by", "link seen from its target");
    case AnnotationLinkType::Answers:
        return tr("answered by", "link seen from its target");
    case AnnotationLinkType::SamePoint:
        return tr("same point as", "link seen from its target");
    }
    return {};
}

} // namespace Scholia
