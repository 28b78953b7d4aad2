#pragma once
// The /sync filter of a notice app: only the state that decides notice rooms and
// what the user may do, small timelines, the user's own receipts, room tags.
#include <QString>

namespace nb {

QString noticeSyncFilterJson(int timelineLimit = 20);
// The RoomEventFilter for back-filling a notice room's history from /messages: the
// messages (notices, replies, edits) and the redactions that withdraw them.
QString noticeHistoryFilterJson();
// Redactions only: sweeping a part of the history too long to load for withdrawn notices.
QString noticeRedactionsFilterJson();

} // namespace nb
