#pragma once
// The raw, per-room memory of the store: the server's events as it sent them,
// limited to what a notice app needs. Interpretation lives in notice_view.cpp.
#include "store/notice_room.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace nb {

struct RoomRecord {
    Membership membership = Membership::Join;
    // Current state, keyed by stateKey(type, state_key); full events (stripped for invites).
    std::map<std::string, nlohmann::json> state;
    // m.room.message events in arrival order, de-duplicated, bounded.
    std::vector<nlohmann::json> messages;
    std::set<std::string> messageIds;
    // Events fetched on their own (pinned notices outside the timeline window).
    std::map<std::string, nlohmann::json> fetched;
    std::optional<std::set<std::string>> tags; // nullopt: not known yet (an invite)
    int notificationCount = 0;
    std::string ownReceipt;
    std::string inviter;
    qint64 inviteTimestamp = 0;

    static constexpr std::size_t maxMessages = 500;

    const nlohmann::json* stateEvent(const char* type, const std::string& key = {}) const;
    const nlohmann::json* stateContent(const char* type, const std::string& key = {}) const;
    // A message known to this room, from the timeline or fetched on its own.
    const nlohmann::json* findEvent(const std::string& eventId) const;

    nlohmann::json toJson() const;
    static std::optional<RoomRecord> fromJson(const nlohmann::json& object);
};

std::string stateKeyOf(const std::string& type, const std::string& stateKey);

// Whether the store keeps state events of this type at all (the sync filter asks for
// the same list; anything else the server sends anyway is dropped).
bool isTrackedStateType(const std::string& type);

} // namespace nb
