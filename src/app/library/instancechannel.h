#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Scholia {

// One window per library: the window listens on a local socket named after the library's
// canonical path (so two libraries each have their own window), and a later `scholia` or
// `scholia FILE…` on the same library hands its files over instead of opening a second
// window that would write to the same file.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(const QString &libraryPath, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // The socket name for a library: the same for every spelling of its path, and per user.
    static QString serverName(const QString &libraryPath);

    // Sends absolute file paths (maybe none: then the window only comes to the front) to
    // the window already open on the library. True once that window confirmed it has them;
    // false when no window answers (none open, or a socket left by one that crashed).
    bool handOver(const QStringList &files) const;
    // Starts answering later processes. Call after handOver() found no window: a socket
    // file left behind by a crashed window is removed first.
    bool listen();

signals:
    // A later process handed these over (absolute paths; empty: just come to the front).
    void filesReceived(const QStringList &files);

private:
    void readHandOver();

    QString m_name;
    QLocalServer *m_server;
};

} // namespace Scholia
