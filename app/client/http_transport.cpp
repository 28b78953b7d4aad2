#include "http_transport.h"

#include "matrix/retry_after.h"

#include "base_url.h"

#include "client_logging.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>

namespace nb {

using Kind = RequestFailure::Kind;

struct HttpTransport::Pending {
    std::function<void(HttpResponse)> done;
    QTimer* timer = nullptr; // child of the reply
    bool timedOut = false;
    bool tooLarge = false;
    qint64 announcedBytes = -1; // Content-Length or progress total that broke the cap
    QStringList tlsErrors;
    QUrl requested; // the address asked, before any redirect
    QUrl refusedRedirect; // where a redirect that was not followed pointed
    bool carriesSecret = false;
};

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 1024 * 1024 ? 2 : 0);
}

// Path only: queries can hold sync tokens or user IDs, and none of it is needed to
// follow what the client did.
QString forLog(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

QString origin(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

// Why a redirect was not followed, in words for the failure's detail.
QString refusedRedirectDetail(const QUrl& from, const QUrl& to)
{
    if (isSchemeDowngrade(from, to))
        return QStringLiteral("it redirected an encrypted (https) request to %1, an unencrypted address; "
                              "this app does not follow such redirects")
            .arg(origin(to));
    return QStringLiteral("it redirected a request carrying your password or access token to %1, another server; "
                          "this app never sends those to another server")
        .arg(origin(to));
}

} // namespace

bool mayFollowRedirect(const QUrl& from, const QUrl& to, bool carriesSecret)
{
    if (!to.isValid() || to.host().isEmpty())
        return false;
    const QString scheme = to.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return false;
    if (isSchemeDowngrade(from, to))
        return false;
    if (!carriesSecret)
        return true;
    const int defaultPort = from.scheme() == QLatin1String("https") ? 443 : 80;
    return to.scheme() == from.scheme() && to.host().compare(from.host(), Qt::CaseInsensitive) == 0
        && to.port(defaultPort) == from.port(defaultPort);
}

HttpTransport::HttpTransport(TransportOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!m_options.extraCaFile.isEmpty()) {
        // Explicit system list + ours: setting the CA list replaces on-demand loading of
        // the system roots, so they must be included here.
        QFile file(m_options.extraCaFile);
        QList<QSslCertificate> extra;
        if (file.open(QIODevice::ReadOnly))
            extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (extra.isEmpty()) {
            m_caProblem = QStringLiteral("no PEM certificates could be read from %1").arg(m_options.extraCaFile);
            qCWarning(lcHttp).noquote() << "extra CA file:" << m_caProblem;
        } else {
            m_tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
            qCDebug(lcHttp) << "trusting" << extra.size() << "extra CA certificate(s) from" << m_options.extraCaFile;
        }
    }
}

HttpTransport::~HttpTransport()
{
    m_closing = true;
    abortAll();
}

void HttpTransport::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply* reply : replies) {
        if (reply->isRunning())
            reply->abort(); // emits finished -> complete() with Cancelled
        if (m_pending.contains(reply))
            complete(reply, HttpResponse {0, {}, RequestFailure::make(Kind::Cancelled, {}, reply->url())});
    }
}

QNetworkReply* HttpTransport::send(const QByteArray& verb, const QUrl& url, const QByteArray& jsonBody,
    const QString& accessToken, std::function<void(HttpResponse)> done, int timeoutMs)
{
    if (m_closing) {
        done(HttpResponse {0, {}, RequestFailure::make(Kind::Cancelled, {}, url)});
        return nullptr;
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Noticeboard/0.1"));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    const bool hasBody = verb != "GET" && verb != "DELETE";
    // Every redirect is checked here (mayFollowRedirect) before Qt follows it: Qt's default
    // policy would replay a login POST, password and all, to whatever host a 307 names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));

    QNetworkReply* reply =
        verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, hasBody ? jsonBody : QByteArray());
    auto state = std::make_shared<Pending>();
    state->done = std::move(done);
    state->carriesSecret = !accessToken.isEmpty() || hasBody;
    state->requested = url;
    m_pending.insert(reply, state);
    qCDebug(lcHttp).noquote() << verb << forLog(url);

    const qint64 cap = m_options.maxResponseBytes;
    auto stopTooLarge = [reply, state](qint64 announced) {
        if (state->tooLarge)
            return;
        state->tooLarge = true;
        state->announcedBytes = announced;
        reply->abort();
    };

    // Inactivity timer, restarted by any progress, so a long but moving download
    // survives and a silent server does not hold the caller forever.
    state->timer = new QTimer(reply);
    state->timer->setSingleShot(true);
    state->timer->setInterval(timeoutMs >= 0 ? timeoutMs : m_options.timeoutMs);
    connect(state->timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    state->timer->start();

    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, stopTooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            stopTooLarge(length.toLongLong());
    });
    // readyRead, not only downloadProgress: Qt throttles progress signals and may send
    // none until the transfer ends, while readyRead follows every chunk.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, cap, stopTooLarge] {
        state->timer->start();
        if (reply->bytesAvailable() > cap)
            stopTooLarge(reply->bytesAvailable());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [state, cap, stopTooLarge](qint64 received, qint64 total) {
        state->timer->start();
        if (received > cap || total > cap)
            stopTooLarge(qMax(received, total));
    });
    connect(reply, &QNetworkReply::uploadProgress, reply, [state](qint64, qint64) { state->timer->start(); });
    connect(reply, &QNetworkReply::redirected, reply, [reply, state, url](const QUrl& target) {
        if (mayFollowRedirect(url, target, state->carriesSecret)) {
            emit reply->redirectAllowed();
            return;
        }
        qCWarning(lcHttp).noquote() << "not following a redirect from" << forLog(url) << "to" << forLog(target);
        state->refusedRedirect = target;
        reply->abort();
    });
    // Recorded for the message only; never ignoreSslErrors(): the handshake then fails.
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            state->tlsErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const auto it = m_pending.constFind(reply);
        if (it == m_pending.cend())
            return;
        complete(reply, classify(reply, **it));
    });
    return reply;
}

