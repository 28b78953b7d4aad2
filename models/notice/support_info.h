#pragma once
// /.well-known/matrix/support: who the server's administrators are.
#include <QByteArray>
#include <QStringList>
#include <optional>

namespace nb {

struct SupportInfo {
    QStringList adminUserIds; // contacts with role m.role.admin and a matrix_id
    QString supportPage;
};

std::optional<SupportInfo> parseSupportInfo(const QByteArray& body);

} // namespace nb
