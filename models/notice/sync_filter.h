#pragma once
// The /sync filter of a notice app: only the state that decides notice rooms and
// what the user may do, small timelines, the user's own receipts, room tags.
#include <QString>

namespace nb {

QString noticeSyncFilterJson(int timelineLimit = 20);

} // namespace nb
