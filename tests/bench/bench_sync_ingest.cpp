// Benchmark (prints figures, asserts nothing about time): ingesting a generated
// 5,000-room initial /sync into the NoticeStore, next to nlohmann::json::parse alone
// on the same bytes. Target from issue 2: ingest at most 1.5x parse.
//
// Usage: bench_sync_ingest [rooms=5000] [repetitions=7]
#include "matrix/json_releaser.h"
#include "matrix/sync_body.h"
#include "store/notice_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using json = nlohmann::json;

namespace {

json stateEvent(const std::string& type, const std::string& sender, json content, const std::string& key, int n)
{
    return {{"type", type}, {"state_key", key}, {"sender", sender}, {"event_id", "$state" + std::to_string(n) + type},
        {"origin_server_ts", 1700000000000 + n}, {"content", std::move(content)}, {"unsigned", {{"age", 1234}}}};
}

// Rooms look like Synapse's: create, power levels, name, topic, own member, a few
// messages. One room in fifty is an MSC4279 notice room, one in a hundred legacy.
std::string generateSync(int roomCount)
{
    const std::string me = "@alice:example.org";
    json join = json::object();
    for (int i = 0; i < roomCount; ++i) {
        const std::string roomId = "!room" + std::to_string(i) + ":example.org";
        const bool msc = i % 50 == 0;
        const bool legacy = i % 100 == 1;
        const std::string creator = msc ? "@admin:example.org" : "@user" + std::to_string(i % 97) + ":example.org";
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
        join[roomId] = std::move(room);
    }
    return json {{"next_batch", "s1_2_3"}, {"rooms", {{"join", std::move(join)}}}}.dump();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rooms = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 7;
    const std::string body = generateSync(rooms);

    std::vector<double> parseMs;
    std::vector<double> ingestMs;
    std::vector<double> releaseMs;
    nb::JsonReleaser releaser;
    std::size_t noticeRooms = 0;
    // One untimed round first so both measurements start with a warm allocator, then
    // alternate which one runs first so neither always inherits the other's heap.
    for (int r = -1; r < repetitions; ++r) {
        auto timeParse = [&] {
            QElapsedTimer timer;
            timer.start();
            json parsedOnly = json::parse(body);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (r >= 0)
                parseMs.push_back(ms);
        }; // the DOM is freed here, outside the timed region
        auto timeIngest = [&] {
            nb::NoticeStore store;
            nb::TrustContext context;
            context.ownUserId = QStringLiteral("@alice:example.org");
            context.supportAdmins = {QStringLiteral("@admin:example.org")};
            store.setTrustContext(context);
            QElapsedTimer timer;
            timer.start();
            // As the app does it (NoticeService::runSync): depth-checked parse, apply,
            // and the rest of the document handed to a worker thread to free.
            auto parsed = nb::parseSyncBody(body.data(), body.data() + body.size());
            store.applySync(std::move(*parsed));
            releaser.release(std::move(*parsed));
            const double ms = timer.nsecsElapsed() / 1e6;
            timer.restart();
            releaser.waitForDone();
            if (r >= 0) {
                ingestMs.push_back(ms);
                releaseMs.push_back(timer.nsecsElapsed() / 1e6);
            }
            noticeRooms = store.noticeRooms().size();
        };
        if (r % 2 == 0) {
            timeParse();
            timeIngest();
        } else {
            timeIngest();
            timeParse();
        }
    }
    const double parse = median(parseMs);
    const double ingest = median(ingestMs);
    std::printf("sync body: %d rooms, %.1f MiB; %zu notice rooms found\n", rooms, body.size() / 1048576.0, noticeRooms);
    std::printf("nlohmann::json::parse alone : %8.1f ms (median of %d)\n", parse, repetitions);
    std::printf("app's sync parse + ingest   : %8.1f ms (median of %d)\n", ingest, repetitions);
    std::printf("ratio ingest/parse          : %8.2fx (target <= 1.5x)\n", ingest / parse);
    std::printf("freeing the rest, on the worker thread: %.1f ms (not on the UI thread)\n", median(releaseMs));
    return 0;
}
