#pragma once
// The usage-limit notice of the Server Notices module and the pins that make it the
// user's banner: what is sent, and how the pinned list changes. Pure, unit-tested.
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace nb {

// {msgtype: m.server_notice, server_notice_type: m.server_notice.usage_limit_reached,
//  limit_type, admin_contact, body: a plain-English sentence}. An empty contact is sent
// as null, the way Synapse's own notices carry it.
nlohmann::json usageLimitNoticeContent(const QString& limitType, const QString& adminContact);
// Its body alone, for a preview (widgets never take JSON apart).
QString usageLimitNoticeBody(const QString& limitType, const QString& adminContact);

// Whether an event is a usage-limit notice; `limitType` empty: of any limit type.
bool isUsageLimitNotice(const nlohmann::json& event, const QString& limitType = {});

QStringList pinnedIds(const nlohmann::json& pinnedContent);

// The content of m.room.pinned_events with `eventId` added at the end (once). Other keys
// of the existing content are kept.
nlohmann::json withPin(const nlohmann::json& pinnedContent, const QString& eventId);
nlohmann::json withoutPins(const nlohmann::json& pinnedContent, const QStringList& eventIds);

} // namespace nb
