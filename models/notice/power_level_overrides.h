#pragma once
// Power-level overrides for a new notice room, from what an admin types as rows of a
// table: a key ("events_default", "users.@alice:example.org", "events.m.room.topic",
// "notifications.room") and a level. The result is the override object NoticeRoomSpec
// carries; merging it over the preset (and keeping creators out of `users` in room
// version 12) is noticeRoomRequest's business (presets.h).
#include <QList>
#include <QString>
#include <nlohmann/json.hpp>

namespace nb {

struct PowerLevelOverrideRow {
    QString key;
    QString level; // as typed
};

// The top-level keys an override may set directly (MSC4279 power levels).
bool isPowerLevelKey(const QString& key);

// The rows as a power_levels fragment; *error names the first wrong row (the fragment
// then holds only the valid rows), and is empty when all are valid.
nlohmann::json powerLevelOverrides(const QList<PowerLevelOverrideRow>& rows, QString* error);

} // namespace nb
