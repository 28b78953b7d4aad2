#pragma once
// A MOCK homeserver. It exists because a real Synapse cannot do what these measurements
// and tests need: hold 100,000 accounts and answer 100,000 notices instantly (so only the
// client's own cost is measured), or page its user list wrongly on purpose. Everything
// that behaviour depends on is tested against a real Synapse elsewhere; this answers just
// what a campaign asks, in the shapes Synapse 1.160 uses:
//   GET  /_matrix/client/versions, /_matrix/client/v3/account/whoami
//   GET  /_synapse/admin/v1/users/{me}/admin
//   GET  /_synapse/admin/v2/users?from=&limit=   (offset tokens, next_token, total)
//   GET  /_synapse/admin/v2/users/{user}
//   PUT  /_synapse/admin/v1/send_server_notice/{txn}   (deduplicated by txn)
//   GET  /_synapse/admin/v1/users/{user}/memberships, /_synapse/admin/v1/rooms/{room}/messages
//   POST /_matrix/client/v3/createRoom, PUT /_matrix/client/v3/rooms/{room}/send/{type}/{txn}
//   GET  /_matrix/client/v3/joined_rooms, /rooms/{room}/state/{type}/{key}, /rooms/{room}/messages
// HTTP/1.1 with keep-alive, as nginx in front of Synapse speaks it to the app.
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <nlohmann/json.hpp>

class QTcpServer;
class QTcpSocket;

namespace nb::bench {

class ScriptedHomeserver : public QObject {
public:
    // How GET /_synapse/admin/v2/users pages.
    enum class Paging {
        Offsets, // like Synapse: next_token is the offset of the next page, none on the last
        RepeatToken, // from the second page on, the same next_token again and again
        EndlessEmpty, // after the last user, empty pages with ever new tokens
    };

    // `users` accounts @user1:bench .. @user<users>:bench, all ordinary.
    explicit ScriptedHomeserver(int users, Paging paging = Paging::Offsets, QObject* parent = nullptr);
    ~ScriptedHomeserver() override;

    // Serves HTTPS instead, on a new port, with this certificate and key (PEM files): the
    // transport as production has it (Qt reads a plain-HTTP answer's headers one byte per
    // read(); through TLS it reads them from its decrypted buffer).
    bool serveTls(const QString& certificateFile, const QString& keyFile);
    QUrl url() const;
    QString serverName() const { return QStringLiteral("bench"); }
    QString admin() const { return QStringLiteral("@admin:bench"); }
    static QString userName(int i) { return QStringLiteral("@user%1:bench").arg(i); }

    int userListRequests() const { return m_userListRequests; }
    int noticesDelivered() const { return int(m_notices.size()); }

private:
    struct Request {
        QByteArray verb;
        QString path; // decoded
        QHash<QString, QString> query;
        QByteArray body;
    };
    struct Room {
        QString invitee;
        std::string marker;
        nlohmann::json events = nlohmann::json::array(); // oldest first
    };

    void onData(QTcpSocket* socket);
    void handle(const Request& request, QTcpSocket* socket);
    void userPage(const Request& request, QTcpSocket* socket);
    static void reply(QTcpSocket* socket, int status, const nlohmann::json& body);
    static nlohmann::json event(const QString& id, const nlohmann::json& content);

    int m_users;
    Paging m_paging;
    void listen(QTcpServer* server);
    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_userListRequests = 0;
    qint64 m_nextEvent = 0;
    QHash<QString, QString> m_noticeTxns; // txn -> event ID (server notices)
    QHash<QString, nlohmann::json> m_notices; // user -> the server notice they got
    QHash<QString, QString> m_roomTxns; // room + txn -> event ID
    QHash<QString, Room> m_rooms;
    QStringList m_roomOrder;
};

} // namespace nb::bench
