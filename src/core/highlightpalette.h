#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Scholia {

// One highlight colour: a stable name (stored, used on the command line) and its RGB.
struct HighlightColor
{
    QString name;  // e.g. "yellow"
    QString hex;   // "#RRGGBB"
    QString label; // translated, for menus
};

// The colours a highlight or a tag may have: the Okabe–Ito set, which stays
// distinguishable under the common forms of colour blindness.
class HighlightPalette
{
    Q_DECLARE_TR_FUNCTIONS(HighlightPalette)

public:
    static std::vector<HighlightColor> colors();
    static QString defaultColorName(); // "yellow"
    static bool contains(const QString &name);
    // Empty when the name is not in the palette.
    static QString hex(const QString &name);
    static QString label(const QString &name);
    static QStringList names();
};

} // namespace Scholia
