#pragma once
// What the user may do in a notice room, decided before asking the server: the
// MSC4279 leave rule, "no rejecting" for official notices, power levels for replies.
#include "store/notice_room.h"

#include <QString>
#include <optional>

namespace nb {

enum class RoomAction { Accept, Reject, Archive, Forget, Reply, MarkRead };

// nullopt: allowed. Otherwise why not, in words for the person.
std::optional<QString> refusalFor(RoomAction action, const NoticeRoom& room);

} // namespace nb
