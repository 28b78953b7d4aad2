// Benchmark (prints figures, asserts nothing about time): ingesting a generated
// 5,000-room initial /sync into the NoticeStore, next to nlohmann::json::parse alone
// on the same bytes. Target from issue 2: ingest at most 1.5x parse.
//
// Usage: bench_sync_ingest [rooms=5000] [repetitions=7]
#include "generated_sync.h"
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
    const std::string body = nb::bench::generateSync(rooms);

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
