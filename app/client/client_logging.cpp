#include "client_logging.h"

namespace nb {
Q_LOGGING_CATEGORY(lcHttp, "nb.client.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "nb.client.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "nb.client.session", QtInfoMsg)
} // namespace nb
