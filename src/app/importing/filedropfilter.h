#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace Scholia {

// Takes local files and web addresses dropped anywhere on one window, including on
// children that handle drops themselves (the thread view's web engine would otherwise
// open the file, or load the page).
class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    // Watches the application's events for drags over window; parented to it.
    explicit FileDropFilter(QWidget *window);

    // The local files (or folders) a drag carries; empty when it carries none.
    static QStringList localPaths(const QMimeData *mime);
    // The http(s) addresses a drag carries (links dragged from a browser); empty when none.
    static QStringList webAddresses(const QMimeData *mime);

signals:
    void filesDropped(const QStringList &paths);
    void addressesDropped(const QStringList &addresses);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace Scholia
