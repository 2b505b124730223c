// Settings ▸ Preferences (issue 10, part 1): the settings round-trip and announce changes,
// the dialog writes them and the window applies them at once (theme, the thread page's
// font, size and times), the backup count reaches the daily backup's pruning, and moving
// the library keeps every thread and annotation and the old file until the move is done.

#include "../threadview/threadviewtesting.h"
#include "app/library/dailybackup.h"
#include "app/library/libraryrelocation.h"
#include "app/library/samplelibrary.h"
#include "app/settings/appsettings.h"
#include "app/settings/preferencesdialog.h"
#include "app/settings/themeswitcher.h"
#include "core/highlightpalette.h"
#include "library/databaselocation.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/librarybackups.h"
#include "store/librarymover.h"
#include "store/threadstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Scholia;
using ThreadViewTesting::evaluate;

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A library with the sample thread and one annotation on its first comment.
    static QString makeLibrary(const QString &path, qint64 *annotationId = nullptr)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto store = Library::open(path);
        if (!store || !SampleLibrary::installIfEmpty(**store))
            return {};
        const ThreadDocument thread = (*store)->threads().loadThread(1).value();
        Annotation draft;
        draft.threadId = 1;
        draft.commentSourceId = thread.comments.front().sourceId;
        draft.note = QStringLiteral("kept across the move");
        auto created = (*store)->annotations().create(draft);
        if (!created)
            return {};
        if (annotationId)
            *annotationId = created->id;
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // This test's own settings file: other tests run at the same time.
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void settingsRoundTripAndAnnounceChanges()
    {
        AppSettings &settings = AppSettings::instance();
        QSignalSpy style(&settings, &AppSettings::readingStyleChanged);
        QSignalSpy palette(&settings, &AppSettings::highlightPaletteChanged);
        QSignalSpy backups(&settings, &AppSettings::backupCountChanged);
        QSignalSpy links(&settings, &AppSettings::confirmOpeningLinksChanged);
        QSignalSpy language(&settings, &AppSettings::languageChanged);

        QCOMPARE(settings.readingFontSize(), AppSettings::defaultReadingFontSize);
        QCOMPARE(settings.backupCount(), LibraryBackups::defaultKeep);
        QVERIFY(settings.confirmOpeningLinks());
        QCOMPARE(settings.timeDisplay(), AppSettings::TimeDisplay::Relative);

        settings.setReadingFont(QStringLiteral("DejaVu Serif"), 19);
        settings.setTimeDisplay(AppSettings::TimeDisplay::Both);
        settings.setDefaultHighlightColor(QStringLiteral("sky"));
        settings.setHighlightLabels({{QStringLiteral("yellow"), QStringLiteral("Evidence")}});
        settings.setBackupCount(3);
        settings.setConfirmOpeningLinks(false);
        settings.setLanguage(QStringLiteral("fr"));
        settings.setLanguage(QStringLiteral("xx")); // unknown: back to the system's

        QCOMPARE(style.count(), 2);
        QCOMPARE(palette.count(), 2);
        QCOMPARE(backups.count(), 1);
        QCOMPARE(links.count(), 1);
        QCOMPARE(language.count(), 2);
        settings.setBackupCount(3); // no change, no signal
        QCOMPARE(backups.count(), 1);

        // Read back from the file, not from memory.
        QSettings().sync();
        QSettings file;
        QCOMPARE(file.value(QStringLiteral("reading/fontFamily")).toString(),
                 QStringLiteral("DejaVu Serif"));
        QCOMPARE(file.value(QStringLiteral("reading/fontSize")).toInt(), 19);
        QCOMPARE(file.value(QStringLiteral("reading/timeDisplay")).toString(),
                 QStringLiteral("Both"));
        QCOMPARE(settings.readingFontFamily(), QStringLiteral("DejaVu Serif"));
        QCOMPARE(settings.timeDisplay(), AppSettings::TimeDisplay::Both);
        QCOMPARE(settings.backupCount(), 3);
        QVERIFY(!settings.confirmOpeningLinks());
        QCOMPARE(settings.language(), QString());
        // The palette every menu and export asks has the reader's names and default.
        QCOMPARE(HighlightPalette::label(QStringLiteral("yellow")), QStringLiteral("Evidence"));
        QCOMPARE(HighlightPalette::standardLabel(QStringLiteral("yellow")),
                 QStringLiteral("Yellow"));
        QCOMPARE(HighlightPalette::defaultColorName(), QStringLiteral("sky"));

        settings.setHighlightLabels({});
        settings.setDefaultHighlightColor(QStringLiteral("yellow"));
        QCOMPARE(HighlightPalette::label(QStringLiteral("yellow")), QStringLiteral("Yellow"));
        settings.setReadingFont({}, AppSettings::defaultReadingFontSize);
        settings.setTimeDisplay(AppSettings::TimeDisplay::Relative);
        settings.setBackupCount(LibraryBackups::defaultKeep);
        settings.setConfirmOpeningLinks(true);
    }

    void dialogWritesSettingsAndAppliesThemeLive()
    {
        ThemeSwitcher theme;
        theme.setTheme(ThemeSwitcher::Theme::Light);
        PreferencesDialog dialog(theme, m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
        auto *themeBox = dialog.findChild<QComboBox *>(QStringLiteral("themeBox"));
        auto *sizeBox = dialog.findChild<QSpinBox *>(QStringLiteral("sizeBox"));
        auto *timeBox = dialog.findChild<QComboBox *>(QStringLiteral("timeBox"));
        auto *languageBox = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
        auto *backupBox = dialog.findChild<QSpinBox *>(QStringLiteral("backupBox"));
        auto *linksBox = dialog.findChild<QCheckBox *>(QStringLiteral("confirmLinksBox"));
        auto *colorBox = dialog.findChild<QComboBox *>(QStringLiteral("defaultColorBox"));
        auto *blueName = dialog.findChild<QLineEdit *>(QStringLiteral("colorName_blue"));
        QVERIFY(themeBox && sizeBox && timeBox && languageBox && backupBox && linksBox &&
                colorBox && blueName);

        themeBox->setCurrentIndex(themeBox->findData(int(ThemeSwitcher::Theme::Dark)));
        QCOMPARE(theme.theme(), ThemeSwitcher::Theme::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("Dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);

        QSignalSpy style(&AppSettings::instance(), &AppSettings::readingStyleChanged);
        sizeBox->setValue(22);
        QCOMPARE(AppSettings::instance().readingFontSize(), 22);
        timeBox->setCurrentIndex(timeBox->findData(int(AppSettings::TimeDisplay::Absolute)));
        QCOMPARE(AppSettings::instance().timeDisplay(), AppSettings::TimeDisplay::Absolute);
        QCOMPARE(style.count(), 2);
        // Mark read after: the default delay shown, 0 is "only when passed", kept in seconds.
        auto *readAfterBox = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("readAfterBox"));
        QVERIFY(readAfterBox);
        QCOMPARE(readAfterBox->value(), AppSettings::defaultMarkReadAfterSeconds);
        readAfterBox->setValue(0);
        QCOMPARE(readAfterBox->text(), readAfterBox->specialValueText());
        QCOMPARE(AppSettings::instance().markReadAfterSeconds(), 0.0);
        readAfterBox->setValue(4.5);
        QCOMPARE(QSettings().value(QStringLiteral("reading/markReadAfterSeconds")).toDouble(), 4.5);
        QCOMPARE(style.count(), 4);

        languageBox->setCurrentIndex(languageBox->findData(QStringLiteral("de")));
        QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(),
                 QStringLiteral("de"));
        backupBox->setValue(4);
        QCOMPARE(AppSettings::instance().backupCount(), 4);
        linksBox->setChecked(false);
        QVERIFY(!AppSettings::instance().confirmOpeningLinks());
        colorBox->setCurrentIndex(colorBox->findData(QStringLiteral("green")));
        QCOMPARE(HighlightPalette::defaultColorName(), QStringLiteral("green"));
        blueName->setText(QStringLiteral("Counter-argument"));
        emit blueName->editingFinished();
        QCOMPARE(HighlightPalette::label(QStringLiteral("blue")),
                 QStringLiteral("Counter-argument"));
        QCOMPARE(colorBox->itemText(colorBox->findData(QStringLiteral("blue"))),
                 QStringLiteral("Counter-argument"));

        // The library given with its own path (as --db) is not moved from here.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("moveButton"))->isEnabled());

        theme.setTheme(ThemeSwitcher::Theme::Light);
        QSettings().clear();
        AppSettings::instance().applyHighlightPalette();
    }

    void threadViewFollowsReadingStyleLive()
    {
        const QString path = makeLibrary(m_dir.filePath(QStringLiteral("view.sqlite")));
        QVERIFY(!path.isEmpty());
        auto store = Library::open(path);
        QVERIFY(store.ok());
        ThreadView view(**store);
        view.resize(900, 700);
        view.show();
        QVERIFY(ThreadViewTesting::open(view, 1));
        const QString fontSize = QStringLiteral("getComputedStyle(document.body).fontSize");
        QCOMPARE(evaluate(view, fontSize).toString(), QStringLiteral("15px"));
        const QString firstTime = QStringLiteral(
            "getComputedStyle(document.querySelector('article.comment time'), '::after').content");
        QCOMPARE(evaluate(view, firstTime).toString(), QStringLiteral("none"));

        AppSettings::instance().setReadingFont(QStringLiteral("DejaVu Serif"), 21);
        AppSettings::instance().setTimeDisplay(AppSettings::TimeDisplay::Absolute);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(view, fontSize).toString(), QStringLiteral("21px"),
                                  20000);
        QVERIFY(evaluate(view, QStringLiteral("getComputedStyle(document.body).fontFamily"))
                    .toString()
                    .startsWith(QStringLiteral("\"DejaVu Serif\"")));
        QVERIFY(evaluate(view, firstTime).toString().contains(QStringLiteral("UTC")));

        // A page loaded afterwards has the style from its first paint.
        QVERIFY(ThreadViewTesting::open(view, 1));
        QCOMPARE(evaluate(view, fontSize).toString(), QStringLiteral("21px"));
        QCOMPARE(evaluate(view, QStringLiteral("document.documentElement.dataset.time")).toString(),
                 QStringLiteral("absolute"));

        AppSettings::instance().setReadingFont({}, AppSettings::defaultReadingFontSize);
        AppSettings::instance().setTimeDisplay(AppSettings::TimeDisplay::Relative);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(view, fontSize).toString(), QStringLiteral("15px"),
                                  20000);
    }

    void backupCountIsHonouredByPruning()
    {
        const QString path = makeLibrary(m_dir.filePath(QStringLiteral("backed/library.sqlite")));
        QVERIFY(!path.isEmpty());
        // Five old daily backups, the newest two days old, so a new one is due.
        {
            auto store = Library::open(path);
            QVERIFY(store.ok());
            const LibraryBackups backups(path);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int day = 2; day < 7; ++day)
                QVERIFY((*store)->backUp(QStringLiteral("daily"), now.addDays(-day)).ok());
            QCOMPARE(int(backups.list().size()), 5);
        }
        AppSettings::instance().setBackupCount(3);
        {
            DailyBackup daily(path);
            daily.startAfter(0);
            QTRY_VERIFY_WITH_TIMEOUT(!LibraryBackups(path).dailyBackupDue(), 30000);
        } // waits for the backup and its pruning
        const auto left = LibraryBackups(path).list();
        QCOMPARE(int(left.size()), 3);
        QVERIFY(left.front().time.secsTo(QDateTime::currentDateTimeUtc()) <
                3600); // the new one stays
        AppSettings::instance().setBackupCount(LibraryBackups::defaultKeep);
    }

    void movingKeepsThreadsAndAnnotations()
    {
        qint64 annotationId = 0;
        const QString path =
            makeLibrary(m_dir.filePath(QStringLiteral("old/library.sqlite")), &annotationId);
        QVERIFY(!path.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("new place"));
        const std::size_t comments =
            Library::open(path).value()->threads().loadThread(1).value().comments.size();

        // A folder that already holds a library is refused, and nothing is touched.
        QVERIFY(QDir().mkpath(folder));
        QFile occupied(QDir(folder).filePath(QStringLiteral("library.sqlite")));
        QVERIFY(occupied.open(QIODevice::WriteOnly));
        occupied.write("someone else's");
        occupied.close();
        QVERIFY(!LibraryMover::copyTo(path, folder).ok());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(occupied.fileName()).size(), qint64(14));
        QVERIFY(occupied.remove());

        // The copy is made and checked while the old file stays.
        auto copied = LibraryMover::copyTo(path, folder);
        QVERIFY2(copied.ok(), qPrintable(copied ? QString() : copied.error().toString()));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(*copied + QStringLiteral(".partial")));
        QVERIFY(QFile::remove(*copied));

        // The whole move, as the window does it between two sessions.
        const QString moved = LibraryRelocation::move(path, folder);
        QCOMPARE(moved, QDir(folder).filePath(QStringLiteral("library.sqlite")));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(DatabaseLocation::chosenPath(), moved);
        auto store = Library::open(moved);
        QVERIFY(store.ok());
        QCOMPARE((*store)->threads().threadCount().value(), 1);
        QCOMPARE((*store)->threads().loadThread(1).value().comments.size(), comments);
        auto annotation = (*store)->annotations().annotation(annotationId);
        QVERIFY(annotation.ok());
        QCOMPARE(annotation->note, QStringLiteral("kept across the move"));
        DatabaseLocation::setChosenPath({});
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestPreferences>(argc, argv, "tst_preferences");
}

#include "tst_preferences.moc"
