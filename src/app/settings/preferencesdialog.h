#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Scholia {

class ThemeSwitcher;

// Settings ▸ Preferences…: every choice is written to the settings, and so applied, the
// moment it is made (no OK/Apply). Moving the library needs it closed, so the dialog only
// asks for the folder and says so through libraryMoveRequested.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(ThemeSwitcher &theme, const QString &libraryPath, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

signals:
    // The reader chose folder for the library; the dialog has closed.
    void libraryMoveRequested(const QString &folder);

private:
    void fillReading();
    void fillHighlights();
    void fillLibrary();
    void applyFont();
    void applyColorNames();
    void chooseLibraryFolder();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    ThemeSwitcher &m_theme;
    QString m_libraryPath;
};

} // namespace Scholia
