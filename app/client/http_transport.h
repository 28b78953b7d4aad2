#pragma once
// The one place HTTP happens. Every request ends in exactly one callback with either a
// status+body or a classified RequestFailure; TLS errors are never ignored, bodies are
// size-capped while they stream, and stalled transfers time out.
#include "request_failure.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkReply;

namespace nb {

struct TransportOptions {
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    // PEM file with CA certificates ADDED to the system ones (a private CA, the test
    // harness's CA). Never a way to switch verification off.
    QString extraCaFile = qEnvironmentVariable("NOTICEBOARD_CA_FILE");
    // Inactivity limit: the request fails when nothing moves for this long.
    int timeoutMs = 60000;
};

// RequestFailure::detail of an Unreachable failure whose host name did not resolve;
// discovery turns it into UnknownServer.
inline QString hostNotFoundDetail()
{
    return QStringLiteral("host not found");
}

// Whether a request first sent to `from` may follow a redirect to `to`. Never from https to
// http. A request that carries a secret (an access token, or a body: the login sends the
// password) only within the same origin (scheme, host and port), so neither a token nor a
// password is ever replayed to another server, whatever the status (301, 302, 307, 308).
bool mayFollowRedirect(const QUrl& from, const QUrl& to, bool carriesSecret);

struct HttpResponse {
    int status = 0;
    QByteArray body;
    RequestFailure failure; // Kind::None when status is 2xx and the body is complete

    bool ok() const { return failure.kind == RequestFailure::Kind::None; }
};

class HttpTransport : public QObject {
    Q_OBJECT
public:
    explicit HttpTransport(TransportOptions options = {}, QObject* parent = nullptr);
    // Requests still running are aborted; their callbacks run (Cancelled) from here, and
    // a send() made from such a callback fails at once (Cancelled, synchronously).
    ~HttpTransport() override;

    // `accessToken` empty: no Authorization header (well-known lookups, login, versions).
    // `timeoutMs` < 0: the transport's default. The returned reply may be abort()ed to
    // cancel (-> Kind::Cancelled); it is deleted after the callback, hold it in a QPointer.
    QNetworkReply* send(const QByteArray& verb, const QUrl& url, const QByteArray& jsonBody, const QString& accessToken,
        std::function<void(HttpResponse)> done, int timeoutMs = -1);

    // Cancels every running request now; each callback runs once, with Kind::Cancelled.
    void abortAll();

    const TransportOptions& options() const { return m_options; }
    // Non-empty when the extra CA file was set but could not be used (its servers will
    // then fail with Kind::Tls, the safe outcome).
    QString caProblem() const { return m_caProblem; }
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending;
    void complete(QNetworkReply* reply, HttpResponse response);
    HttpResponse classify(QNetworkReply* reply, const Pending& state) const;

    TransportOptions m_options;
    QSslConfiguration m_tls;
    QString m_caProblem;
    QNetworkAccessManager m_nam;
    QHash<QNetworkReply*, std::shared_ptr<Pending>> m_pending;
    bool m_closing = false;
};

} // namespace nb
