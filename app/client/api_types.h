#pragma once
// Typed answers of the endpoints in MatrixApi that are more than one value.
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace nb {

struct LoginResponse {
    QString userId;
    QString accessToken;
    QString deviceId;
    // The server's own discovery hint (login response "well_known"), invalid when absent.
    QUrl wellKnownHomeserver;
};

// One row of GET /_synapse/admin/v2/users.
struct AdminUser {
    QString name; // full user ID
    bool admin = false;
    bool deactivated = false;
    bool isGuest = false;
    QString userType; // "" for ordinary users; "bot", "support", ...
};

struct AdminUserPage {
    QList<AdminUser> users;
    QString nextToken; // empty on the last page
    std::optional<qint64> total;
};

} // namespace nb
