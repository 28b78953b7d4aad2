#include "notice/power_level_overrides.h"

#include "matrix/user_id.h"

#include <QStringList>

namespace nb {

namespace {
// Keys that nest one level: the part after the first dot names the user, event type or
// notification kind (user IDs and event types contain dots themselves).
const QStringList& nestedKeys()
{
    static const QStringList keys = {
        QStringLiteral("users"), QStringLiteral("events"), QStringLiteral("notifications")};
    return keys;
}
} // namespace

bool isPowerLevelKey(const QString& key)
{
    static const QStringList plain = {QStringLiteral("events_default"), QStringLiteral("state_default"),
        QStringLiteral("users_default"), QStringLiteral("ban"), QStringLiteral("kick"), QStringLiteral("invite"),
        QStringLiteral("redact")};
    return plain.contains(key);
}

nlohmann::json powerLevelOverrides(const QList<PowerLevelOverrideRow>& rows, QString* error)
{
    nlohmann::json result = nlohmann::json::object();
    error->clear();
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const QString key = rows[row].key.trimmed();
        bool ok = false;
        const qint64 level = rows[row].level.trimmed().toLongLong(&ok);
        auto fail = [&](const QString& why) {
            if (error->isEmpty())
                *error = QStringLiteral("Power-level override %1: %2").arg(row + 1).arg(why);
        };
        // Matrix power levels are canonical-JSON integers; keep to the sane range.
        if (!ok || level < -1000000 || level > 1000000) {
            fail(QStringLiteral("the level must be a whole number, such as 0, 50 or 100."));
            continue;
        }
        if (isPowerLevelKey(key)) {
            result[key.toStdString()] = level;
            continue;
        }
        const QString head = key.section(QLatin1Char('.'), 0, 0);
        const QString tail = key.section(QLatin1Char('.'), 1);
        if (!nestedKeys().contains(head) || tail.isEmpty()) {
            fail(QStringLiteral("\"%1\" is not a power-level key (hover the table for the list).").arg(key));
            continue;
        }
        if (head == QLatin1String("users") && !isValidUserId(tail)) {
            fail(QStringLiteral("\"%1\" is not a Matrix ID like @name:server.").arg(tail));
            continue;
        }
        result[head.toStdString()][tail.toStdString()] = level;
    }
    return result;
}

} // namespace nb
