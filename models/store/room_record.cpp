#include "store/room_record.h"
#include "matrix/json_access.h"
#include "notice/identifiers.h"

namespace nb {

using json = nlohmann::json;
using namespace json_access;

std::string stateKeyOf(const std::string& type, const std::string& stateKey)
{
    std::string key = type;
    key += '\x1f';
    key += stateKey;
    return key;
}

bool isTrackedStateType(const std::string& type)
{
    return type == "m.room.create" || type == "m.room.name" || type == "m.room.topic" || type == "m.room.power_levels"
        || type == "m.room.pinned_events" || type == "m.room.member" || type == ids::leaveRulesStable
        || type == ids::leaveRulesUnstable;
}

const json* RoomRecord::stateEvent(const char* type, const std::string& key) const
{
    const auto it = state.find(stateKeyOf(type, key));
    return it == state.end() ? nullptr : &it->second;
}

const json* RoomRecord::stateContent(const char* type, const std::string& key) const
{
    const json* event = stateEvent(type, key);
    return event ? objectMember(*event, "content") : nullptr;
}

const json* RoomRecord::findEvent(const std::string& eventId) const
{
    if (messageIds.count(eventId)) {
        for (const auto& message : messages)
            if (string(message, "event_id").value_or(std::string {}) == eventId)
                return &message;
    }
    const auto it = fetched.find(eventId);
    return it == fetched.end() ? nullptr : &it->second;
}

json RoomRecord::toJson() const
{
    json state_ = json::array();
    for (const auto& [key, event] : state)
        state_.push_back(event);
    json fetched_ = json::array();
    for (const auto& [id, event] : fetched)
        fetched_.push_back(event);
    json object = {
        {"membership", membershipName(membership).toStdString()},
        {"state", std::move(state_)},
        {"messages", messages},
        {"fetched", std::move(fetched_)},
        {"notification_count", notificationCount},
        {"own_receipt", ownReceipt},
        {"inviter", inviter},
        {"invite_ts", inviteTimestamp},
    };
    if (tags)
        object["tags"] = *tags;
    return object;
}

std::optional<RoomRecord> RoomRecord::fromJson(const json& object)
{
    if (!object.is_object())
        return std::nullopt;
    RoomRecord record;
    const std::string membership = string(object, "membership").value_or("");
    if (membership == "invite")
        record.membership = Membership::Invite;
    else if (membership == "leave")
        record.membership = Membership::Leave;
    else if (membership == "join")
        record.membership = Membership::Join;
    else
        return std::nullopt;
    if (const json* state = arrayMember(object, "state")) {
        for (const auto& event : *state) {
            auto type = string(event, "type");
            auto key = string(event, "state_key");
            if (type && key)
                record.state[stateKeyOf(*type, *key)] = event;
        }
    }
    if (const json* messages = arrayMember(object, "messages")) {
        for (const auto& event : *messages) {
            auto id = string(event, "event_id");
            if (id && record.messageIds.insert(*id).second)
                record.messages.push_back(event);
        }
    }
    if (const json* fetched = arrayMember(object, "fetched")) {
        for (const auto& event : *fetched)
            if (auto id = string(event, "event_id"))
                record.fetched[*id] = event;
    }
    if (const json* tags = arrayMember(object, "tags")) {
        record.tags.emplace();
        for (const auto& tag : *tags)
            if (tag.is_string())
                record.tags->insert(tag.get<std::string>());
    }
    record.notificationCount = int(integer(object, "notification_count").value_or(0));
    record.ownReceipt = string(object, "own_receipt").value_or("");
    record.inviter = string(object, "inviter").value_or("");
    record.inviteTimestamp = integer(object, "invite_ts").value_or(0);
    return record;
}

} // namespace nb
