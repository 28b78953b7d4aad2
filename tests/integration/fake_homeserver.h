#pragma once
// A MOCK homeserver, used only for what a real Synapse cannot do on demand: answer
// with hostile bodies (huge, deeply nested, wrongly typed) or drop the connection in
// the middle of a reply. One response per connection (Connection: close).
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

namespace nb::testing {

class FakeHomeserver : public QObject {
public:
    // Given the request path (without query), write a reply to the socket. The socket
    // is closed afterwards unless the handler took over (returns false).
    using Handler = std::function<bool(const QByteArray& path, QTcpSocket* socket)>;

    explicit FakeHomeserver(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    static void reply(QTcpSocket* socket, int status, const QByteArray& body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status)
            + " X\r\nContent-Type: application/json\r\n"
              "Connection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n");
        socket->write(body);
    }

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        const qsizetype lengthAt = head.toLower().indexOf("content-length:");
        const qsizetype bodyLength = lengthAt < 0
            ? 0
            : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + bodyLength)
            return;
        QByteArray path = head.split(' ').value(1);
        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
        m_buffers.remove(socket);
        if (m_handler(path, socket)) {
            socket->flush();
            socket->disconnectFromHost();
        }
    }

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace nb::testing
