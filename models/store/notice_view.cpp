// Interpretation of a room's raw record: is it a notice room, is it official, what
// may the user do there, and which of its messages are notices.
#include "matrix/json_access.h"
#include "notice/html_sanitizer.h"
#include "notice/identifiers.h"
#include "notice/power_levels.h"
#include "store/notice_store.h"
#include "store/room_record.h"

namespace nb {

using json = nlohmann::json;
using namespace json_access;

namespace {

RoomEvidence evidenceOf(const RoomRecord& record)
{
    RoomEvidence evidence;
    evidence.hasServerNoticeTag = record.tags && record.tags->count(ids::serverNoticeTag) > 0;
    if (const json* create = record.stateEvent("m.room.create")) {
        const json* content = objectMember(*create, "content");
        if (content) {
            evidence.roomType = qstring(*content, "type");
            evidence.federate = boolean(*content, "m.federate");
            // Room versions before 11 name the creator in the content; 11 uses the sender.
            evidence.creator = qstring(*content, "creator");
        }
        if (evidence.creator.isEmpty())
            evidence.creator = qstring(*create, "sender");
    }
    return evidence;
}

LeaveRule leaveRuleOf(const RoomRecord& record)
{
    for (const char* type : {ids::leaveRulesStable, ids::leaveRulesUnstable}) {
        if (const json* content = record.stateContent(type)) {
            const auto rule = string(*content, "leave_rule").value_or("");
            if (rule == "allow")
                return LeaveRule::Allow;
            if (rule == "deny")
                return LeaveRule::Deny;
        }
    }
    // Deny by default in every notice room. MSC4279 says so for typed rooms; the legacy
    // room is untyped and Synapse would let the user leave it, but it carries the pinned
    // usage-limit notices: archiving it would hide a limit that is still in force.
    return LeaveRule::Deny;
}

std::vector<std::string> pinnedIds(const RoomRecord& record)
{
    std::vector<std::string> ids;
    const json* content = record.stateContent("m.room.pinned_events");
    if (const json* pinned = content ? arrayMember(*content, "pinned") : nullptr)
        for (const auto& id : *pinned)
            if (id.is_string())
                ids.push_back(id.get<std::string>());
    return ids;
}

std::optional<Notice> noticeFrom(const json& event, const QString& ownUserId, Trust trust)
{
    const json* content = objectMember(event, "content");
    if (!content)
        return std::nullopt;
    Notice notice;
    notice.msgtype = qstring(*content, "msgtype");
    // The spec: m.server_notice messages outside an official notice room are ignored.
    if (notice.msgtype == QLatin1String(ids::serverNoticeMsgtype) && trust != Trust::Official)
        return std::nullopt;
    notice.eventId = qstring(event, "event_id");
    notice.sender = qstring(event, "sender");
    notice.timestamp = integer(event, "origin_server_ts").value_or(0);
    notice.body = qstring(*content, "body");
    if (qstring(*content, "format") == QStringLiteral("org.matrix.custom.html"))
        notice.html = sanitizeNoticeHtml(qstring(*content, "formatted_body"));
    notice.fromMe = notice.sender == ownUserId;
    if (notice.msgtype == QLatin1String(ids::serverNoticeMsgtype)) {
        notice.serverNoticeType = qstring(*content, "server_notice_type");
        notice.limitType = qstring(*content, "limit_type");
        notice.adminContact = qstring(*content, "admin_contact");
    }
    if (notice.eventId.isEmpty())
        return std::nullopt;
    return notice;
}

} // namespace

bool NoticeStore::isNoticeRoom(const RoomRecord& record) const
{
    return classifyRoom(evidenceOf(record), m_context).has_value();
}

std::optional<NoticeRoom> NoticeStore::buildView(const std::string& roomId, const RoomRecord& record) const
{
    const auto classification = classifyRoom(evidenceOf(record), m_context);
    if (!classification)
        return std::nullopt;
    NoticeRoom room;
    room.roomId = toQString(roomId);
    room.kind = classification->kind;
    room.trust = classification->trust;
    room.trustReason = classification->reason;
    room.membership = record.membership;
    room.creator = evidenceOf(record).creator;
    room.inviter = toQString(record.inviter);
    if (const json* name = record.stateContent("m.room.name"))
        room.name = qstring(*name, "name").trimmed();
    if (const json* topic = record.stateContent("m.room.topic"))
        room.topic = qstring(*topic, "topic").trimmed();
    room.leaveRule = leaveRuleOf(record);
    const PowerLevels levels = PowerLevels::fromContent(
        record.stateContent("m.room.power_levels") ? *record.stateContent("m.room.power_levels") : json());
    room.canReply = record.membership == Membership::Join
        && levels.canSend(m_context.ownUserId, QStringLiteral("m.room.message"), false);
    room.readUpTo = toQString(record.ownReceipt);

    const auto pinned = pinnedIds(record);
    auto addNotice = [&](const json& event) {
        if (string(event, "type").value_or("") != "m.room.message")
            return;
        if (auto notice = noticeFrom(event, m_context.ownUserId, room.trust)) {
            notice->pinned = std::find(pinned.begin(), pinned.end(), notice->eventId.toStdString()) != pinned.end();
            room.notices.push_back(std::move(*notice));
        }
    };
    for (const auto& message : record.messages)
        addNotice(message);
    for (const auto& [id, event] : record.fetched)
        if (!record.messageIds.count(id))
            addNotice(event);
    std::stable_sort(room.notices.begin(), room.notices.end(),
        [](const Notice& a, const Notice& b) { return a.timestamp < b.timestamp; });

    room.lastActivity = record.inviteTimestamp;
    if (!room.notices.empty())
        room.lastActivity = std::max(room.lastActivity, room.notices.back().timestamp);
    if (record.membership == Membership::Invite)
        room.unread = 1; // the unopened invitation is itself the new notice
    else if (record.membership == Membership::Join)
        room.unread = record.notificationCount;
    return room;
}

std::optional<UsageLimit> NoticeStore::pinnedUsageLimit() const
{
    std::optional<UsageLimit> newest;
    qint64 newestTimestamp = -1;
    for (const auto& [roomId, record] : m_rooms) {
        if (record->membership != Membership::Join)
            continue;
        const auto classification = classifyRoom(evidenceOf(*record), m_context);
        if (!classification || classification->trust != Trust::Official)
            continue;
        const json* levelsContent = record->stateContent("m.room.power_levels");
        const PowerLevels levels = PowerLevels::fromContent(levelsContent ? *levelsContent : json());
        for (const auto& id : pinnedIds(*record)) {
            const json* event = record->findEvent(id);
            const json* content = event ? objectMember(*event, "content") : nullptr;
            if (!content || string(*content, "msgtype").value_or("") != ids::serverNoticeMsgtype
                || string(*content, "server_notice_type").value_or("") != ids::usageLimitReached)
                continue;
            // Only someone who could also pin it speaks for the server: a user replying
            // in a two-way notice room cannot raise a banner.
            const QString sender = qstring(*event, "sender");
            if (sender == m_context.ownUserId || !levels.canSend(sender, QStringLiteral("m.room.pinned_events"), true))
                continue;
            const qint64 ts = integer(*event, "origin_server_ts").value_or(0);
            if (ts <= newestTimestamp)
                continue;
            newestTimestamp = ts;
            newest = UsageLimit {qstring(*content, "limit_type"), qstring(*content, "admin_contact"),
                UsageLimit::Source::PinnedNotice, toQString(roomId), toQString(id)};
        }
    }
    return newest;
}

} // namespace nb
