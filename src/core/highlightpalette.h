#pragma once

#include <QCoreApplication>
#include <QHash>
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

    // The reader's own names for the colours ("yellow" → "Evidence"; Preferences) and
    // the colour new highlights get. Set by the window at start and when they change;
    // core keeps no settings of its own. An unknown name or an empty label is ignored.
    static void setCustomLabels(const QHash<QString, QString> &labels);
    static void setDefaultColorName(const QString &name);
    // The palette's own, translated label, whatever the reader renamed it to.
    static QString standardLabel(const QString &name);
};

} // namespace Scholia
