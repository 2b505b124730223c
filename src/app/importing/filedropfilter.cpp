#include "filedropfilter.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace Scholia {

FileDropFilter::FileDropFilter(QWidget *window) : QObject(window), m_window(window)
{
    // An application filter, not one on the window: a drag is delivered to the widget
    // under the cursor, and children such as the web view accept drags themselves, so a
    // filter on the window alone would never see them. The window must accept drops for
    // Qt to deliver drags to it (and to children that do not accept them) at all.
    m_window->setAcceptDrops(true);
    QCoreApplication::instance()->installEventFilter(this);
}

QStringList FileDropFilter::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

QStringList FileDropFilter::webAddresses(const QMimeData *mime)
{
    QStringList addresses;
    if (!mime)
        return addresses;
    const auto isWeb = [](const QUrl &url) {
        return url.isValid() &&
               (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    };
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (isWeb(url))
                addresses << url.toString();
        }
    } else if (mime->hasText()) {
        const QUrl url(mime->text().trimmed(), QUrl::StrictMode);
        if (isWeb(url) && !url.host().isEmpty())
            addresses << url.toString();
    }
    return addresses;
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    if (!watched->isWidgetType() || static_cast<QWidget *>(watched)->window() != m_window)
        return false;
    auto *drop =
        static_cast<QDropEvent *>(event); // QDragEnterEvent and QDragMoveEvent are QDropEvents
    const QStringList paths = localPaths(drop->mimeData());
    const QStringList addresses = paths.isEmpty() ? webAddresses(drop->mimeData()) : QStringList();
    if (paths.isEmpty() && addresses.isEmpty())
        return false;
    // Importing copies; the file manager must not delete the file after a "move".
    if (drop->possibleActions() & Qt::CopyAction)
        drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop && !paths.isEmpty())
        emit filesDropped(paths);
    else if (type == QEvent::Drop)
        emit addressesDropped(addresses);
    return true;
}

} // namespace Scholia
