#include "request_failure.h"

namespace nb {

namespace {

// "https://matrix.example.org:8448" — the part of the URL a person recognises as the
// server; never the path or query (which could hold a since-token or user IDs).
QString serverOf(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("the server");
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

QString hostOf(const QUrl& url)
{
    return url.host().isEmpty() ? QStringLiteral("this server") : url.host();
}

QString withDetail(const QString& detail)
{
    return detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
}

} // namespace

RequestFailure RequestFailure::make(Kind kind, QString detail, QUrl url)
{
    RequestFailure f;
    f.kind = kind;
    f.detail = std::move(detail);
    f.url = std::move(url);
    return f;
}

QString RequestFailure::describe() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("No error.");
    case Kind::Unreachable:
        return QStringLiteral("Could not reach the server at %1%2. Check the address and your network.")
            .arg(serverOf(url), withDetail(detail));
    case Kind::Tls:
        return QStringLiteral(
            "The server's TLS certificate is not valid for %1: %2. The connection was refused for your safety.")
            .arg(hostOf(url),
                detail.isEmpty() ? QStringLiteral("the secure connection could not be established") : detail);
    case Kind::Timeout:
        return QStringLiteral("The server at %1 did not answer in time. Try again later; if this keeps happening the "
                              "server may be overloaded or down.")
            .arg(serverOf(url));
    case Kind::ServerRefused:
        return describeMatrixError(matrix);
    case Kind::BadResponse:
        return QStringLiteral("The server at %1 sent an answer this app cannot use%2. It may not be a Matrix server, "
                              "or it may be misconfigured.")
            .arg(serverOf(url), withDetail(detail));
    case Kind::TooLarge:
        return QStringLiteral("The server at %1 sent a response that is too large%2; it was stopped to protect this "
                              "app. Tell the server's administrators.")
            .arg(serverOf(url), withDetail(detail));
    case Kind::Cancelled:
        return QStringLiteral("The request was cancelled.");
    case Kind::UnknownServer:
        return QStringLiteral("No Matrix server could be found at %1%2. Check the spelling of the server name.")
            .arg(url.host().isEmpty() ? QStringLiteral("that address") : url.host(), withDetail(detail));
    }
    return QStringLiteral("The request failed.");
}

QString kindName(RequestFailure::Kind kind)
{
    using K = RequestFailure::Kind;
    switch (kind) {
    case K::None:
        return QStringLiteral("None");
    case K::Unreachable:
        return QStringLiteral("Unreachable");
    case K::Tls:
        return QStringLiteral("Tls");
    case K::Timeout:
        return QStringLiteral("Timeout");
    case K::ServerRefused:
        return QStringLiteral("ServerRefused");
    case K::BadResponse:
        return QStringLiteral("BadResponse");
    case K::TooLarge:
        return QStringLiteral("TooLarge");
    case K::Cancelled:
        return QStringLiteral("Cancelled");
    case K::UnknownServer:
        return QStringLiteral("UnknownServer");
    }
    return QStringLiteral("Unknown");
}

} // namespace nb
