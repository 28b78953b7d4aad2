#pragma once
// Generated /sync bodies for the benchmarks: a large account's initial sync, and the
// small incremental sync that brings one new notice. Shared so that every benchmark
// measures the same account.
#include <nlohmann/json.hpp>
#include <string>

namespace nb::bench {

inline const std::string benchUserId = "@alice:example.org";
inline const std::string benchAdminId = "@admin:example.org";

inline nlohmann::json stateEvent(
    const std::string& type, const std::string& sender, nlohmann::json content, const std::string& key, int n)
{
    return {{"type", type}, {"state_key", key}, {"sender", sender}, {"event_id", "$state" + std::to_string(n) + type},
        {"origin_server_ts", 1700000000000 + n}, {"content", std::move(content)}, {"unsigned", {{"age", 1234}}}};
}

inline std::string roomIdOf(int i)
{
    return "!room" + std::to_string(i) + ":example.org";
}

// Room i is an MSC4279 notice room (sent by the admin) when i % 50 == 0.
inline bool isNoticeRoomIndex(int i)
{
    return i % 50 == 0;
}

// Rooms look like Synapse's: create, power levels, name, topic, own member, a few
// messages. One room in fifty is an MSC4279 notice room, one in a hundred legacy.
inline std::string generateSync(int roomCount)
{
    using json = nlohmann::json;
    const std::string& me = benchUserId;
    json join = json::object();
    for (int i = 0; i < roomCount; ++i) {
        const bool msc = isNoticeRoomIndex(i);
        const bool legacy = i % 100 == 1;
        const std::string creator = msc ? benchAdminId : "@user" + std::to_string(i % 97) + ":example.org";
        json create = {{"room_version", "11"}};
        if (msc) {
            create["type"] = "m.server_notice";
            create["m.federate"] = false;
        }
        json state = json::array({
            stateEvent("m.room.create", creator, create, "", i),
            stateEvent("m.room.power_levels", creator,
                {{"users", {{creator, 100}}}, {"users_default", 0}, {"events_default", msc ? 100 : 0},
                    {"state_default", 50}, {"ban", 50}, {"kick", 50}, {"redact", 50}, {"invite", 0},
                    {"events", {{"m.room.name", 50}, {"m.room.power_levels", 100}}}},
                "", i),
            stateEvent("m.room.name", creator, {{"name", "Room number " + std::to_string(i)}}, "", i),
            stateEvent("m.room.topic", creator, {{"topic", "A topic that is a sentence long, as topics are."}}, "", i),
            stateEvent("m.room.member", me, {{"membership", "join"}, {"displayname", "alice"}}, me, i),
        });
        json timeline = json::array();
        for (int m = 0; m < 5; ++m)
            timeline.push_back({{"type", "m.room.message"},
                {"event_id", "$m" + std::to_string(i) + "_" + std::to_string(m)}, {"sender", creator},
                {"origin_server_ts", 1700000001000 + i * 10 + m},
                {"content",
                    {{"msgtype", "m.text"},
                        {"body", "Message " + std::to_string(m) + " in a room of the benchmark, with a bit of text."}}},
                {"unsigned", {{"age", 42}}}});
        json room = {{"state", {{"events", std::move(state)}}},
            {"timeline", {{"events", std::move(timeline)}, {"limited", true}, {"prev_batch", "p1"}}},
            {"ephemeral", {{"events", json::array()}}},
            {"unread_notifications", {{"notification_count", i % 3}, {"highlight_count", 0}}}};
        if (legacy)
            room["account_data"] = {{"events",
                json::array({{{"type", "m.tag"}, {"content", {{"tags", {{"m.server_notice", json::object()}}}}}}})}};
        join[roomIdOf(i)] = std::move(room);
    }
    return json {{"next_batch", "s1_2_3"}, {"rooms", {{"join", std::move(join)}}}}.dump();
}

// The incremental sync that brings notice number `n` to room `roomIndex` (a notice room):
// one timeline event and the new unread count, as Synapse sends it.
inline std::string newNoticeSync(int roomIndex, int n)
{
    using json = nlohmann::json;
    json event = {{"type", "m.room.message"}, {"event_id", "$new" + std::to_string(n)}, {"sender", benchAdminId},
        {"origin_server_ts", 1800000000000 + n},
        {"content",
            {{"msgtype", "m.text"},
                {"body", "New notice " + std::to_string(n) + ": the server is down for maintenance on Sunday."}}},
        {"unsigned", {{"age", 7}}}};
    json room = {{"timeline", {{"events", json::array({std::move(event)})}, {"limited", false}, {"prev_batch", "p2"}}},
        {"unread_notifications", {{"notification_count", 1 + n}, {"highlight_count", 0}}}};
    return json {{"next_batch", "s2_" + std::to_string(n)}, {"rooms", {{"join", {{roomIdOf(roomIndex), room}}}}}}
        .dump();
}

} // namespace nb::bench
