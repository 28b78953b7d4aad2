#include "gui_helpers.h"

#include "service/notice_service.h"
#include "ui/app_windows.h"
#include "ui/login_window.h"
#include "ui/main_window.h"

#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace nb::guitest {

SeedHttp::SeedHttp(QUrl base, QString caFile)
    : m_base(std::move(base))
    , m_caFile(std::move(caFile))
{
}

HttpReply SeedHttp::call(
    const QByteArray& method, const QByteArray& path, const QString& token, const std::optional<QJsonObject>& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl::fromEncoded(m_base.toEncoded(QUrl::StripTrailingSlash) + path, QUrl::StrictMode));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_caFile);
    request.setSslConfiguration(ssl);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply* reply = nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    if (!result.ok() && result.error.isEmpty())
        result.error = QStringLiteral("HTTP %1 %2")
                           .arg(result.status)
                           .arg(QString::fromUtf8(QJsonDocument(result.body).toJson(QJsonDocument::Compact)));
    reply->deleteLater();
    return result;
}

QByteArray enc(const QString& segment)
{
    return QUrl::toPercentEncoding(segment);
}

namespace {
QByteArray txn()
{
    return QUuid::createUuid().toByteArray(QUuid::Id128);
}

QString eventIdOf(const HttpReply& reply)
{
    if (!reply.ok())
        qWarning("seeding failed: %s", qPrintable(reply.error));
    return reply.body.value(QStringLiteral("event_id")).toString();
}
} // namespace

QString sendLegacyNotice(SeedHttp& http, const QString& adminToken, const QString& userId, const QJsonObject& content)
{
    const QJsonObject body {{QStringLiteral("user_id"), userId}, {QStringLiteral("content"), content}};
    return eventIdOf(http.call("PUT", "/_synapse/admin/v1/send_server_notice/" + txn(), adminToken, body));
}

QString sendLegacyNoticeState(
    SeedHttp& http, const QString& adminToken, const QString& userId, const QString& type, const QJsonObject& content)
{
    const QJsonObject body {{QStringLiteral("user_id"), userId}, {QStringLiteral("type"), type},
        {QStringLiteral("state_key"), QString()}, {QStringLiteral("content"), content}};
    return eventIdOf(http.call("PUT", "/_synapse/admin/v1/send_server_notice/" + txn(), adminToken, body));
}

QString createNoticeRoom(SeedHttp& http, const QString& creatorToken, const QString& creatorId, const QString& invitee,
    const QString& name, const QString& topic, const QString& leaveRule, int eventsDefault)
{
    const QJsonObject leaveRules {{QStringLiteral("type"), QStringLiteral("org.matrix.msc4279.leave_rules")},
        {QStringLiteral("state_key"), QString()},
        {QStringLiteral("content"), QJsonObject {{QStringLiteral("leave_rule"), leaveRule}}}};
    const QJsonObject body {{QStringLiteral("preset"), QStringLiteral("private_chat")}, {QStringLiteral("name"), name},
        {QStringLiteral("topic"), topic}, {QStringLiteral("is_direct"), true},
        {QStringLiteral("invite"), QJsonArray {invitee}},
        {QStringLiteral("creation_content"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("org.matrix.msc4279.server_notice")},
                {QStringLiteral("m.federate"), false}}},
        {QStringLiteral("power_level_content_override"),
            QJsonObject {{QStringLiteral("events_default"), eventsDefault}, {QStringLiteral("state_default"), 100},
                {QStringLiteral("invite"), 100}, {QStringLiteral("users"), QJsonObject {{creatorId, 100}}}}},
        {QStringLiteral("initial_state"), QJsonArray {leaveRules}}};
    const HttpReply reply = http.call("POST", "/_matrix/client/v3/createRoom", creatorToken, body);
    if (!reply.ok())
        qWarning("createRoom failed: %s", qPrintable(reply.error));
    return reply.body.value(QStringLiteral("room_id")).toString();
}

bool setLeaveRule(SeedHttp& http, const QString& token, const QString& roomId, const QString& rule)
{
    const HttpReply reply =
        http.call("PUT", "/_matrix/client/v3/rooms/" + enc(roomId) + "/state/org.matrix.msc4279.leave_rules/", token,
            QJsonObject {{QStringLiteral("leave_rule"), rule}});
    if (!reply.ok())
        qWarning("setting the leave rule failed: %s", qPrintable(reply.error));
    return reply.ok();
}

QString sendText(SeedHttp& http, const QString& token, const QString& roomId, const QString& body, const QString& html)
{
    QJsonObject content {{QStringLiteral("msgtype"), QStringLiteral("m.text")}, {QStringLiteral("body"), body}};
    if (!html.isEmpty()) {
        content.insert(QStringLiteral("format"), QStringLiteral("org.matrix.custom.html"));
        content.insert(QStringLiteral("formatted_body"), html);
    }
    return eventIdOf(
        http.call("PUT", "/_matrix/client/v3/rooms/" + enc(roomId) + "/send/m.room.message/" + txn(), token, content));
}

std::unique_ptr<NoticeService> newService(const QString& profileDir, const QString& caFile, bool asTheApp)
{
    ServiceOptions options;
    options.profileDir = profileDir;
    options.extraCaFile = caFile;
    options.opensOfficialInvites = asTheApp;
    return std::make_unique<NoticeService>(options);
}

QString saveScreenshot(QWidget* widget, const QString& name)
{
    // $NB_SCREENSHOT_DIR (scripts/screenshots.sh points it at docs/screenshots), else the
    // build tree: an ordinary test run never rewrites the tracked pictures.
    const QString dir = qEnvironmentVariable("NB_SCREENSHOT_DIR", QStringLiteral(NB_SCREENSHOT_DIR));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    // Let pending layouts and repaints settle so the picture shows the final state.
    QCoreApplication::processEvents();
    QTest::qWait(50);
    return widget->grab().save(path) ? path : QString();
}

QString logInThroughWindow(AppWindows& windows, const QString& userId, const QString& password)
{
    if (!QTest::qWaitFor([&] { return windows.loginWindow() && windows.loginWindow()->isVisible(); }, 20000))
        return QStringLiteral("the login window did not appear");
    LoginWindow* login = windows.loginWindow();
    auto* id = login->findChild<QLineEdit*>(QStringLiteral("matrixIdEdit"));
    auto* password_ = login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* button = login->findChild<QPushButton*>(QStringLiteral("loginButton"));
    if (!id || !password_ || !button)
        return QStringLiteral("the login window lacks its fields");
    id->clear();
    QTest::keyClicks(id, userId);
    password_->clear();
    QTest::keyClicks(password_, password);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return windows.mainWindow() && windows.mainWindow()->isVisible(); }, 60000)) {
        auto* error =
            windows.loginWindow() ? windows.loginWindow()->findChild<QLabel*>(QStringLiteral("loginError")) : nullptr;
        return QStringLiteral("the inbox did not appear: %1")
            .arg(error ? error->text() : QStringLiteral("(no error shown)"));
    }
    return {};
}

QJsonObject synapseUsageLimitNotice()
{
    return {{QStringLiteral("msgtype"), QStringLiteral("m.server_notice")},
        {QStringLiteral("server_notice_type"), QStringLiteral("m.server_notice.usage_limit_reached")},
        {QStringLiteral("limit_type"), QStringLiteral("monthly_active_user")},
        {QStringLiteral("admin_contact"), QStringLiteral("mailto:admin@localhost")},
        {QStringLiteral("body"),
            QStringLiteral("This server has exceeded its monthly active user limit. "
                           "Please contact your service administrator.")}};
}

} // namespace nb::guitest
