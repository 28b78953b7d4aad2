#include "discovery.h"

#include "base_url.h"
#include "bounded_json.h"
#include "client_logging.h"
#include "matrix/json_access.h"
#include "matrix/server_versions.h"
#include "matrix/user_id.h"

#include <QStringList>
#include <QTimer>
#include <memory>

namespace nb {

using Kind = RequestFailure::Kind;
using namespace json_access;

namespace {

// An http(s) address with a host and no user name or password in it: a homeserver
// address never carries credentials, and one that did would show them wherever the
// address is shown or logged.
bool isHttpUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty()
        && (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"));
}

QUrl withPath(const QUrl& base, const QString& path)
{
    QUrl url = normalizedBaseUrl(base);
    url.setPath(url.path() + path);
    return url;
}

// "There is nothing there" rather than "it is there but failing".
bool isUnknownHost(const RequestFailure& f)
{
    return f.kind == Kind::Unreachable && f.detail == hostNotFoundDetail();
}

RequestFailure unknownServer(const QUrl& url, const QString& detail)
{
    return RequestFailure::make(Kind::UnknownServer, detail, url);
}

// The base URL must answer /_matrix/client/versions like a Matrix server.
void checkVersions(HttpTransport& transport, const QUrl& base, std::function<void(Result<QUrl>)> done)
{
    const QUrl url = withPath(base, QStringLiteral("/_matrix/client/versions"));
    transport.send("GET", url, {}, {}, [base, url, done = std::move(done)](HttpResponse response) {
        if (response.ok()) {
            if (parseServerVersions(response.body)) {
                done(Result<QUrl>::success(base));
                return;
            }
            done(Result<QUrl>::fail(unknownServer(
                url, QStringLiteral("%1 does not answer like a Matrix server").arg(base.toDisplayString()))));
            return;
        }
        RequestFailure f = std::move(response.failure);
        if (isUnknownHost(f))
            f = unknownServer(url, f.detail);
        else if (f.kind == Kind::ServerRefused && f.matrix.httpStatus == 404)
            f = unknownServer(url, QStringLiteral("%1 has no Matrix client API").arg(base.toDisplayString()));
        done(Result<QUrl>::fail(std::move(f)));
    });
}

void discoverFromServerName(HttpTransport& transport, const QString& serverName, std::function<void(Result<QUrl>)> done)
{
    const QUrl origin(QStringLiteral("https://") + serverName, QUrl::StrictMode);
    if (!origin.isValid() || origin.host().isEmpty() || !origin.path().isEmpty()
        || serverName.contains(QLatin1Char('@'))) {
        QTimer::singleShot(0, &transport, [done, serverName] {
            done(Result<QUrl>::fail(
                unknownServer({}, QStringLiteral("\u201c%1\u201d is not a server name").arg(serverName))));
        });
        return;
    }
    const QUrl wellKnown = withPath(origin, QStringLiteral("/.well-known/matrix/client"));
    transport.send("GET", wellKnown, {}, {},
        [&transport, origin, wellKnown, done = std::move(done)](HttpResponse response) mutable {
            if (!response.ok()) {
                const RequestFailure& f = response.failure;
                if (f.kind == Kind::ServerRefused && f.matrix.httpStatus == 404) {
                    // No discovery file: the server name itself must be the homeserver.
                    qCDebug(lcApi) << "no client well-known; trying" << origin.toDisplayString();
                    checkVersions(transport, origin, std::move(done));
                    return;
                }
                done(Result<QUrl>::fail(isUnknownHost(f) ? unknownServer(wellKnown, f.detail) : f));
                return;
            }
            auto invalid = [&](const QString& why) {
                done(Result<QUrl>::fail(RequestFailure::make(Kind::BadResponse, why, wellKnown)));
            };
            const std::optional<nlohmann::json> parsed = parseBoundedJson(response.body);
            if (!parsed || !parsed->is_object())
                return invalid(QStringLiteral("its discovery file .well-known/matrix/client is not valid JSON"));
            const nlohmann::json* homeserver = objectMember(*parsed, "m.homeserver");
            const QUrl base(homeserver ? qstring(*homeserver, "base_url") : QString(), QUrl::StrictMode);
            if (!isHttpUrl(base))
                return invalid(
                    QStringLiteral("its discovery file .well-known/matrix/client names no valid homeserver address"));
            // The file came over https; an http:// homeserver would carry the password and every
            // access token unencrypted. Plain http is used only when the user typed an http:// address.
            if (isSchemeDowngrade(origin, base))
                return invalid(QStringLiteral("its discovery file .well-known/matrix/client names %1, an unencrypted "
                                              "http address; a server found over https is only used over https. Type "
                                              "that address yourself if you really mean to use it")
                                   .arg(normalizedBaseUrl(base).toDisplayString()));
            checkVersions(transport, normalizedBaseUrl(base), std::move(done));
        });
}

// Prefer a failure that says something ("invalid JSON", "TLS") over "not published".
bool moreTelling(const RequestFailure& candidate, const RequestFailure& current)
{
    auto plain = [](const RequestFailure& f) {
        return f.kind == Kind::None || f.kind == Kind::Unreachable
            || (f.kind == Kind::ServerRefused && f.matrix.httpStatus == 404);
    };
    return plain(current) && !plain(candidate);
}

void trySupportUrls(
    HttpTransport& transport, QList<QUrl> urls, RequestFailure worst, std::function<void(Result<SupportInfo>)> done)
{
    if (urls.isEmpty()) {
        done(Result<SupportInfo>::fail(std::move(worst)));
        return;
    }
    const QUrl url = urls.takeFirst();
    transport.send(
        "GET", url, {}, {}, [&transport, url, urls, worst, done = std::move(done)](HttpResponse response) mutable {
            if (response.ok()) {
                if (auto info = parseSupportInfo(response.body)) {
                    done(Result<SupportInfo>::success(std::move(*info)));
                    return;
                }
                response.failure =
                    RequestFailure::make(Kind::BadResponse, QStringLiteral("the support file is not valid JSON"), url);
            }
            if (worst.kind == Kind::None || moreTelling(response.failure, worst)
                || !moreTelling(worst, response.failure))
                worst = std::move(response.failure);
            trySupportUrls(transport, std::move(urls), std::move(worst), std::move(done));
        });
}

} // namespace

void discoverHomeserver(
    HttpTransport& transport, const QString& serverNameOrUrl, std::function<void(Result<QUrl>)> done)
{
    const QString text = serverNameOrUrl.trimmed();
    if (text.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)) {
        const QUrl base = normalizedBaseUrl(QUrl(text, QUrl::StrictMode));
        if (!isHttpUrl(base)) {
            QTimer::singleShot(0, &transport, [done, text] {
                done(Result<QUrl>::fail(
                    unknownServer({}, QStringLiteral("\u201c%1\u201d is not a valid address").arg(text))));
            });
            return;
        }
        checkVersions(transport, base, std::move(done));
        return;
    }
    const QString serverName = text.startsWith(QLatin1Char('@')) ? serverNameOf(text) : text;
    discoverFromServerName(transport, serverName.isEmpty() ? text : serverName, std::move(done));
}

void fetchSupportInfo(HttpTransport& transport, const QString& serverName, const QUrl& homeserverBaseUrl,
    std::function<void(Result<SupportInfo>)> done)
{
    const QString path = QStringLiteral("/.well-known/matrix/support");
    QList<QUrl> urls;
    const QUrl fromName(QStringLiteral("https://") + serverName, QUrl::StrictMode);
    if (!serverName.isEmpty() && isHttpUrl(fromName) && fromName.path().isEmpty())
        urls << withPath(fromName, path);
    if (isHttpUrl(homeserverBaseUrl)) {
        const QUrl fromBase = withPath(homeserverBaseUrl, path);
        if (!urls.contains(fromBase))
            urls << fromBase;
    }
    if (urls.isEmpty()) {
        QTimer::singleShot(0, &transport, [done] {
            done(Result<SupportInfo>::fail(
                unknownServer({}, QStringLiteral("no server name or homeserver address to ask"))));
        });
        return;
    }
    trySupportUrls(transport, std::move(urls), RequestFailure::make(Kind::None), std::move(done));
}

} // namespace nb
