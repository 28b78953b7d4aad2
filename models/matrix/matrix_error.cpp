#include "matrix/matrix_error.h"
#include "matrix/json_access.h"

#include <QCoreApplication>

namespace nb {

using namespace json_access;

MatrixError parseMatrixError(int httpStatus, const QByteArray& body)
{
    MatrixError error;
    error.httpStatus = httpStatus;
    const auto parsed = nlohmann::json::parse(body.cbegin(), body.cend(), nullptr, false);
    if (!parsed.is_object())
        return error;
    error.errcode = qstring(parsed, "errcode");
    error.message = qstring(parsed, "error");
    // MSC4368: Synapse sends the unprefixed key (and null when unknown); accept the
    // unstable prefix too.
    for (const char* key : {"limit_type", "io.element.msc4368.limit_type"}) {
        if (auto value = string(parsed, key)) {
            error.limitType = toQString(*value);
            break;
        }
    }
    if (auto contact = string(parsed, "admin_contact"))
        error.adminContact = toQString(*contact);
    if (auto retry = integer(parsed, "retry_after_ms"))
        error.retryAfterMs = *retry;
    if (auto consent = string(parsed, "consent_uri"))
        error.consentUri = toQString(*consent);
    error.softLogout = boolean(parsed, "soft_logout").value_or(false);
    return error;
}

namespace {
// The server's words inside our sentence stay on its line: a line break in them could
// start a line of their own that reads as ours ("Logged in as ..."), in a terminal or
// a message bar.
QString quotedOnOneLine(QString text)
{
    for (QChar& c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar(0x000B)
            || c == QChar(0x000C) || c == QChar(0x0085) || c == QChar(0x2028) || c == QChar(0x2029))
            c = QLatin1Char(' ');
    return text;
}
} // namespace

QString describeMatrixError(const MatrixError& error, TextLanguage language)
{
    constexpr const char* context = "nb::MatrixError";
    const QString code = error.errcode;
    QString words;
    if (code == QStringLiteral("M_FORBIDDEN") && error.httpStatus == 403
        && error.message.contains(QStringLiteral("password"), Qt::CaseInsensitive))
        words = textIn(language, context, QT_TRANSLATE_NOOP("nb::MatrixError", "The user name or password is wrong."));
    else if (code == QStringLiteral("M_FORBIDDEN"))
        words = textIn(language, context, QT_TRANSLATE_NOOP("nb::MatrixError", "The server refused this request."));
    else if (code == QStringLiteral("M_UNKNOWN_TOKEN"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP(
                "nb::MatrixError", "Your session has ended (signed out or expired). Please log in again."));
    else if (code == QStringLiteral("M_USER_DEACTIVATED"))
        words = textIn(language, context, QT_TRANSLATE_NOOP("nb::MatrixError", "This account has been deactivated."));
    else if (code == QStringLiteral("M_USER_LOCKED"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP("nb::MatrixError", "This account has been locked by the server's administrators."));
    else if (code == QStringLiteral("M_USER_SUSPENDED"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP("nb::MatrixError", "This account is suspended: the server refuses what it sends."));
    else if (code == QStringLiteral("M_CONSENT_NOT_GIVEN"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP("nb::MatrixError", "The server asks you to accept its terms of service first."));
    else if (code == QStringLiteral("M_LIMIT_EXCEEDED") && error.retryAfterMs && *error.retryAfterMs > 0) {
        // Stock Synapse: a 6th login from one address within minutes waits ~5.5 min. Say how
        // long, so a person or a script knows when to try again, rather than "shortly".
        const qint64 seconds = (*error.retryAfterMs + 999) / 1000;
        words = seconds < 120 ? textIn(language, context,
                    QT_TRANSLATE_NOOP("nb::MatrixError", "The server is rate-limiting requests; try again in %1 s."))
                                    .arg(seconds)
                              : textIn(language, context,
                                  QT_TRANSLATE_NOOP("nb::MatrixError",
                                      "The server is rate-limiting requests; try again in about %1 min."))
                                    .arg((seconds + 30) / 60);
    } else if (code == QStringLiteral("M_LIMIT_EXCEEDED"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP("nb::MatrixError", "The server is rate-limiting requests; try again shortly."));
    else if (code == QStringLiteral("M_RESOURCE_LIMIT_EXCEEDED"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP("nb::MatrixError", "The server has reached a usage limit and refused the request."));
    else if (code == QStringLiteral("M_CANNOT_LEAVE_SERVER_NOTICE_ROOM"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP("nb::MatrixError", "Your server does not let you leave or decline its notice room."));
    else if (code == QStringLiteral("M_NOT_FOUND"))
        words = textIn(
            language, context, QT_TRANSLATE_NOOP("nb::MatrixError", "The server could not find what was asked for."));
    else if (code == QStringLiteral("M_BAD_JSON") || code == QStringLiteral("M_NOT_JSON"))
        words = textIn(language, context,
            QT_TRANSLATE_NOOP("nb::MatrixError", "The server did not accept the request's contents."));
    else if (code == QStringLiteral("M_UNRECOGNIZED"))
        words = textIn(
            language, context, QT_TRANSLATE_NOOP("nb::MatrixError", "The server does not support this request."));
    else if (error.httpStatus >= 500)
        words = textIn(
            language, context, QT_TRANSLATE_NOOP("nb::MatrixError", "The server had an internal problem (HTTP %1)."))
                    .arg(error.httpStatus);
    else
        words =
            textIn(language, context, QT_TRANSLATE_NOOP("nb::MatrixError", "The server refused the request (HTTP %1)."))
                .arg(error.httpStatus);

    if (!error.message.isEmpty() && !code.isEmpty())
        words += textIn(language, context, QT_TRANSLATE_NOOP("nb::MatrixError", " Server said: \u201c%1\u201d (%2)."))
                     .arg(quotedOnOneLine(error.message), code);
    else if (!code.isEmpty())
        words += QStringLiteral(" (%1)").arg(code);
    return words;
}

} // namespace nb
