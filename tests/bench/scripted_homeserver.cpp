// A MOCK homeserver for the 100,000-recipient benchmark and the user-list paging test;
// why a mock and what it answers: scripted_homeserver.h.
#include "scripted_homeserver.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace nb::bench {

using json = nlohmann::json;

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

QString marker(const json& content)
{
    const auto it = content.find("io.noticeboard.delivery");
    return it != content.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

ScriptedHomeserver::ScriptedHomeserver(int users, Paging paging, QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_paging(paging)
{
    listen(new QTcpServer(this));
}

void ScriptedHomeserver::listen(QTcpServer* server)
{
    delete m_server;
    m_server = server;
    m_server->listen(QHostAddress::LocalHost);
    auto accept = [this, server] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    };
    connect(m_server, &QTcpServer::newConnection, this, accept);
    // A QSslServer hands a connection over once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, accept);
}

bool ScriptedHomeserver::serveTls(const QString& certificateFile, const QString& keyFile)
{
    QFile certificate(certificateFile), key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    if (configuration.localCertificate().isNull() || configuration.privateKey().isNull())
        return false;
    auto* server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_tls = true;
    listen(server);
    return m_server->isListening();
}

ScriptedHomeserver::~ScriptedHomeserver() = default;

QUrl ScriptedHomeserver::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_server->serverPort()));
}

void ScriptedHomeserver::onData(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Keep-alive: one connection carries request after request.
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        const qsizetype at = head.toLower().indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> line = head.left(head.indexOf('\r')).split(' ');
        const QUrl target = QUrl::fromEncoded(line.value(1));
        Request request;
        request.verb = line.value(0);
        request.path = target.path(QUrl::FullyDecoded);
        const QUrlQuery query(target);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
            request.query.insert(key, value);
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(request, socket);
    }
}

void ScriptedHomeserver::reply(QTcpSocket* socket, int status, const json& body)
{
    const QByteArray data = QByteArray::fromStdString(body.dump());
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(data.size()) + "\r\n\r\n" + data);
}

json ScriptedHomeserver::event(const QString& id, const json& content)
{
    return {{"event_id", s(id)}, {"type", "m.room.message"}, {"sender", "@admin:bench"},
        {"origin_server_ts", QDateTime::currentMSecsSinceEpoch()}, {"content", content}};
}

