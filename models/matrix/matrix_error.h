#pragma once
// A refusal from a Matrix server, parsed from the standard error body
// ({"errcode", "error", ...}) plus the fields this app acts on.
#include "text/text_language.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace nb {

struct MatrixError {
    int httpStatus = 0;
    QString errcode; // e.g. M_FORBIDDEN; empty when the body was not a Matrix error
    QString message; // the server's "error" text, may be empty
    // M_RESOURCE_LIMIT_EXCEEDED (MSC4368): limit_type or io.element.msc4368.limit_type.
    std::optional<QString> limitType;
    std::optional<QString> adminContact;
    std::optional<qint64> retryAfterMs; // M_LIMIT_EXCEEDED
    std::optional<QString> consentUri; // M_CONSENT_NOT_GIVEN: the terms-of-service page
    bool softLogout = false; // 401 with soft_logout: the session stays, the token may work again

    bool isResourceLimit() const { return errcode == QStringLiteral("M_RESOURCE_LIMIT_EXCEEDED"); }
};

// Never throws: a body that is not JSON or not an object yields an error with only
// httpStatus set.
MatrixError parseMatrixError(int httpStatus, const QByteArray& body);

// What happened, in plain words, for a person (not the errcode alone). English (the default)
// where it is recorded (campaign journals, JSON); TextLanguage::User where it is shown.
QString describeMatrixError(const MatrixError& error, TextLanguage language = TextLanguage::English);

} // namespace nb
