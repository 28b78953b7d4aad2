#include "matrix_api.h"
#include "matrix/sync_body.h"

#include "base_url.h"
#include "bounded_json.h"
#include "client_logging.h"
#include "matrix_api_detail.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>
#include <atomic>

namespace nb {

using namespace api_detail;
using namespace json_access;
using json = nlohmann::json;

namespace api_detail {

MatrixApi::JsonHandler expectEmpty(MatrixApi::Callback<Empty> done)
{
    return expect<Empty>(std::move(done), "a JSON object", [](json& body) -> std::optional<Empty> {
        if (!body.is_object())
            return std::nullopt;
        return Empty {};
    });
}

MatrixApi::JsonHandler expectString(MatrixApi::Callback<QString> done, const char* key)
{
    return expect<QString>(std::move(done), key, [key](json& body) -> std::optional<QString> {
        const QString value = qstring(body, key);
        if (value.isEmpty())
            return std::nullopt;
        return value;
    });
}

QByteArray toBody(const json& value)
{
    return QByteArray::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace api_detail

MatrixApi::MatrixApi(HttpTransport& transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{
}

void MatrixApi::setHomeserver(const QUrl& baseUrl)
{
    m_homeserver = normalizedBaseUrl(baseUrl);
}

QString MatrixApi::generateTransactionId()
{
    // Time + a process-wide counter make IDs unique within this run; 96 random bits make
    // collisions with earlier runs (same device) practically impossible.
    static std::atomic<quint64> counter {0};
    QRandomGenerator* random = QRandomGenerator::system();
    QString id = QStringLiteral("nb") + QString::number(QDateTime::currentMSecsSinceEpoch(), 36) + QLatin1Char('.')
        + QString::number(counter.fetch_add(1) + 1, 36) + QLatin1Char('.');
    for (int i = 0; i < 3; ++i)
        id += QStringLiteral("%1").arg(random->generate(), 8, 16, QLatin1Char('0'));
    return id;
}

QByteArray MatrixApi::pathSegment(const QString& id)
{
    return QUrl::toPercentEncoding(id);
}

QUrl MatrixApi::endpointUrl(const QByteArray& encodedPath, const Query& query) const
{
    QByteArray text = m_homeserver.toEncoded(QUrl::StripTrailingSlash) + encodedPath;
    char separator = '?';
    for (const auto& [key, value] : query) {
        // Everything but unreserved characters is encoded; QUrlQuery would leave '+',
        // which servers read as a space.
        text += separator + key + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

MatrixApi::Pending MatrixApi::call(const QByteArray& verb, const QByteArray& encodedPath, const Query& query,
    const QByteArray& body, bool authenticated, JsonHandler done, int timeoutMs, BodyParser parser)
{
    const QUrl url = endpointUrl(encodedPath, query);
    if (!m_homeserver.isValid() || m_homeserver.host().isEmpty() || !url.isValid()) {
        // Still asynchronous, like every other outcome.
        const auto failure = RequestFailure::make(
            RequestFailure::Kind::Unreachable, QStringLiteral("no valid homeserver address is set"), m_homeserver);
        QTimer::singleShot(0, this, [done, failure, url] { done(Result<json>::fail(failure), url); });
        return {};
    }
    if (authenticated && m_accessToken.isEmpty())
        qCWarning(lcApi).noquote() << "authenticated request without an access token:" << verb << url.path();
    auto onResponse = [done = std::move(done), url, parser = std::move(parser)](HttpResponse response) {
        if (!response.ok()) {
            done(Result<json>::fail(std::move(response.failure)), url);
            return;
        }
        QString why;
        std::optional<json> parsed = parser ? parser(response.body, &why) : parseBoundedJson(response.body, &why);
        if (!parsed) {
            done(Result<json>::fail(RequestFailure::make(RequestFailure::Kind::BadResponse, why, url)), url);
            return;
        }
        done(Result<json>::success(std::move(*parsed)), url);
    };
    return m_transport.send(
        verb, url, body, authenticated ? m_accessToken : QString(), std::move(onResponse), timeoutMs);
}

MatrixApi::Pending MatrixApi::versions(Callback<ServerVersions> done)
{
    return call("GET", "/_matrix/client/versions", {}, {}, false,
        expect<ServerVersions>(std::move(done), "a list of versions",
            [](json& body) { return body.is_object() ? parseServerVersions(toBody(body)) : std::nullopt; }));
}

MatrixApi::Pending MatrixApi::loginPassword(
    const QString& user, const QString& password, const QString& initialDeviceDisplayName, Callback<LoginResponse> done)
{
    json body = {{"type", "m.login.password"}, {"identifier", {{"type", "m.id.user"}, {"user", user.toStdString()}}},
        {"password", password.toStdString()}};
    if (!initialDeviceDisplayName.isEmpty())
        body["initial_device_display_name"] = initialDeviceDisplayName.toStdString();
    return call("POST", "/_matrix/client/v3/login", {}, toBody(body), false,
        expect<LoginResponse>(
            std::move(done), "user_id, access_token and device_id", [](json& answer) -> std::optional<LoginResponse> {
                LoginResponse login;
                login.userId = qstring(answer, "user_id");
                login.accessToken = qstring(answer, "access_token");
                login.deviceId = qstring(answer, "device_id");
                if (login.userId.isEmpty() || login.accessToken.isEmpty() || login.deviceId.isEmpty())
                    return std::nullopt;
                // Optional hint; ignored unless it is a usable http(s) URL.
                if (const json* wk = objectMember(answer, "well_known"))
                    if (const json* hs = objectMember(*wk, "m.homeserver")) {
                        const QUrl base(qstring(*hs, "base_url"), QUrl::StrictMode);
                        const QString scheme = base.scheme();
                        if (base.isValid() && !base.host().isEmpty() && base.userInfo().isEmpty()
                            && (scheme == QStringLiteral("https") || scheme == QStringLiteral("http")))
                            login.wellKnownHomeserver = base;
                    }
                return login;
            }));
}

MatrixApi::Pending MatrixApi::logout(Callback<Empty> done)
{
    return call("POST", "/_matrix/client/v3/logout", {}, "{}", true, expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::whoami(Callback<QString> done)
{
    return call("GET", "/_matrix/client/v3/account/whoami", {}, {}, true, expectString(std::move(done), "user_id"));
}

MatrixApi::Pending MatrixApi::deleteProfileField(const QString& userId, const QString& field, Callback<Empty> done)
{
    return call("DELETE", "/_matrix/client/v3/profile/" + pathSegment(userId) + '/' + pathSegment(field), {}, {}, true,
        expectEmpty(std::move(done)));
}

MatrixApi::Pending MatrixApi::sync(
    const QString& filterJson, const QString& since, int timeoutMs, bool fullState, Callback<json> done)
{
    Query query;
    if (!filterJson.isEmpty())
        query.emplace_back("filter", filterJson);
    if (!since.isEmpty())
        query.emplace_back("since", since);
    query.emplace_back("timeout", QString::number(qMax(0, timeoutMs)));
    if (fullState)
        query.emplace_back("full_state", QStringLiteral("true"));
    // The server holds a long poll for up to timeoutMs before answering; only silence
    // well beyond that is a stalled connection.
    const int transportTimeout = qMax(0, timeoutMs) + m_transport.options().timeoutMs;
    return call("GET", "/_matrix/client/v3/sync", query, {}, true,
        expect<json>(std::move(done), "a next_batch token",
            [](json& body) -> std::optional<json> {
                if (!string(body, "next_batch"))
                    return std::nullopt;
                return std::move(body);
            }),
        transportTimeout,
        // Pruned while parsing: push rules, presence, "unsigned" are never built.
        [](const QByteArray& body, QString* why) { return parseSyncBody(body, why); });
}

} // namespace nb
