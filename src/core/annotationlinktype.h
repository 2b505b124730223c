#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Scholia {

// What a link from one annotation to another says about them: the source passage
// supports, rebuts, asks about, answers or makes the same point as the target passage.
enum class AnnotationLinkType
{
    Supports,
    Rebuts,
    Asks,
    Answers,
    SamePoint,
};

// The link types' stable keys (stored, typed on the command line, written to files) and
// their translated phrasing, both ways round: "A rebuts B" and "B is rebutted by A".
class AnnotationLinkTypes
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationLinkTypes)

public:
    static constexpr std::array<AnnotationLinkType, 5> all = {
        AnnotationLinkType::Supports, AnnotationLinkType::Rebuts, AnnotationLinkType::Asks,
        AnnotationLinkType::Answers, AnnotationLinkType::SamePoint};

    // supports, rebuts, asks, answers, same-point.
    static QString key(AnnotationLinkType type);
    static QStringList keys();
    // The type of a key, compared exactly; nothing for any other text.
    static std::optional<AnnotationLinkType> fromKey(const QString &key);

    // How the source relates to the target: "supports", "rebuts", "asks about",
    // "answers", "makes the same point as".
    static QString label(AnnotationLinkType type);
    // How the target relates to the source, for a link seen from its target: "supported
    // by", "rebutted by", "questioned by", "answered by", "same point as".
    static QString inverseLabel(AnnotationLinkType type);
};

} // namespace Scholia
