// Accessibility (issue 10, part 6): every widget that can take keyboard focus — in the main
// window with all its panes and in the Preferences dialog — tells a screen reader what it
// is: an accessible name, its own text (buttons), or a label whose buddy it is.

#include "app/aboutdialog.h"
#include "app/annotating/tagsdialog.h"
#include "app/annotating/threadtagsdialog.h"
#include "app/export/exportdialog.h"
#include "app/importing/importbatchreport.h"
#include "app/importing/importreportdialog.h"
#include "app/library/backupsdialog.h"
#include "app/library/samplelibrary.h"
#include "app/mainwindow.h"
#include "app/settings/preferencesdialog.h"
#include "app/settings/themeswitcher.h"
#include "library/libraryeditor.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "threadview/threadviewtesting.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDockWidget>
#include <QLabel>
#include <QTemporaryDir>
#include <QWebEngineView>
#include <algorithm>

using namespace Scholia;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    // Widgets that take focus and give a screen reader nothing to say, by class and object name.
    static QStringList unnamedFocusable(QWidget &top)
    {
        QSet<const QWidget *> labelled;
        for (const QLabel *label : top.findChildren<QLabel *>())
            if (label->buddy() && !label->text().isEmpty())
                labelled.insert(label->buddy());
        QStringList missing;
        for (QWidget *widget : top.findChildren<QWidget *>()) {
            // Popups (a combo box's list) are windows of their own, named by their owner.
            if (widget->focusPolicy() == Qt::NoFocus || widget->window() != &top)
                continue;
            // Chromium's own render widget inside the thread view: the view carries the name.
            if (qobject_cast<QWebEngineView *>(widget->parentWidget()) ||
                widget->inherits("QtWebEngineCore::RenderWidgetHostViewQtDelegateWidget"))
                continue;
            // A spin box's or combo box's inner line edit is announced as the box.
            if (widget->focusProxy() ||
                (widget->parentWidget() && widget->parentWidget()->focusProxy() == widget))
                continue;
            if (!widget->accessibleName().isEmpty() || labelled.contains(widget))
                continue;
            // What a screen reader is told: a label's own text, for one.
            if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                accessible && !accessible->text(QAccessible::Name).isEmpty())
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget);
                button && !button->text().remove(QLatin1Char('&')).isEmpty())
                continue;
            missing << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(),
                                widget->parentWidget()
                                    ? QString::fromLatin1(
                                          widget->parentWidget()->metaObject()->className())
                                    : QString());
        }
        return missing;
    }

private slots:
    void everyFocusableWidgetIsNamed()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        QVERIFY(SampleLibrary::installIfEmpty(**store).ok());
        MainWindow window(**store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show(); // the Topics pane too
        const QStringList missing = unnamedFocusable(window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    // The dialogs, including those made from ui/*.ui forms.
    void dialogsAreNamed()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        LibraryEditor controller(**store);
        ThemeSwitcher theme;
        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.push_back(std::make_unique<PreferencesDialog>(theme, (*store)->path()));
        dialogs.push_back(std::make_unique<AboutDialog>((*store)->path()));
        dialogs.push_back(std::make_unique<BackupsDialog>(**store));
        dialogs.push_back(
            std::make_unique<ExportDialog>(QStringLiteral("A thread"), true, QStringLiteral("c1")));
        dialogs.push_back(std::make_unique<TagsDialog>(**store, controller));
        dialogs.push_back(
            std::make_unique<ThreadTagsDialog>(**store, QStringLiteral("A thread"), QStringList{}));
        ImportBatchReport report(2);
        FileImportResult warned;
        warned.path = QStringLiteral("/saved/thread.html");
        warned.warnings << QStringLiteral("skipped 2 items");
        report.add(warned);
        FileImportResult broken;
        broken.path = QStringLiteral("/saved/broken.json");
        broken.error = Error::of(QStringLiteral("not a thread"));
        report.add(broken);
        auto importReport = std::make_unique<ImportReportDialog>(report);
        importReport->setDetailsShown(true);
        dialogs.push_back(std::move(importReport));
        for (const auto &dialog : dialogs) {
            const QStringList missing = unnamedFocusable(*dialog);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) +
                                QLatin1Char('\n') + missing.join(QLatin1Char('\n'))));
        }
    }

    // The panes themselves are named, so a screen reader says where the focus went.
    void panesAreNamed()
    {
        QTemporaryDir dir;
        auto store = Library::open(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(store.ok());
        MainWindow window(**store);
        for (const char *pane :
             {"Scholia::LibraryPane", "Scholia::ThreadView", "Scholia::NotesPane",
              "Scholia::SearchPane", "Scholia::TopicsPane"}) {
            const auto found = window.findChildren<QWidget *>();
            const auto it = std::find_if(found.begin(), found.end(),
                                         [&](QWidget *w) { return w->inherits(pane); });
            QVERIFY2(it != found.end(), pane);
            QVERIFY2(!(*it)->accessibleName().isEmpty(), pane);
        }
    }
};

int main(int argc, char **argv)
{
    return ThreadViewTesting::run<TestAccessibility>(argc, argv, "tst_accessibility");
}

#include "tst_accessibility.moc"
