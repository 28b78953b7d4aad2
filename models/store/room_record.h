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

// A hole in a room's timeline (a limited sync, or a fresh login): filled from /messages
// backwards, starting at `from`, until `stopAt` (the newest event the store had before
// the hole) or the start of the room, at most `budget` events.
struct TimelineGap {
    std::string from;
    std::string stopAt; // empty: fill to the start of the room (or the budget)
    int fetched = 0;
    int budget = 0;
    // A hole cut short by the budget may still hold redactions of notices the store has:
    // it is then swept for redactions only, back to the newest event known before it
    // (sent at stopBeforeTs), without budget.
    bool redactionsOnly = false;
    qint64 stopBeforeTs = 0;
};

struct RoomRecord {
    Membership membership = Membership::Join;
    // Current state, keyed by stateKey(type, state_key); full events. Only what the
    // user's server authenticated: state learned as a member, never an invite's stripped state.
    std::map<std::string, nlohmann::json> state;
    // The stripped state of the pending invite (what the inviting server says; not trusted).
    std::map<std::string, nlohmann::json> inviteState;
    // m.room.message events (notices, replies and edits), de-duplicated, bounded. A
    // redacted one keeps only its ID, sender, time and unsigned.redacted_because.
    std::vector<nlohmann::json> messages;
    std::set<std::string> messageIds;
    // Redactions whose target has not arrived yet (back-fill runs newest first).
    std::map<std::string, nlohmann::json> pendingRedactions;
    std::vector<TimelineGap> gaps; // holes still to fill
    std::string olderFrom; // where "Load older notices" continues; empty: nothing older known
    // Events fetched on their own (pinned notices outside the timeline window).
    std::map<std::string, nlohmann::json> fetched;
    std::optional<std::set<std::string>> tags; // nullopt: not known yet (an invite)
    int notificationCount = 0;
    std::string ownReceipt;
    std::string inviter;
    qint64 inviteTimestamp = 0;

    // A notice room's whole history up to this many events is loaded at once; more only
    // when the user asks. The bound keeps a hostile room from filling memory and disk.
    static constexpr int historyBudget = 1000;
    static constexpr std::size_t maxMessages = 5000;
    // Other members kept for their names and avatars (notice_store.cpp, keepOtherMember).
    static constexpr std::size_t maxMembers = 500;

    // The state events that describe the room: the authenticated state once the user
    // has been a member, otherwise the invite's stripped state.
    const std::map<std::string, nlohmann::json>& describingState() const;

    const nlohmann::json* stateEvent(const char* type, const std::string& key = {}) const;
    const nlohmann::json* stateContent(const char* type, const std::string& key = {}) const;
    // A message known to this room, from the timeline or fetched on its own.
    const nlohmann::json* findEvent(const std::string& eventId) const;

    nlohmann::json toJson() const;
    static std::optional<RoomRecord> fromJson(const nlohmann::json& object);
};

std::string stateKeyOf(const std::string& type, const std::string& stateKey);

// The event a redaction removes: content.redacts (room version 11 on) or the top-level key.
std::optional<std::string> redactedEventId(const nlohmann::json& redaction);
// The event IDs listed in an m.room.pinned_events content's "pinned" (null: none).
std::vector<std::string> pinnedIdsIn(const nlohmann::json* content);
// Our note, in our copy of an m.room.pinned_events sent by someone who is not a notice
// sender, of the pins in it that still speak for the server ({"pinned": [...]}; written
// by the store as the event arrives, never taken from the server).
inline constexpr const char* kServersPinsKey = "org.noticeboard.servers_pins";
// Empties the event's content as a redaction does (keeps ID, type, sender, time) and
// records the redaction in unsigned.redacted_because.
void redactInPlace(nlohmann::json& event, const nlohmann::json& redaction);
// Set by redactInPlace on a withdrawn edit (m.replace): the event it had replaced.
inline constexpr const char* withdrawnEditKey = "nb_withdrawn_edit_of";
bool isRedacted(const nlohmann::json& event);

// Whether the store keeps state events of this type at all (the sync filter asks for
// the same list; anything else the server sends anyway is dropped).
bool isTrackedStateType(const std::string& type);

} // namespace nb
