#pragma once
// The facts outside the rooms that decide trust, and that belong to one account on one
// homeserver: what the server said in /versions (MSC4279), the administrators it
// publishes in /.well-known/matrix/support, and the senders the user chose to trust.
//
// They are saved in PROFILE/settings.json under the user ID and homeserver they were
// learned for, so a login as someone else, or on another server, never inherits them,
// and a server that does not answer never lends another server's answer. NoticeService
// turns them into the store's TrustContext in one place (Private::applyTrustContext).
#include "matrix/server_versions.h"
#include "notice/account_state.h"

#include <QStringList>
#include <QUrl>
#include <optional>

namespace nb {

class AccountContext {
public:
    explicit AccountContext(QString profileDir);

    // Restoring a saved session: what was saved for this account, server facts included,
    // so trust decisions hold while the server is unreachable.
    void resume(const QString& userId, const QUrl& homeserver);
    // A new login: the server facts start from nothing and are learned again from the
    // server; the user's own choices for this same account (trusted senders) are kept.
    void beginLogin(const QString& userId, const QUrl& homeserver);
    // Logged out: no account, no facts. What is saved on disk stays.
    void reset();

    bool hasAccount() const { return !m_userId.isEmpty(); }
    QString userId() const { return m_userId; }
    QUrl homeserver() const { return m_homeserver; }

    // This session's /versions answer; nullopt until the server has answered.
    std::optional<ServerVersions> versions() const { return m_versions; }
    void setVersions(const ServerVersions& versions);
    // The server's answer in this session, else the one saved for this same account.
    bool serverAdvertisesMsc4279() const;

    QStringList supportAdmins() const { return m_supportAdmins; }
    void setSupportAdmins(const QStringList& admins);
    QStringList trustedSenders() const { return m_trustedSenders; }
    void setTrustedSenders(const QStringList& senders);
    // The user's choice: official invites are opened without asking (on unless turned off).
    bool opensOfficialInvites() const { return m_opensOfficialInvites; }
    void setOpensOfficialInvites(bool open) { m_opensOfficialInvites = open; }
    // The user's choice: public read receipts (m.read), which the senders see, or private ones
    // (m.read.private), which only keep the user's own unread counts (on unless turned off, as
    // MSC4279 asks).
    bool sendsPublicReadReceipts() const { return m_sendsPublicReadReceipts; }
    void setSendsPublicReadReceipts(bool sendPublic) { m_sendsPublicReadReceipts = sendPublic; }
    // What the server last said about the account (consent, suspension, lock), kept so that
    // a later start (noticectl status) still knows it; a new login starts without it.
    std::optional<AccountState> accountState() const { return m_accountState; }
    void setAccountState(std::optional<AccountState> state) { m_accountState = std::move(state); }

    // Writes this account's entry; other accounts' entries are kept as they were.
    bool save(QString* error = nullptr);
    // Why the saved settings could not be used, in words; empty when they could.
    QString problem() const { return m_problem; }

    QString settingsFile() const;

private:
    void load(const QString& userId, const QUrl& homeserver, bool withServerFacts);

    QString m_profileDir;
    QString m_userId;
    QUrl m_homeserver;
    std::optional<ServerVersions> m_versions;
    bool m_savedMsc4279 = false;
    QStringList m_supportAdmins;
    QStringList m_trustedSenders;
    bool m_opensOfficialInvites = true;
    bool m_sendsPublicReadReceipts = true;
    std::optional<AccountState> m_accountState;
    QString m_problem;
};

} // namespace nb
