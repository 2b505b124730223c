#include "threadpage.h"

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
        const auto answer = QMessageBox::question(
            QWebEngineView::forPage(this), tr("Open link"),
            tr("Open this link in your web browser?\n\n%1").arg(url.toDisplayString()),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Open)
            QDesktopServices::openUrl(url);
    }
    return false;
}

} // namespace Scholia
