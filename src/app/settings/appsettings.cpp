#include "appsettings.h"

#include "core/highlightpalette.h"
#include "library/translationloader.h"
#include "store/librarybackups.h"

#include <QMetaEnum>
#include <QSettings>

namespace Scholia {

namespace {
const QString fontFamilyKey = QStringLiteral("reading/fontFamily");
const QString fontSizeKey = QStringLiteral("reading/fontSize");
const QString timeDisplayKey = QStringLiteral("reading/timeDisplay");
const QString markReadAfterKey = QStringLiteral("reading/markReadAfterSeconds");
constexpr double longestMarkReadAfter = 60;
const QString defaultColorKey = QStringLiteral("highlights/defaultColor");
const QString labelsGroup = QStringLiteral("highlights/labels");
const QString backupCountKey = QStringLiteral("library/backupCount");
const QString confirmLinksKey = QStringLiteral("links/confirmBeforeOpening");
constexpr int minimumFontSize = 8;
constexpr int maximumFontSize = 48;
constexpr int maximumBackupCount = 100;
} // namespace

AppSettings &AppSettings::instance()
{
    static AppSettings *settings = new AppSettings; // lives as long as the process
    return *settings;
}

QString AppSettings::readingFontFamily() const
{
    return QSettings().value(fontFamilyKey).toString();
}

int AppSettings::readingFontSize() const
{
    return qBound(minimumFontSize, QSettings().value(fontSizeKey, defaultReadingFontSize).toInt(),
                  maximumFontSize);
}

void AppSettings::setReadingFont(const QString &family, int pixelSize)
{
    pixelSize = qBound(minimumFontSize, pixelSize, maximumFontSize);
    if (family == readingFontFamily() && pixelSize == readingFontSize())
        return;
    QSettings settings;
    settings.setValue(fontFamilyKey, family);
    settings.setValue(fontSizeKey, pixelSize);
    emit readingStyleChanged();
}

AppSettings::TimeDisplay AppSettings::timeDisplay() const
{
    bool known = false;
    const int value = QMetaEnum::fromType<TimeDisplay>().keyToValue(
        QSettings().value(timeDisplayKey).toString().toLatin1().constData(), &known);
    return known ? TimeDisplay(value) : TimeDisplay::Relative;
}

void AppSettings::setTimeDisplay(TimeDisplay display)
{
    if (display == timeDisplay())
        return;
    QSettings().setValue(
        timeDisplayKey,
        QString::fromLatin1(QMetaEnum::fromType<TimeDisplay>().valueToKey(int(display))));
    emit readingStyleChanged();
}

double AppSettings::markReadAfterSeconds() const
{
    bool ok = false;
    const double seconds = QSettings().value(markReadAfterKey).toDouble(&ok);
    return ok ? qBound(0.0, seconds, longestMarkReadAfter) : defaultMarkReadAfterSeconds;
}

void AppSettings::setMarkReadAfterSeconds(double seconds)
{
    seconds = qBound(0.0, seconds, longestMarkReadAfter);
    if (qFuzzyCompare(1 + seconds, 1 + markReadAfterSeconds()))
        return;
    QSettings().setValue(markReadAfterKey, seconds);
    emit readingStyleChanged();
}

QString AppSettings::defaultHighlightColor() const
{
    const QString name = QSettings().value(defaultColorKey).toString();
    return HighlightPalette::contains(name) ? name : HighlightPalette::names().constFirst();
}

void AppSettings::setDefaultHighlightColor(const QString &colorName)
{
    if (!HighlightPalette::contains(colorName) || colorName == defaultHighlightColor())
        return;
    QSettings().setValue(defaultColorKey, colorName);
    applyHighlightPalette();
    emit highlightPaletteChanged();
}

QHash<QString, QString> AppSettings::highlightLabels() const
{
    QSettings settings;
    settings.beginGroup(labelsGroup);
    QHash<QString, QString> labels;
    for (const QString &name : settings.childKeys())
        if (HighlightPalette::contains(name) &&
            !settings.value(name).toString().trimmed().isEmpty())
            labels.insert(name, settings.value(name).toString().trimmed());
    return labels;
}

void AppSettings::setHighlightLabels(const QHash<QString, QString> &labels)
{
    if (labels == highlightLabels())
        return;
    QSettings settings;
    settings.remove(labelsGroup);
    settings.beginGroup(labelsGroup);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (HighlightPalette::contains(it.key()) && !it.value().trimmed().isEmpty())
            settings.setValue(it.key(), it.value().trimmed());
    settings.endGroup();
    applyHighlightPalette();
    emit highlightPaletteChanged();
}

void AppSettings::applyHighlightPalette() const
{
    HighlightPalette::setCustomLabels(highlightLabels());
    HighlightPalette::setDefaultColorName(defaultHighlightColor());
}

int AppSettings::backupCount() const
{
    return qBound(1, QSettings().value(backupCountKey, LibraryBackups::defaultKeep).toInt(),
                  maximumBackupCount);
}

void AppSettings::setBackupCount(int count)
{
    count = qBound(1, count, maximumBackupCount);
    if (count == backupCount())
        return;
    QSettings().setValue(backupCountKey, count);
    emit backupCountChanged(count);
}

bool AppSettings::confirmOpeningLinks() const
{
    return QSettings().value(confirmLinksKey, true).toBool();
}

void AppSettings::setConfirmOpeningLinks(bool confirm)
{
    if (confirm == confirmOpeningLinks())
        return;
    QSettings().setValue(confirmLinksKey, confirm);
    emit confirmOpeningLinksChanged(confirm);
}

QString AppSettings::language() const
{
    const QString language = QSettings().value(TranslationLoader::languageKey).toString();
    return TranslationLoader::availableLanguages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString known =
        TranslationLoader::availableLanguages().contains(language) ? language : QString();
    if (known == this->language())
        return;
    QSettings().setValue(TranslationLoader::languageKey, known);
    emit languageChanged(known);
}

} // namespace Scholia
