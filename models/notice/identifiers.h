#pragma once
// The identifiers of the Server Notices module and MSC4279, stable and unstable.
// Receiving code accepts both forms; sending code picks one from ServerVersions.
namespace nb::ids {

inline constexpr const char* serverNoticeTag = "m.server_notice";
inline constexpr const char* serverNoticeMsgtype = "m.server_notice";
inline constexpr const char* usageLimitReached = "m.server_notice.usage_limit_reached";

inline constexpr const char* noticeRoomTypeStable = "m.server_notice";
inline constexpr const char* noticeRoomTypeUnstable = "org.matrix.msc4279.server_notice";
inline constexpr const char* leaveRulesStable = "m.room.leave_rules";
inline constexpr const char* leaveRulesUnstable = "org.matrix.msc4279.leave_rules";
inline constexpr const char* presetNoticeStable = "notice";
inline constexpr const char* presetNoticeUnstable = "org.matrix.msc4279.notice";
inline constexpr const char* presetReadonlyStable = "notice_readonly";
inline constexpr const char* presetReadonlyUnstable = "org.matrix.msc4279.notice_readonly";

inline constexpr const char* supportRoleAdmin = "m.role.admin";

} // namespace nb::ids
