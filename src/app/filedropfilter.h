#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Scholia {

// Takes local files dropped anywhere on one window, including on children that handle
// drops themselves (the thread view's web engine would otherwise open the file).
class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    // Watches the application's events for drags over window; parented to it.
    explicit FileDropFilter(QWidget *window);

    // The local files (or folders) a drag carries; empty when it carries none.
    static QStringList localPaths(const QMimeData *mime);

signals:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace Scholia
