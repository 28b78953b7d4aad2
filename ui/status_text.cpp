#include "status_text.h"

namespace nb {

QString describeConnectionState(ConnectionState state, const QString& detail)
{
    switch (state) {
    case ConnectionState::Online:
        return QStringLiteral("Connected");
    case ConnectionState::Connecting:
        return QStringLiteral("Connecting\u2026");
    case ConnectionState::Reconnecting:
        return detail.isEmpty() ? QStringLiteral("Reconnecting\u2026")
                                : QStringLiteral("Reconnecting\u2026 (%1)").arg(detail);
    case ConnectionState::LoggedOut:
        return detail.isEmpty() ? QStringLiteral("Not connected") : QStringLiteral("Not connected: %1").arg(detail);
    }
    return {};
}

} // namespace nb
