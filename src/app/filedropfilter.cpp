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
    if (paths.isEmpty())
        return false;
    // Importing copies; the file manager must not delete the file after a "move".
    if (drop->possibleActions() & Qt::CopyAction)
        drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop)
        emit filesDropped(paths);
    return true;
}

} // namespace Scholia
