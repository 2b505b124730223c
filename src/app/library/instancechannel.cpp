#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace Scholia {

namespace {
// Generous: the first window may still be starting (it listens before its window exists)
// or busy, and a second, read-only window would be worse than a slow hand-over.
constexpr int connectTimeoutMs = 2000;
constexpr int answerTimeoutMs = 30000;
constexpr char received = 'K';

// The library file may not exist yet (first start), its folder may not either.
QString canonicalLibraryPath(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}
} // namespace

InstanceChannel::InstanceChannel(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_name(serverName(libraryPath)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // no other user may send files
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::readHandOver);
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString &libraryPath)
{
    // Sockets live in one shared temporary folder: the home folder keeps users apart.
    const QByteArray key =
        (QDir::homePath() + QLatin1Char('\n') + canonicalLibraryPath(libraryPath)).toUtf8();
    return QStringLiteral("scholia-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20));
}

bool InstanceChannel::handOver(const QStringList &files) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << files;
    socket.write(message);
    socket.flush();
    if (socket.bytesToWrite() > 0 && !socket.waitForBytesWritten(answerTimeoutMs))
        return false;
    while (socket.bytesAvailable() == 0) {
        if (!socket.waitForReadyRead(answerTimeoutMs))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == received;
}

bool InstanceChannel::listen()
{
    if (m_server->isListening())
        return true;
    if (m_server->listen(m_name))
        return true;
    // Nobody answered handOver(), so the socket is a dead window's.
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

void InstanceChannel::readHandOver()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // The list may arrive in pieces: read it once it is whole.
        auto read = [this, socket] {
            QDataStream in(socket);
            in.startTransaction();
            QStringList files;
            in >> files;
            if (!in.commitTransaction())
                return;
            socket->putChar(received);
            socket->flush();
            emit filesReceived(files);
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        if (socket->bytesAvailable() > 0)
            read();
    }
}

} // namespace Scholia
