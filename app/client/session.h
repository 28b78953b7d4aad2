#pragma once
#include <QString>
#include <QUrl>

namespace nb {

// A logged-in account. The access token lives only in memory and in a TokenVault;
// SessionStore never writes it.
struct Session {
    QUrl homeserver;
    QString serverName;
    QString userId;
    QString deviceId;
    QString accessToken;
};

} // namespace nb
