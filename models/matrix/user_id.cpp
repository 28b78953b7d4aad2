#include "matrix/user_id.h"

namespace nb {

bool isValidUserId(const QString& userId)
{
    const qsizetype colon = userId.indexOf(QLatin1Char(':'));
    return userId.startsWith(QLatin1Char('@')) && colon > 1 && colon < userId.size() - 1;
}

QString serverNameOf(const QString& userId)
{
    if (!isValidUserId(userId))
        return {};
    return userId.mid(userId.indexOf(QLatin1Char(':')) + 1);
}

QString localpartOf(const QString& userId)
{
    if (!isValidUserId(userId))
        return {};
    return userId.mid(1, userId.indexOf(QLatin1Char(':')) - 1);
}

} // namespace nb
