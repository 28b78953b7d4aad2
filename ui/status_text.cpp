#include "status_text.h"

#include <QCoreApplication>

namespace nb {

QString describeConnectionState(ConnectionState state, const QString& detail)
{
    switch (state) {
    case ConnectionState::Online:
        return QCoreApplication::translate("nb::StatusText", "Connected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("nb::StatusText", "Connecting\u2026");
    case ConnectionState::Reconnecting:
        return detail.isEmpty() ? QCoreApplication::translate("nb::StatusText", "Reconnecting\u2026")
                                : QCoreApplication::translate("nb::StatusText", "Reconnecting\u2026 (%1)").arg(detail);
    case ConnectionState::LoggedOut:
        return detail.isEmpty() ? QCoreApplication::translate("nb::StatusText", "Not connected")
                                : QCoreApplication::translate("nb::StatusText", "Not connected: %1").arg(detail);
    }
    return {};
}

} // namespace nb
