#pragma once
// Building SentNoticeRooms from the admin's own /sync, in two steps that each cost one
// request however many rooms there are:
//   1. a sync that carries only m.room.create of every joined room -> which are notice
//      rooms this admin created;
//   2. a sync restricted to those rooms with their state, the latest timeline and the
//      m.receipt ephemeral events -> recipient, membership, read or not, leave rule.
// /sync is the only client API that hands out other users' read receipts.
#include "admin/sent_notice_room.h"

#include <QStringList>
#include <nlohmann/json.hpp>

namespace nb {

nlohmann::json createEventsSyncFilter();
nlohmann::json sentRoomsSyncFilter(const QStringList& roomIds, int timelineLimit = 20);

// Step 1: joined rooms whose m.room.create has a notice room type and was sent by `me`.
QStringList noticeRoomsCreatedBy(const nlohmann::json& sync, const QString& me);

// Step 2: one SentNoticeRoom per joined room of `sync` that is in `roomIds`, newest
// activity first.
std::vector<SentNoticeRoom> sentNoticeRoomsFromSync(
    const nlohmann::json& sync, const QString& me, const QStringList& roomIds);

} // namespace nb