void ScriptedHomeserver::handle(const Request& request, QTcpSocket* socket)
{
    const QStringList part = request.path.split(QLatin1Char('/'));
    const QString& path = request.path;
    const bool get = request.verb == "GET";
    auto body = [&] {
        return json::parse(request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
    };
    auto newEventId = [this] { return QStringLiteral("$e%1").arg(++m_nextEvent); };

    if (get && path == QLatin1String("/_matrix/client/versions")) {
        reply(socket, 200, {{"versions", {"v1.1", "v1.5", "v1.11", "v1.12"}}, {"unstable_features", json::object()}});
    } else if (get && path == QLatin1String("/_matrix/client/v3/account/whoami")) {
        reply(socket, 200, {{"user_id", s(admin())}, {"device_id", "BENCH"}});
    } else if (get && path.startsWith(QLatin1String("/_synapse/admin/v1/users/"))
        && path.endsWith(QLatin1String("/admin"))) {
        reply(socket, 200, {{"admin", part.value(5) == admin()}});
    } else if (get && path == QLatin1String("/_synapse/admin/v2/users")) {
        userPage(request, socket);
    } else if (get && path.startsWith(QLatin1String("/_synapse/admin/v2/users/"))) {
        const QString user = part.value(5);
        const int n = user.startsWith(QLatin1String("@user")) ? user.mid(5).section(QLatin1Char(':'), 0, 0).toInt() : 0;
        if (n >= 1 && n <= m_users)
            reply(socket, 200, {{"name", s(user)}, {"deactivated", false}, {"admin", false}});
        else
            reply(socket, 404, {{"errcode", "M_NOT_FOUND"}, {"error", "User not found"}});
    } else if (request.verb == "PUT" && path.startsWith(QLatin1String("/_synapse/admin/v1/send_server_notice/"))) {
        const QString txn = part.value(5);
        QString id = m_noticeTxns.value(txn);
        if (id.isEmpty()) {
            const json request = body();
            const QString user = QString::fromStdString(request.value("user_id", std::string()));
            id = newEventId();
            m_noticeTxns.insert(txn, id);
            m_notices.insert(user, event(id, request.value("content", json::object())));
        }
        reply(socket, 200, {{"event_id", s(id)}});
    } else if (get && path.startsWith(QLatin1String("/_synapse/admin/v1/users/"))
        && path.endsWith(QLatin1String("/memberships"))) {
        reply(socket, 200, {{"memberships", {{s(QStringLiteral("!notices-") + part.value(5)), "join"}}}});
    } else if (get && path.startsWith(QLatin1String("/_synapse/admin/v1/rooms/"))
        && path.endsWith(QLatin1String("/messages"))) {
        const QString user = part.value(5).mid(int(qstrlen("!notices-")));
        json chunk = json::array();
        if (m_notices.contains(user))
            chunk.push_back(m_notices.value(user));
        reply(socket, 200, {{"chunk", chunk}});
    } else if (request.verb == "POST" && path == QLatin1String("/_matrix/client/v3/createRoom")) {
        const json request = body();
        const QString id = QStringLiteral("!r%1:bench").arg(m_roomOrder.size() + 1);
        Room room;
        if (request.contains("invite") && request["invite"].is_array() && !request["invite"].empty())
            room.invitee = QString::fromStdString(request["invite"][0].get<std::string>());
        if (request.contains("creation_content"))
            room.marker = s(marker(request["creation_content"]));
        m_rooms.insert(id, room);
        m_roomOrder << id;
        reply(socket, 200, {{"room_id", s(id)}});
    } else if (request.verb == "PUT" && path.startsWith(QLatin1String("/_matrix/client/v3/rooms/"))
        && part.value(6) == QLatin1String("send")) {
        const QString roomId = part.value(5);
        if (!m_rooms.contains(roomId)) {
            reply(socket, 404, {{"errcode", "M_NOT_FOUND"}, {"error", "No such room"}});
            return;
        }
        const QString key = roomId + QLatin1Char('/') + part.value(8);
        QString id = m_roomTxns.value(key);
        if (id.isEmpty()) {
            id = newEventId();
            m_roomTxns.insert(key, id);
            m_rooms[roomId].events.push_back(event(id, body().value("content", json::object())));
        }
        reply(socket, 200, {{"event_id", s(id)}});
    } else if (get && path == QLatin1String("/_matrix/client/v3/joined_rooms")) {
        json rooms = json::array();
        for (const QString& room : std::as_const(m_roomOrder))
            rooms.push_back(s(room));
        reply(socket, 200, {{"joined_rooms", rooms}});
    } else if (get && path.startsWith(QLatin1String("/_matrix/client/v3/rooms/"))
        && part.value(6) == QLatin1String("state")) {
        const auto room = m_rooms.constFind(part.value(5));
        if (room == m_rooms.cend()) {
            reply(socket, 403, {{"errcode", "M_FORBIDDEN"}, {"error", "Not in room"}});
        } else if (part.value(7) == QLatin1String("m.room.create")) {
            reply(socket, 200,
                {{"creator", s(admin())}, {"room_version", "10"}, {"io.noticeboard.delivery", room->marker}});
        } else if (part.value(7) == QLatin1String("m.room.member") && part.value(8) == room->invitee) {
            reply(socket, 200, {{"membership", "invite"}});
        } else {
            reply(socket, 404, {{"errcode", "M_NOT_FOUND"}, {"error", "Event not found"}});
        }
    } else if (get && path.startsWith(QLatin1String("/_matrix/client/v3/rooms/"))
        && part.value(6) == QLatin1String("messages")) {
        json chunk = json::array();
        const json events = m_rooms.value(part.value(5)).events;
        for (auto it = events.crbegin(); it != events.crend(); ++it)
            chunk.push_back(*it);
        reply(socket, 200, {{"chunk", chunk}});
    } else {
        reply(socket, 404, {{"errcode", "M_UNRECOGNIZED"}, {"error", "Unrecognized request"}});
    }
}

void ScriptedHomeserver::userPage(const Request& request, QTcpSocket* socket)
{
    ++m_userListRequests;
    const QString from = request.query.value(QStringLiteral("from"));
    const int start = from.toInt();
    const int limit = qBound(1, request.query.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(), 10000);
    json users = json::array();
    for (int i = start; i < qMin(start + limit, m_users); ++i)
        users.push_back({{"name", s(userName(i + 1))}, {"displayname", "User " + std::to_string(i + 1)},
            {"admin", false}, {"deactivated", false}, {"is_guest", false}, {"user_type", nullptr},
            {"shadow_banned", false}, {"locked", false}, {"erased", false}, {"approved", true}, {"avatar_url", nullptr},
            {"creation_ts", 1700000000000LL + i}, {"last_seen_ts", nullptr}});
    json page = {{"users", users}, {"total", m_users}};
    switch (m_paging) {
    case Paging::Offsets:
        if (start + limit < m_users)
            page["next_token"] = std::to_string(start + limit);
        break;
    case Paging::RepeatToken:
        page["next_token"] = from.isEmpty() ? std::to_string(limit) : s(from);
        break;
    case Paging::EndlessEmpty:
        page["next_token"] = std::to_string(start + limit);
        break;
    }
    reply(socket, 200, page);
}

} // namespace nb::bench
