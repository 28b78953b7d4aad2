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
        || type == "m.room.avatar" || type == "m.room.pinned_events" || type == "m.room.member"
        || type == ids::leaveRulesStable || type == ids::leaveRulesUnstable;
}

const std::map<std::string, json>& RoomRecord::describingState() const
{
    // A declined invite leaves with no state of its own: what the invite said still names it.
    const bool onlyInvited = membership == Membership::Invite || state.empty();
    return onlyInvited && !inviteState.empty() ? inviteState : state;
}

const json* RoomRecord::stateEvent(const char* type, const std::string& key) const
{
    const auto& events = describingState();
    const auto it = events.find(stateKeyOf(type, key));
    return it == events.end() ? nullptr : &it->second;
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

std::vector<std::string> pinnedIdsIn(const json* content)
{
    std::vector<std::string> ids;
    if (const json* pinned = content ? arrayMember(*content, "pinned") : nullptr)
        for (const auto& id : *pinned)
            if (id.is_string())
                ids.push_back(id.get<std::string>());
    return ids;
}

std::optional<std::string> redactedEventId(const json& redaction)
{
    if (const json* content = objectMember(redaction, "content"))
        if (auto id = string(*content, "redacts"))
            return id;
    return string(redaction, "redacts");
}

void redactInPlace(json& event, const json& redaction)
{
    // What a redaction leaves of a message (the spec's redaction algorithm keeps no
    // content keys of m.room.message), plus the reason it was withdrawn.
    json kept = json::object();
    for (const char* key : {"event_id", "type", "sender", "origin_server_ts", "room_id"})
        if (const json* value = member(event, key))
            kept[key] = *value;
    kept["content"] = json::object();
    kept["unsigned"] = {{"redacted_because", redaction}};
    // A withdrawn edit is no notice of its own: the redaction takes the relation that
    // said so, so it is remembered here (a device that never saw it cannot know).
    const json* content = objectMember(event, "content");
    const json* relates = content ? objectMember(*content, "m.relates_to") : nullptr;
    if (relates && string(*relates, "rel_type").value_or("") == "m.replace")
        kept[withdrawnEditKey] = string(*relates, "event_id").value_or("");
    event = std::move(kept);
}

bool isRedacted(const json& event)
{
    const json* unsignedData = objectMember(event, "unsigned");
    return unsignedData && member(*unsignedData, "redacted_because");
}

namespace {
json eventArray(const std::map<std::string, json>& events)
{
    json array = json::array();
    for (const auto& [key, event] : events)
        array.push_back(event);
    return array;
}

void readStateArray(const json& object, const char* key, std::map<std::string, json>& out)
{
    if (const json* events = arrayMember(object, key)) {
        for (const auto& event : *events) {
            auto type = string(event, "type");
            auto stateKey = string(event, "state_key");
            if (type && stateKey)
                out[stateKeyOf(*type, *stateKey)] = event;
        }
    }
}
} // namespace

json RoomRecord::toJson() const
{
    json gaps_ = json::array();
    for (const auto& gap : gaps)
        gaps_.push_back({{"from", gap.from}, {"stop_at", gap.stopAt}, {"fetched", gap.fetched}, {"budget", gap.budget},
            {"redactions_only", gap.redactionsOnly}, {"stop_ts", gap.stopBeforeTs}});
    json object = {
        {"membership", membershipName(membership).toStdString()},
        {"state", eventArray(state)},
        {"invite_state", eventArray(inviteState)},
        {"messages", messages},
        {"fetched", eventArray(fetched)},
        {"pending_redactions", eventArray(pendingRedactions)},
        {"gaps", std::move(gaps_)},
        {"older_from", olderFrom},
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
    readStateArray(object, "state", record.state);
    readStateArray(object, "invite_state", record.inviteState);
    // Saved before invites kept their stripped state apart: that state was the invite's.
    if (record.membership == Membership::Invite && !member(object, "invite_state"))
        std::swap(record.state, record.inviteState);
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
    if (const json* redactions = arrayMember(object, "pending_redactions")) {
        for (const auto& redaction : *redactions)
            if (auto target = redactedEventId(redaction))
                record.pendingRedactions[*target] = redaction;
    }
    if (const json* gaps = arrayMember(object, "gaps")) {
        for (const auto& gap : *gaps) {
            auto from = string(gap, "from");
            if (from && !from->empty())
                record.gaps.push_back({*from, string(gap, "stop_at").value_or(""),
                    int(integer(gap, "fetched").value_or(0)), int(integer(gap, "budget").value_or(historyBudget)),
                    boolean(gap, "redactions_only").value_or(false), integer(gap, "stop_ts").value_or(0)});
        }
    }
    record.olderFrom = string(object, "older_from").value_or("");
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
