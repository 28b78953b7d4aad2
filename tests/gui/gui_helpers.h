// Helpers shared by the GUI tests: a tiny admin HTTP client that trusts the test CA
// (seeding rooms the way an administrator would, independent of the app's own client
// code), screenshots (build/screenshots, or docs/screenshots through scripts/screenshots.sh),
// and logging in through the real window.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

class QWidget;

namespace nb {
class AppWindows;
class NoticeService;
} // namespace nb

namespace nb::guitest {

struct HttpReply {
    int status = 0;
    QJsonObject body;
    QString error; // transport error text, empty when the server answered
    bool ok() const { return status >= 200 && status < 300; }
};

class SeedHttp {
public:
    SeedHttp(QUrl base, QString caFile);
    // path: already percent-encoded below the base URL, e.g. "/_matrix/client/v3/...".
    HttpReply call(const QByteArray& method, const QByteArray& path, const QString& token,
        const std::optional<QJsonObject>& body = std::nullopt);

private:
    QUrl m_base;
    QString m_caFile;
};

QByteArray enc(const QString& segment); // one path segment, percent-encoded

// Seeding, as the administrator (or another local user) would do it.
QString sendLegacyNotice(SeedHttp& http, const QString& adminToken, const QString& userId, const QJsonObject& content);
// What Synapse's own resource-limit notice carries (monthly active users, mailto:admin@localhost).
QJsonObject synapseUsageLimitNotice();
QString sendLegacyNoticeState(
    SeedHttp& http, const QString& adminToken, const QString& userId, const QString& type, const QJsonObject& content);
// An MSC4279 notice room built from private_chat (Synapse does not know the presets).
QString createNoticeRoom(SeedHttp& http, const QString& creatorToken, const QString& creatorId, const QString& invitee,
    const QString& name, const QString& topic, const QString& leaveRule, int eventsDefault);
bool setLeaveRule(SeedHttp& http, const QString& token, const QString& roomId, const QString& rule);
QString sendText(
    SeedHttp& http, const QString& token, const QString& roomId, const QString& body, const QString& html = {});

// A NoticeService keeping its session in `profileDir` and trusting the test CA `caFile`;
// `asTheApp`: configured as the running app is (it opens official invites by itself).
std::unique_ptr<NoticeService> newService(const QString& profileDir, const QString& caFile, bool asTheApp = false);

// widget->grab() into $NB_SCREENSHOT_DIR (else build/screenshots)/name; returns the path
// written (empty on failure).
QString saveScreenshot(QWidget* widget, const QString& name);

// Fills in the real login window and waits for the inbox. Returns an error text, or
// empty on success.
QString logInThroughWindow(AppWindows& windows, const QString& userId, const QString& password);

} // namespace nb::guitest
