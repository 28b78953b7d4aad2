#pragma once
// The connection state in words for the status bar.
#include "service/notice_service.h"

namespace nb {

QString describeConnectionState(ConnectionState state, const QString& detail);

} // namespace nb
