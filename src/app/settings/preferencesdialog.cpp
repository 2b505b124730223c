#include "preferencesdialog.h"

#include "app/settings/appsettings.h"
#include "app/settings/themeswitcher.h"
#include "core/highlightpalette.h"
#include "library/databaselocation.h"
#include "store/librarymover.h"
#include "ui_preferencesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>

namespace Scholia {

PreferencesDialog::PreferencesDialog(ThemeSwitcher &theme, const QString &libraryPath,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_theme(theme),
      m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
{
    m_ui->setupUi(this);
    fillReading();
    fillHighlights();
    fillLibrary();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillReading()
{
    AppSettings &settings = AppSettings::instance();
    const std::pair<ThemeSwitcher::Theme, QString> themes[] = {
        {ThemeSwitcher::Theme::System, tr("Follow the system")},
        {ThemeSwitcher::Theme::Light, tr("Light")},
        {ThemeSwitcher::Theme::Dark, tr("Dark")},
    };
    for (const auto &[value, label] : themes)
        m_ui->themeBox->addItem(label, int(value));
    m_ui->themeBox->setCurrentIndex(m_ui->themeBox->findData(int(m_theme.theme())));
    connect(m_ui->themeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_theme.setTheme(ThemeSwitcher::Theme(m_ui->themeBox->currentData().toInt()));
    });

    const QString family = settings.readingFontFamily();
    m_ui->pageFontBox->setChecked(family.isEmpty());
    m_ui->fontBox->setEnabled(!family.isEmpty());
    if (!family.isEmpty())
        m_ui->fontBox->setCurrentFont(QFont(family));
    m_ui->sizeBox->setValue(settings.readingFontSize());
    connect(m_ui->fontBox, &QFontComboBox::currentFontChanged, this, &PreferencesDialog::applyFont);
    connect(m_ui->sizeBox, &QSpinBox::valueChanged, this, &PreferencesDialog::applyFont);
    connect(m_ui->pageFontBox, &QCheckBox::toggled, this, [this](bool pageFont) {
        m_ui->fontBox->setEnabled(!pageFont);
        applyFont();
    });

    const std::pair<AppSettings::TimeDisplay, QString> times[] = {
        {AppSettings::TimeDisplay::Relative, tr("As the site showed them (3 hours ago)")},
        {AppSettings::TimeDisplay::Absolute, tr("Exact (2026-11-24 09:30:00 UTC)")},
        {AppSettings::TimeDisplay::Both, tr("Both")},
    };
    for (const auto &[value, label] : times)
        m_ui->timeBox->addItem(label, int(value));
    m_ui->timeBox->setCurrentIndex(m_ui->timeBox->findData(int(settings.timeDisplay())));
    connect(m_ui->timeBox, &QComboBox::currentIndexChanged, this, [this] {
        AppSettings::instance().setTimeDisplay(
            AppSettings::TimeDisplay(m_ui->timeBox->currentData().toInt()));
    });

    m_ui->readAfterBox->setValue(settings.markReadAfterSeconds());
    connect(m_ui->readAfterBox, &QDoubleSpinBox::valueChanged, this,
            [](double seconds) { AppSettings::instance().setMarkReadAfterSeconds(seconds); });

    // Language names in their own language: a reader who cannot read the current one
    // still finds theirs.
    m_ui->languageBox->addItem(tr("System"), QString());
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageBox->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageBox->setCurrentIndex(qMax(0, m_ui->languageBox->findData(settings.language())));
    connect(m_ui->languageBox, &QComboBox::currentIndexChanged, this, [this] {
        AppSettings::instance().setLanguage(m_ui->languageBox->currentData().toString());
    });

    m_ui->confirmLinksBox->setChecked(settings.confirmOpeningLinks());
    connect(m_ui->confirmLinksBox, &QCheckBox::toggled, &settings,
            &AppSettings::setConfirmOpeningLinks);
}

void PreferencesDialog::fillHighlights()
{
    AppSettings &settings = AppSettings::instance();
    const QHash<QString, QString> labels = settings.highlightLabels();
    for (const HighlightColor &color : HighlightPalette::colors()) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(color.hex));
        m_ui->defaultColorBox->addItem(QIcon(swatch), color.label, color.name);

        const QString standard = HighlightPalette::standardLabel(color.name);
        auto *name = new QLineEdit(labels.value(color.name), m_ui->namesGroup);
        name->setObjectName(QStringLiteral("colorName_") + color.name);
        name->setPlaceholderText(standard);
        name->setClearButtonEnabled(true);
        name->setAccessibleName(tr("Name for %1").arg(standard));
        auto *label = new QLabel(m_ui->namesGroup);
        label->setPixmap(swatch);
        label->setToolTip(standard);
        label->setBuddy(name);
        m_ui->namesForm->addRow(label, name);
        connect(name, &QLineEdit::editingFinished, this, &PreferencesDialog::applyColorNames);
    }
    m_ui->defaultColorBox->setCurrentIndex(
        m_ui->defaultColorBox->findData(settings.defaultHighlightColor()));
    connect(m_ui->defaultColorBox, &QComboBox::currentIndexChanged, this, [this] {
        AppSettings::instance().setDefaultHighlightColor(
            m_ui->defaultColorBox->currentData().toString());
    });
}

void PreferencesDialog::applyColorNames()
{
    QHash<QString, QString> labels;
    for (const QString &name : HighlightPalette::names())
        if (auto *edit =
                m_ui->namesGroup->findChild<QLineEdit *>(QStringLiteral("colorName_") + name))
            labels.insert(name, edit->text());
    AppSettings::instance().setHighlightLabels(labels);
    // The default-colour menu shows the new names too.
    for (int i = 0; i < m_ui->defaultColorBox->count(); ++i)
        m_ui->defaultColorBox->setItemText(
            i, HighlightPalette::label(m_ui->defaultColorBox->itemData(i).toString()));
}

void PreferencesDialog::fillLibrary()
{
    m_ui->locationEdit->setText(QDir::toNativeSeparators(m_libraryPath));
    const bool movable = DatabaseLocation::canMove(m_libraryPath);
    m_ui->moveButton->setEnabled(movable);
    m_ui->locationNote->setText(
        movable ? tr("Moving closes the library, copies it to the new folder, checks the copy and "
                     "reopens it there; the old file is removed only then.")
                : tr("This library was chosen with --db or SCHOLIA_DB, so it cannot be moved from "
                     "here."));
    connect(m_ui->moveButton, &QPushButton::clicked, this, &PreferencesDialog::chooseLibraryFolder);

    m_ui->backupBox->setValue(AppSettings::instance().backupCount());
    connect(m_ui->backupBox, &QSpinBox::valueChanged, &AppSettings::instance(),
            &AppSettings::setBackupCount);
}

void PreferencesDialog::applyFont()
{
    const QString family =
        m_ui->pageFontBox->isChecked() ? QString() : m_ui->fontBox->currentFont().family();
    AppSettings::instance().setReadingFont(family, m_ui->sizeBox->value());
}

void PreferencesDialog::chooseLibraryFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Move the Library To"), QFileInfo(m_libraryPath).absolutePath());
    if (folder.isEmpty())
        return;
    const QString target = LibraryMover::targetPath(m_libraryPath, folder);
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(this, tr("Move Library"),
                             tr("%1 already exists. Choose a folder without a library in it.")
                                 .arg(QDir::toNativeSeparators(target)));
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Move Library"),
                              tr("Close the library, move it to %1 and reopen it there?")
                                  .arg(QDir::toNativeSeparators(folder)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    accept();
    emit libraryMoveRequested(folder);
}

} // namespace Scholia
