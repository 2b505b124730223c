#include "threadpage.h"

#include "app/settings/appsettings.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QMessageBox>
#include <QWebEngineView>

namespace Scholia {

bool ThreadPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame)
    if (url.scheme() == QLatin1String("scholia"))
        return type != NavigationTypeLinkClicked || url.host() == QLatin1String("thread");
    if (type == NavigationTypeLinkClicked
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto"))) {
        AppSettings &settings = AppSettings::instance();
        if (!settings.confirmOpeningLinks()) {
            QDesktopServices::openUrl(url);
            return false;
        }
        QMessageBox ask(QMessageBox::Question, tr("Open link"),
                        tr("Open this link in your web browser?\n\n%1").arg(url.toDisplayString()),
                        QMessageBox::Open | QMessageBox::Cancel, QWebEngineView::forPage(this));
        ask.setDefaultButton(QMessageBox::Cancel);
        // The same choice as Preferences ▸ "Ask before opening links".
        auto *dontAsk = new QCheckBox(tr("&Do not ask again"), &ask);
        ask.setCheckBox(dontAsk);
        if (ask.exec() == QMessageBox::Open) {
            if (dontAsk->isChecked())
                settings.setConfirmOpeningLinks(false);
            QDesktopServices::openUrl(url);
        }
    }
    return false;
}

} // namespace Scholia
