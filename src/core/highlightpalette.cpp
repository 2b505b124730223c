#include "highlightpalette.h"

#include <QStringList>

namespace Scholia {

namespace {

struct Entry
{
    const char *name;
    const char *hex;
    const char *label;
};

// Okabe & Ito (2008), "Color Universal Design"; black is left out, it is no highlight.
// The order is the order menus show; new tags take the colours in turn.
constexpr Entry entries[] = {
    {"yellow", "#F0E442", QT_TRANSLATE_NOOP("HighlightPalette", "Yellow")},
    {"orange", "#E69F00", QT_TRANSLATE_NOOP("HighlightPalette", "Orange")},
    {"sky", "#56B4E9", QT_TRANSLATE_NOOP("HighlightPalette", "Sky blue")},
    {"green", "#009E73", QT_TRANSLATE_NOOP("HighlightPalette", "Bluish green")},
    {"blue", "#0072B2", QT_TRANSLATE_NOOP("HighlightPalette", "Blue")},
    {"vermillion", "#D55E00", QT_TRANSLATE_NOOP("HighlightPalette", "Vermillion")},
    {"purple", "#CC79A7", QT_TRANSLATE_NOOP("HighlightPalette", "Reddish purple")},
};

const Entry *find(const QString &name)
{
    for (const Entry &entry : entries) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

// Written by the GUI thread only (start-up, Preferences); read where labels are shown.
QHash<QString, QString> &customLabels()
{
    static QHash<QString, QString> labels;
    return labels;
}

QString &chosenDefault()
{
    static QString name;
    return name;
}

} // namespace

std::vector<HighlightColor> HighlightPalette::colors()
{
    std::vector<HighlightColor> result;
    for (const Entry &entry : entries)
        result.push_back({QLatin1String(entry.name), QLatin1String(entry.hex), label(QLatin1String(entry.name))});
    return result;
}

QString HighlightPalette::defaultColorName()
{
    return chosenDefault().isEmpty() ? QLatin1String(entries[0].name) : chosenDefault();
}

void HighlightPalette::setCustomLabels(const QHash<QString, QString> &labels)
{
    customLabels().clear();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (find(it.key()) && !it.value().trimmed().isEmpty())
            customLabels().insert(it.key(), it.value().trimmed());
}

void HighlightPalette::setDefaultColorName(const QString &name)
{
    chosenDefault() = find(name) ? name : QString();
}

QString HighlightPalette::standardLabel(const QString &name)
{
    const Entry *entry = find(name);
    return entry ? tr(entry->label) : QString();
}

bool HighlightPalette::contains(const QString &name)
{
    return find(name) != nullptr;
}

QString HighlightPalette::hex(const QString &name)
{
    const Entry *entry = find(name);
    return entry ? QLatin1String(entry->hex) : QString();
}

QString HighlightPalette::label(const QString &name)
{
    const QString custom = customLabels().value(name);
    return custom.isEmpty() ? standardLabel(name) : custom;
}

QStringList HighlightPalette::names()
{
    QStringList result;
    for (const Entry &entry : entries)
        result << QLatin1String(entry.name);
    return result;
}

} // namespace Scholia
