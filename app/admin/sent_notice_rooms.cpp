#include "admin/sent_notice_rooms.h"

#include "matrix/json_access.h"
#include "notice/identifiers.h"
#include "notice/power_levels.h"
#include "notice/trust.h"

#include <QHash>
#include <algorithm>
#include <map>

namespace nb {

using json = nlohmann::json;
using namespace json_access;

namespace {

// Nothing the console does not read: no presence, no global account data.
json quietFilter(json room)
{
    room["account_data"] = {{"types", json::array()}};
    room["include_leave"] = false;
    return {{"room", std::move(room)}, {"presence", {{"types", json::array()}}},
        {"account_data", {{"types", json::array()}}}};
}

// The room's current state as (type, state_key) -> event: the sync's state section
// (state before the timeline) overlaid with the state events in the timeline.
using StateMap = std::map<std::pair<std::string, std::string>, const json*>;

StateMap currentState(const json& room)
{
    StateMap state;
    for (const char* section : {"state", "timeline"}) {
        const json* part = objectMember(room, section);
        const json* events = part ? arrayMember(*part, "events") : nullptr;
        if (!events)
            continue;
        for (const json& event : *events) {
            const auto type = string(event, "type");
            const auto key = string(event, "state_key");
            if (type && key)
                state[{*type, *key}] = &event;
        }
    }
    return state;
}

const json* stateContent(const StateMap& state, const char* type, const std::string& key = {})
{
    const auto it = state.find({type, key});
    return it == state.end() ? nullptr : objectMember(*it->second, "content");
}

QString creatorOf(const StateMap& state)
{
    const auto it = state.find({"m.room.create", ""});
    if (it == state.end())
        return {};
    // The creator is the sender: from room version 11 on there is no `creator` key, and
    // servers keep one a client adds, so anyone could name the admin there. A room whose
    // content names someone other than its sender is nobody's (as in the trust rules).
    const QString sender = qstring(*it->second, "sender");
    const json* content = objectMember(*it->second, "content");
    const QString named = content ? qstring(*content, "creator") : QString();
    return named.isEmpty() || named == sender ? sender : QString();
}

QString roomTypeOf(const StateMap& state)
{
    const json* content = stateContent(state, "m.room.create");
    return content ? qstring(*content, "type") : QString();
}

const json* joinedRooms(const json& sync)
{
    const json* rooms = objectMember(sync, "rooms");
    return rooms ? objectMember(*rooms, "join") : nullptr;
}

// The other member: prefer one still invited or joined, then any; sorted for stability.
std::pair<QString, QString> recipientOf(const StateMap& state, const QString& me)
{
    std::pair<QString, QString> fallback;
    for (const auto& [key, event] : state) {
        if (key.first != "m.room.member" || toQString(key.second) == me)
            continue;
        const json* content = objectMember(*event, "content");
        const QString membership = content ? qstring(*content, "membership") : QString();
        const QString user = toQString(key.second);
        if (membership == QStringLiteral("invite") || membership == QStringLiteral("join"))
            return {user, membership};
        if (fallback.first.isEmpty())
            fallback = {user, membership};
    }
    return fallback;
}

// The recipient's unthreaded m.read receipt, from the m.receipt ephemeral events.
QString receiptOf(const json& room, const QString& user)
{
    const json* ephemeral = objectMember(room, "ephemeral");
    const json* events = ephemeral ? arrayMember(*ephemeral, "events") : nullptr;
    if (!events)
        return {};
    const std::string userKey = user.toStdString();
    QString found;
    for (const json& event : *events) {
        if (string(event, "type").value_or("") != "m.receipt")
            continue;
        const json* content = objectMember(event, "content");
        if (!content)
            continue;
        for (auto it = content->begin(); it != content->end(); ++it) {
            const json* read = objectMember(it.value(), "m.read");
            const json* receipt = read ? objectMember(*read, userKey.c_str()) : nullptr;
            if (!receipt)
                continue;
            const std::string thread = string(*receipt, "thread_id").value_or("main");
            if (thread == "main")
                found = toQString(it.key());
        }
    }
    return found;
}

SentNoticeRoom buildRoom(const QString& roomId, const json& room, const QString& me)
{
    const StateMap state = currentState(room);
    SentNoticeRoom out;
    out.roomId = roomId;
    out.roomType = roomTypeOf(state);
    if (const json* content = stateContent(state, "m.room.name"))
        out.name = qstring(*content, "name");
    if (const json* content = stateContent(state, "m.room.topic"))
        out.topic = qstring(*content, "topic");
    std::tie(out.recipient, out.recipientMembership) = recipientOf(state, me);

    // Stable first, as the receiving side reads it; both are written by setLeaveRule.
    out.leaveRule = QStringLiteral("deny");
    for (const char* type : {ids::leaveRulesStable, ids::leaveRulesUnstable}) {
        const json* content = stateContent(state, type);
        const QString rule = content ? qstring(*content, "leave_rule") : QString();
        if (rule == QStringLiteral("allow") || rule == QStringLiteral("deny")) {
            out.leaveRule = rule;
            out.leaveRuleType = QLatin1String(type);
            break;
        }
    }
    if (const json* content = stateContent(state, "m.room.power_levels")) {
        // The room version decides who the creators are and whether they outrank `users`.
        const auto create = state.find({"m.room.create", ""});
        const PowerLevels levels = PowerLevels::forRoom(create == state.end() ? nullptr : create->second, content);
        out.readOnly =
            out.recipient.isEmpty() || !levels.canSend(out.recipient, QStringLiteral("m.room.message"), false);
    }
    if (const json* content = stateContent(state, "m.room.pinned_events"))
        if (const json* pinned = arrayMember(*content, "pinned"))
            for (const json& id : *pinned)
                if (id.is_string())
                    out.pinned.push_back(toQString(id.get<std::string>()));

    // Read: the receipt is on the newest notice or later, or the recipient wrote a message
    // after it (a sender has read what came before their own message).
    out.recipientReceipt = receiptOf(room, out.recipient);
    int newestNotice = -1, receiptAt = -1, lastByRecipient = -1;
    const json* timeline = objectMember(room, "timeline");
    const json* events = timeline ? arrayMember(*timeline, "events") : nullptr;
    static const json none = json::array();
    int index = 0;
    for (const json& event : events ? *events : none) {
        const QString eventId = qstring(event, "event_id");
        const QString sender = qstring(event, "sender");
        out.lastActivity = std::max(out.lastActivity, integer(event, "origin_server_ts").value_or(0));
        if (!out.recipientReceipt.isEmpty() && eventId == out.recipientReceipt)
            receiptAt = index;
        const bool isMessage = string(event, "type").value_or("") == "m.room.message" && !string(event, "state_key");
        // Only a message counts as reading what came before: the recipient's join (a state
        // event after the notice) says nothing about whether they read it.
        if (isMessage && sender == out.recipient && !out.recipient.isEmpty())
            lastByRecipient = index;
        if (isMessage) {
            const json* content = objectMember(event, "content");
            SentNoticeMessage message;
            message.eventId = eventId;
            message.sender = sender;
            message.timestamp = integer(event, "origin_server_ts").value_or(0);
            message.msgtype = content ? qstring(*content, "msgtype") : QString();
            message.body = content ? qstring(*content, "body") : QString();
            message.fromRecipient = !out.recipient.isEmpty() && sender == out.recipient;
            if (!message.fromRecipient) {
                newestNotice = index;
                out.newestNoticeId = eventId;
            }
            out.messages.push_back(std::move(message));
        }
        ++index;
    }
    out.recipientRead = newestNotice >= 0 && std::max(receiptAt, lastByRecipient) >= newestNotice;
    return out;
}

} // namespace

json createEventsSyncFilter()
{
    // An empty timeline type list blocks the timeline outright (Synapse then does not
    // page back through history); the state section alone carries m.room.create.
    return quietFilter({{"timeline", {{"types", json::array()}}}, {"state", {{"types", {"m.room.create"}}}},
        {"ephemeral", {{"types", json::array()}}}});
}

json sentRoomsSyncFilter(const QStringList& roomIds, int timelineLimit)
{
    json rooms = json::array();
    for (const QString& id : roomIds)
        rooms.push_back(id.toStdString());
    return quietFilter({{"rooms", std::move(rooms)}, {"timeline", {{"limit", timelineLimit}}},
        {"state", {{"lazy_load_members", false}}}, {"ephemeral", {{"types", {"m.receipt"}}}}});
}

QStringList noticeRoomsCreatedBy(const json& sync, const QString& me)
{
    QStringList ids;
    const json* rooms = joinedRooms(sync);
    if (!rooms)
        return ids;
    for (auto it = rooms->begin(); it != rooms->end(); ++it) {
        const StateMap state = currentState(it.value());
        if (isNoticeRoomType(roomTypeOf(state)) && creatorOf(state) == me)
            ids << toQString(it.key());
    }
    ids.sort();
    return ids;
}

std::vector<SentNoticeRoom> sentNoticeRoomsFromSync(const json& sync, const QString& me, const QStringList& roomIds)
{
    std::vector<SentNoticeRoom> result;
    const json* rooms = joinedRooms(sync);
    if (!rooms)
        return result;
    for (auto it = rooms->begin(); it != rooms->end(); ++it) {
        const QString roomId = toQString(it.key());
        if (roomIds.contains(roomId))
            result.push_back(buildRoom(roomId, it.value(), me));
    }
    std::stable_sort(result.begin(), result.end(),
        [](const SentNoticeRoom& a, const SentNoticeRoom& b) { return a.lastActivity > b.lastActivity; });
    return result;
}

} // namespace nb
