#pragma once
// One function per Matrix endpoint, each with a typed result delivered once through a
// callback. Built on HttpTransport (not owned: several APIs and discovery can share
// one). Requests carry the access token only to the configured homeserver.
#include "api_types.h"
#include "http_transport.h"
#include "matrix/server_versions.h"
#include "request_failure.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

namespace nb {

// One page of GET /rooms/{roomId}/messages: events in the order asked for, and the token
// to continue from (empty at the end of the room's history).
struct MessagesPage {
    nlohmann::json chunk = nlohmann::json::array();
    QString end;
};

class MatrixApi : public QObject {
    Q_OBJECT
public:
    template<class T> using Callback = std::function<void(Result<T>)>;
    // abort() it to cancel (the callback then gets Kind::Cancelled); null once done.
    using Pending = QPointer<QNetworkReply>;
    using Query = std::vector<std::pair<QByteArray, QString>>;

    explicit MatrixApi(HttpTransport& transport, QObject* parent = nullptr);

    void setHomeserver(const QUrl& baseUrl);
    QUrl homeserver() const { return m_homeserver; }
    void setAccessToken(const QString& token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }

    // Random, unique within and across runs; only [A-Za-z0-9.-].
    static QString generateTransactionId();

    // --- client-server API (v3) ---
    Pending versions(Callback<ServerVersions> done);
    // `user`: localpart or full user ID.
    Pending loginPassword(const QString& user, const QString& password, const QString& initialDeviceDisplayName,
        Callback<LoginResponse> done);
    Pending logout(Callback<Empty> done);
    Pending whoami(Callback<QString> done);
    // Removes one custom field of the user's own profile (DELETE /v3/profile/{user}/{field},
    // MSC4133, stable in Synapse). Removing a field that was never set changes nothing; Synapse
    // refuses it to a suspended account (M_USER_SUSPENDED) before anything else, which makes
    // it the harmless request that tells whether a suspension still holds.
    Pending deleteProfileField(const QString& userId, const QString& field, Callback<Empty> done);
    // The whole response object (checked to carry next_batch). Empty filter/since: omitted.
    Pending sync(
        const QString& filterJson, const QString& since, int timeoutMs, bool fullState, Callback<nlohmann::json> done);

    // --- rooms ---
    Pending roomTags(const QString& userId, const QString& roomId, Callback<QStringList> done);
    Pending roomEvent(const QString& roomId, const QString& eventId, Callback<nlohmann::json> done);
    Pending roomState(const QString& roomId, Callback<nlohmann::json> done); // array of events
    // Backwards from `from` (dir=b), at most `limit` events matching `filterJson`.
    Pending roomMessagesBackwards(
        const QString& roomId, const QString& from, int limit, const QString& filterJson, Callback<MessagesPage> done);
    Pending stateEvent(const QString& roomId, const QString& type, const QString& stateKey,
        Callback<nlohmann::json> done); // the content
    Pending joinRoom(const QString& roomId, Callback<Empty> done);
    Pending leaveRoom(const QString& roomId, Callback<Empty> done);
    Pending forgetRoom(const QString& roomId, Callback<Empty> done);
    Pending sendMessage(const QString& roomId, const QString& txnId, const nlohmann::json& content,
        Callback<QString> done, const QString& eventType = QStringLiteral("m.room.message"));
    // Withdraws an event (PUT /redact); `reason` may be empty. Gives the redaction's event ID.
    Pending redactEvent(const QString& roomId, const QString& eventId, const QString& txnId, const QString& reason,
        Callback<QString> done);
    // `receiptType` m.read (public: other members see it) or m.read.private (only the user's
    // own devices and unread counts).
    Pending sendReadReceipt(const QString& roomId, const QString& eventId, Callback<Empty> done,
        const QString& receiptType = QStringLiteral("m.read"));
    // m.fully_read and m.read together; an empty readEventId sends only the fully-read marker.
    Pending setReadMarkers(
        const QString& roomId, const QString& fullyReadEventId, const QString& readEventId, Callback<Empty> done);
    Pending sendState(const QString& roomId, const QString& type, const QString& stateKey,
        const nlohmann::json& content, Callback<QString> done);
    Pending createRoom(const nlohmann::json& body, Callback<QString> done); // -> room ID

    // --- media (matrix_api_media.cpp) ---
    // A thumbnail of an mxc:// picture (an avatar), cropped to width x height, through the
    // authenticated media API (GET /_matrix/client/v1/media/thumbnail/{server}/{id}, with the
    // access token, from the user's own homeserver only). The image's bytes, at most
    // maxThumbnailBytes; anything but a well-formed mxc:// URI fails (BadResponse) unsent.
    static constexpr qint64 maxThumbnailBytes = 2 * 1024 * 1024;
    Pending mediaThumbnail(const QString& mxcUri, int width, int height, Callback<QByteArray> done);

    // --- Synapse admin API (needs a server admin's token) ---
    Pending isServerAdmin(const QString& userId, Callback<bool> done);
    // `eventType` empty: m.room.message; `stateKey` set: sent as a state event.
    Pending sendServerNotice(const QString& txnId, const QString& userId, const nlohmann::json& content,
        Callback<QString> done, const QString& eventType = {}, const std::optional<QString>& stateKey = std::nullopt);
    // The user's rate-limit override (GET/POST/DELETE .../users/{user}/override_ratelimit):
    // the object Synapse answers ({} when there is none, else messages_per_second and
    // burst_count; 0/0 exempts the user from every rate limit that names a requester).
    Pending rateLimitOverride(const QString& userId, Callback<nlohmann::json> done);
    Pending setRateLimitOverride(
        const QString& userId, qint64 messagesPerSecond, qint64 burstCount, Callback<Empty> done);
    Pending deleteRateLimitOverride(const QString& userId, Callback<Empty> done);
    // `from` empty: first page. Guests and deactivated users are left out.
    Pending listUsers(const QString& from, int limit, Callback<AdminUserPage> done);

    // The building block the endpoints use; public for endpoints not wrapped yet.
    // `encodedPath` is already percent-encoded (see pathSegment); query values are
    // encoded here. The body must be a JSON object or array, or empty for GET.
    using JsonHandler = std::function<void(Result<nlohmann::json>, const QUrl& url)>;
    // How the body is turned into JSON; empty: the depth-limited general parser.
    using BodyParser = std::function<std::optional<nlohmann::json>(const QByteArray& body, QString* why)>;
    Pending call(const QByteArray& verb, const QByteArray& encodedPath, const Query& query, const QByteArray& body,
        bool authenticated, JsonHandler done, int timeoutMs = -1, BodyParser parser = {});
    static QByteArray pathSegment(const QString& id); // "!a:b" -> "%21a%3Ab"
    QUrl endpointUrl(const QByteArray& encodedPath, const Query& query) const;

private:
    HttpTransport& m_transport;
    QUrl m_homeserver;
    QString m_accessToken;
};

} // namespace nb
