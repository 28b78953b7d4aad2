#pragma once
#include <QString>

namespace nb {

// "@alice:example.org:8448" -> "example.org:8448"; "" when not a user ID.
QString serverNameOf(const QString& userId);
// "@alice:example.org" -> "alice".
QString localpartOf(const QString& userId);
bool isValidUserId(const QString& userId);

} // namespace nb
