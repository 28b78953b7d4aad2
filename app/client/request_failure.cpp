#include "request_failure.h"

#include <QCoreApplication>

namespace nb {

namespace {

// "https://matrix.example.org:8448" — the part of the URL a person recognises as the
// server; never the path or query (which could hold a since-token or user IDs).
constexpr const char* context = "nb::RequestFailure";

QString serverOf(const QUrl& url, TextLanguage language)
{
    if (!url.isValid() || url.host().isEmpty())
        return textIn(language, context, QT_TRANSLATE_NOOP("nb::RequestFailure", "the server"));
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

QString hostOf(const QUrl& url, TextLanguage language)
{
    return url.host().isEmpty() ? textIn(language, context, QT_TRANSLATE_NOOP("nb::RequestFailure", "this server"))
                                : url.host();
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

QString RequestFailure::describe(TextLanguage language) const
{
    switch (kind) {
    case Kind::None:
        return textIn(language, context, QT_TRANSLATE_NOOP("nb::RequestFailure", "No error."));
    case Kind::Unreachable:
        return textIn(language, context,
            QT_TRANSLATE_NOOP(
                "nb::RequestFailure", "Could not reach the server at %1%2. Check the address and your network."))
            .arg(serverOf(url, language), withDetail(detail));
    case Kind::Tls:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::RequestFailure",
                "The server's TLS certificate is not valid for %1: %2. The connection was refused for your safety."))
            .arg(hostOf(url, language),
                detail.isEmpty() ? textIn(language, context,
                    QT_TRANSLATE_NOOP("nb::RequestFailure", "the secure connection could not be established"))
                                 : detail);
    case Kind::Timeout:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::RequestFailure",
                "The server at %1 did not answer in time. Try again later; if this keeps happening the "
                "server may be overloaded or down."))
            .arg(serverOf(url, language));
    case Kind::ServerRefused:
        return describeMatrixError(matrix, language);
    case Kind::BadResponse:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::RequestFailure",
                "The server at %1 sent an answer this app cannot use%2. It may not be a Matrix server, "
                "or it may be misconfigured."))
            .arg(serverOf(url, language), withDetail(detail));
    case Kind::TooLarge:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::RequestFailure",
                "The server at %1 sent a response that is too large%2; it was stopped to protect this "
                "app. Tell the server's administrators."))
            .arg(serverOf(url, language), withDetail(detail));
    case Kind::Cancelled:
        return textIn(language, context, QT_TRANSLATE_NOOP("nb::RequestFailure", "The request was cancelled."));
    case Kind::UnknownServer:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::RequestFailure",
                "No Matrix server could be found at %1%2. Check the spelling of the server name."))
            .arg(url.host().isEmpty()
                    ? textIn(language, context, QT_TRANSLATE_NOOP("nb::RequestFailure", "that address"))
                    : url.host(),
                withDetail(detail));
    }
    return textIn(language, context, QT_TRANSLATE_NOOP("nb::RequestFailure", "The request failed."));
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
