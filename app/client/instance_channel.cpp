#include "instance_channel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>

namespace nb {

namespace {
const QByteArray kShow = "show\n";
const QByteArray kShown = "shown\n";
// sun_path holds 108 bytes on Linux (104 on the BSDs and macOS).
constexpr int kMaxSocketPath = 100;
} // namespace

InstanceChannel::InstanceChannel(const QString& profileDir, QObject* parent)
    : QObject(parent)
    , m_path(socketPath(profileDir))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine(64) == kShow) {
                    emit showRequested();
                    socket->write(kShown);
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

QString InstanceChannel::socketPath(const QString& profileDir)
{
    const QString inProfile = QDir(QFileInfo(profileDir).absoluteFilePath()).filePath(QStringLiteral("instance.sock"));
    if (QFile::encodeName(inProfile).size() <= kMaxSocketPath)
        return inProfile;
    // $XDG_RUNTIME_DIR is the user's own (0700); Qt falls back to a private folder of its own.
    const QByteArray hash = QCryptographicHash::hash(
        QFile::encodeName(QFileInfo(profileDir).absoluteFilePath()), QCryptographicHash::Sha256)
                                .toHex()
                                .left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
        .filePath(QStringLiteral("noticeboard-%1.sock").arg(QString::fromLatin1(hash)));
}

bool InstanceChannel::listen(QString* error)
{
    // We hold the profile lock: a socket file still there was left by a process that is gone.
    QLocalServer::removeServer(m_path);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_path))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

bool InstanceChannel::askToShow(const QString& profileDir, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath(profileDir));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kShow);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine(64) == kShown;
}

} // namespace nb
