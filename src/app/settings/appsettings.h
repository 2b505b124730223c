#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Scholia {

// The reader's preferences, kept in QSettings (~/.config/scholia/scholia.conf). One
// object for the process, so every part that shows a preference hears when it changes
// (Preferences applies everything live). The theme stays with ThemeSwitcher, the
// library's place with DatabaseLocation, the language with TranslationLoader.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class TimeDisplay
    {
        Relative,
        Absolute,
        Both
    };
    Q_ENUM(TimeDisplay)

    static constexpr int defaultReadingFontSize = 15; // px, thread.css's own size

    static AppSettings &instance();

    // Empty family: the thread page's own fonts.
    QString readingFontFamily() const;
    int readingFontSize() const;
    void setReadingFont(const QString &family, int pixelSize);
    TimeDisplay timeDisplay() const;
    void setTimeDisplay(TimeDisplay display);
    // How long a comment stays on screen before it counts as read; 0: only moving past it
    // (j/k) or Mark Thread Read does, as mail readers let their readers choose.
    static constexpr double defaultMarkReadAfterSeconds = 1.5;
    double markReadAfterSeconds() const;
    void setMarkReadAfterSeconds(double seconds);

    QString defaultHighlightColor() const;
    void setDefaultHighlightColor(const QString &colorName);
    // The reader's names for palette colours, by colour name; absent: the palette's own.
    QHash<QString, QString> highlightLabels() const;
    void setHighlightLabels(const QHash<QString, QString> &labels);
    // Hands the two above to HighlightPalette, which every menu and export asks.
    void applyHighlightPalette() const;

    int backupCount() const;
    void setBackupCount(int count);
    bool confirmOpeningLinks() const;
    void setConfirmOpeningLinks(bool confirm);
    // "" follows the system; else "en", "de" or "fr" (read at start: TranslationLoader).
    QString language() const;
    void setLanguage(const QString &language);

signals:
    // Font, size, time display or the read delay: the thread view restyles its page.
    void readingStyleChanged();
    void highlightPaletteChanged();
    void backupCountChanged(int count);
    void confirmOpeningLinksChanged(bool confirm);
    void languageChanged(const QString &language);

private:
    using QObject::QObject;
};

} // namespace Scholia