void HttpTransport::complete(QNetworkReply* reply, HttpResponse response)
{
    const auto state = m_pending.take(reply);
    if (!state || !state->done)
        return;
    if (state->timer)
        state->timer->stop();
    auto done = std::move(state->done);
    state->done = nullptr;
    reply->deleteLater();
    if (!response.ok())
        qCDebug(lcHttp).noquote() << "failed:" << forLog(reply->url()) << kindName(response.failure.kind)
                                  << response.status << response.failure.detail;
    done(std::move(response));
}

HttpResponse HttpTransport::classify(QNetworkReply* reply, const Pending& state) const
{
    HttpResponse response;
    const QUrl url = reply->url();
    auto failWith = [&](Kind kind, const QString& detail) {
        response.failure = RequestFailure::make(kind, detail, url);
        return response;
    };
    const qint64 cap = m_options.maxResponseBytes;
    const QString capText = QStringLiteral("limit %1 MB").arg(megabytes(cap));

    if (state.tooLarge)
        return failWith(
            Kind::TooLarge, QStringLiteral("at least %1 MB, %2").arg(megabytes(state.announcedBytes), capText));
    if (state.timedOut)
        return failWith(Kind::Timeout, QStringLiteral("no answer for %1 s").arg(state.timer->interval() / 1000.0));

    if (!state.refusedRedirect.isEmpty()) {
        // Named after the server that was asked, not the one it pointed to.
        response.failure = RequestFailure::make(
            Kind::BadResponse, refusedRedirectDetail(state.requested, state.refusedRedirect), state.requested);
        return response;
    }

    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError)
        return failWith(Kind::Cancelled, {});
    if (error == QNetworkReply::SslHandshakeFailedError || !state.tlsErrors.isEmpty()) {
        const QString why =
            state.tlsErrors.isEmpty() ? reply->errorString() : state.tlsErrors.join(QStringLiteral("; "));
        return failWith(Kind::Tls, why);
    }

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (response.status != 0) {
        response.body = reply->readAll();
        if (response.body.size() > cap)
            return failWith(Kind::TooLarge, QStringLiteral("%1 MB, %2").arg(megabytes(response.body.size()), capText));
        if (response.status >= 200 && response.status < 300 && error == QNetworkReply::NoError)
            return response;
        if (response.status >= 200 && response.status < 300) // broken off mid-body
            return failWith(Kind::Unreachable, reply->errorString());
        response.failure = RequestFailure::make(Kind::ServerRefused, {}, url);
        response.failure.matrix = parseMatrixError(response.status, response.body);
        // The body's retry_after_ms is finer (milliseconds) where both are given; a server
        // that sends only the header (Matrix 1.10 deprecates the field) is honoured too.
        if (!response.failure.matrix.retryAfterMs && reply->hasRawHeader("Retry-After"))
            response.failure.matrix.retryAfterMs =
                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        return response;
    }

    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return failWith(Kind::Unreachable, QStringLiteral("connection refused"));
    case QNetworkReply::HostNotFoundError:
        return failWith(Kind::Unreachable, hostNotFoundDetail());
    case QNetworkReply::RemoteHostClosedError:
        return failWith(Kind::Unreachable, QStringLiteral("the server closed the connection"));
    case QNetworkReply::TimeoutError:
        return failWith(Kind::Timeout, QStringLiteral("connection timed out"));
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return failWith(Kind::Unreachable, QStringLiteral("not an http(s) address"));
    default:
        return failWith(Kind::Unreachable, reply->errorString());
    }
}

} // namespace nb
