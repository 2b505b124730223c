#include "app/threadview/argumentmappage.h"

namespace Scholia {

bool ArgumentMapPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (url.scheme() != QLatin1String("scholia") || url.host() != QLatin1String("map") || !isMainFrame)
        return false;
    const QString path = url.path();
    const QString jump = QStringLiteral("/jump/ann-");
    if (path.startsWith(jump)) {
        bool isNumber = false;
        const qint64 id = path.mid(jump.size()).toLongLong(&isNumber);
        if (isNumber && id > 0)
            emit nodeActivated(id);
        return false;
    }
    return path == QLatin1String("/page");
}

} // namespace Scholia
