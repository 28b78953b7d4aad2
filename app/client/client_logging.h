#pragma once
// Logging categories of the client library. Nothing logged here may contain an access
// token, a password or a request body (bodies of login requests carry the password).
#include <QLoggingCategory>

namespace nb {
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
} // namespace nb
