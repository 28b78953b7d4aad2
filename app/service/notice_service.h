#pragma once
// The one object the GUI and noticectl talk to: the session (login, restore,
// logout), the /sync loop feeding the NoticeStore, the trust context, the usage
// limit, and the user's actions on notice rooms with their rules checked first.
#include "matrix/server_versions.h"
#include "notice/account_state.h"
#include "notice/usage_limit.h"
#include "service/action_result.h"
#include "store/notice_store.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace nb {

class HttpTransport;
class MatrixApi;
class SessionStore;
class TokenVault;
class SyncLoop;
struct Session;

struct ServiceOptions {
    QString profileDir; // where session.json, token and the store snapshot live
    QString extraCaFile; // PEM added to the system CAs (NOTICEBOARD_CA_FILE)
    QString deviceDisplayName = QStringLiteral("Noticeboard");
    // A front end that stays running (the app) opens official invites by itself, unless
    // the user turned that off: Synapse's server-notices invite can carry a pinned usage
    // limit that only a member sees. A one-shot tool (noticectl) leaves them as they are.
    bool opensOfficialInvites = false;
};

enum class ConnectionState { LoggedOut, Connecting, Online, Reconnecting };

class NoticeService : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ActionResult)>;

    explicit NoticeService(ServiceOptions options, QObject* parent = nullptr);
    ~NoticeService() override;

    NoticeStore& store() { return *m_store; }
    const NoticeStore& store() const { return *m_store; }

    // --- session
    // Loads the saved session and token. Done: ok when a session was restored.
    void restoreSession(Done done);
    // `user` is a Matrix ID (@alice:example.org, server found via .well-known) or a
    // bare user name, in which case `homeserver` (URL or server name) is required.
    void login(const QString& user, const QString& homeserver, const QString& password, Done done);
    void logout(Done done);
    bool isLoggedIn() const;
    QString userId() const;
    QUrl homeserver() const;
    QString tokenStorageDescription() const;

    // --- sync
    void startSync(); // long-poll loop with backoff; state via connectionStateChanged
    void stopSync();
    void syncOnce(Done done); // one sync from the saved token (noticectl)
    ConnectionState connectionState() const { return m_connectionState; }
    bool serverSupportsMsc4279() const;

    // The active usage limit: a pinned notice in an official room, else the last
    // M_RESOURCE_LIMIT_EXCEEDED error still in force.
    std::optional<UsageLimit> usageLimit() const;
    // What the server last said about this account (terms of service to accept, suspended,
    // locked), kept in the profile until a request shows it no longer holds
    // (AccountState isLiftedBy); nullopt when nothing is known against it.
    std::optional<AccountState> accountState() const;

    // For the admin console and campaigns, which act with the same session.
    MatrixApi& api();
    HttpTransport& transport();
    // What /versions said at the last restore or login; nullopt if it was not reachable.
    std::optional<ServerVersions> serverVersions() const;
    QString profileDir() const;

    // The administrators the server publishes in /.well-known/matrix/support (m.role.admin),
    // as read at the last login or restore.
    QStringList supportAdmins() const;

    // User-added trusted notice senders (settings); persisted in the profile.
    QStringList trustedSenders() const;
    void setTrustedSenders(const QStringList& senders);
    // Settings: open official invites by themselves (ServiceOptions::opensOfficialInvites).
    bool opensOfficialInvites() const;
    void setOpensOfficialInvites(bool open);
    // Settings: "Let the senders see when I have read a notice" (public m.read receipts; off:
    // m.read.private, which keeps the user's own unread counts and shows the sender nothing).
    bool sendsPublicReadReceipts() const;
    void setSendsPublicReadReceipts(bool sendPublic);

    // --- actions on notice rooms
    void accept(const QString& roomId, Done done); // join an invite
    void archive(const QString& roomId, Done done); // leave, only where allowed
    void reject(const QString& roomId, Done done); // unverified invites only
    void forget(const QString& roomId, Done done); // archived rooms only
    void reply(const QString& roomId, const QString& text, Done done);
    // Own read receipt on the newest notice: public or private as the setting says, unless
    // `publicReceipt` says otherwise for this once (noticectl read --private).
    void markRead(const QString& roomId, Done done, std::optional<bool> publicReceipt = std::nullopt);
    // "Load older notices": the next 200 events before what is loaded (NoticeRoom::hasOlder).
    void loadOlderNotices(const QString& roomId);

signals:
    void connectionStateChanged(nb::ConnectionState state, const QString& detail);
    void usageLimitChanged();
    void accountStateChanged();
    // A notice arrived in a notice room (not on the first sync of a session). `eventId`:
    // the notice's event; empty for an invitation (its notice is only seen once joined).
    void noticeArrived(const QString& roomId, const QString& roomName, const QString& body, const QString& eventId);
    // The server no longer accepts the token (logged out elsewhere).
    void sessionEnded(const QString& reason);

private:
    class Private;
    std::unique_ptr<Private> d;
    std::unique_ptr<NoticeStore> m_store;
    ConnectionState m_connectionState = ConnectionState::LoggedOut;
    friend class Private;
};

} // namespace nb
