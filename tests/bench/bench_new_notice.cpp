// Benchmark (prints figures, asserts nothing about time): one new notice arriving on a
// 5,000-room account after its initial sync. Measured, each as the median of N rounds:
//   apply    NoticeStore::applySync of the small incremental sync (a store no one listens to)
//   refresh  what listeners of NoticeStore::changed do with it: the real MainWindow (inbox,
//            notice view) and NoticeService (usage-limit banner), = (apply with them) - apply
//   follow   the scans after each sync (pending back-fills, official invites to open)
//   persist  saving the store as the app does after a sync
//   written  bytes written by persisting (write(2) calls, from /proc/self/io wchar)
// Targets from issue 7: at most 5 ms CPU and 64 KiB written per new notice.
//
// Then the same with the notice landing in the room open in the window (its notice view
// is drawn again), once more as a separate figure.
//
// Usage: bench_new_notice [rooms=5000] [repetitions=21] [history=0]
//   history: older notices each notice room already holds (loaded by back-fill)
#include "generated_sync.h"
#include "matrix/sync_body.h"
#include "service/notice_service.h"
#include "service/store_persistence.h"
#include "store/notice_store.h"
#include "ui/inbox_view.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using json = nlohmann::json;

namespace {

// CPU time of this thread: the work the UI thread does, without waiting for the disk.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Bytes this process handed to write(2) so far (Linux).
long long bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

json parsed(const std::string& body)
{
    return std::move(*nb::parseSyncBody(body.data(), body.data() + body.size()));
}

// Back-fill pages as the server answers them: newest first.
json olderNotices(const QString& roomId, int count)
{
    json chunk = json::array();
    for (int m = count; m-- > 0;)
        chunk.push_back({{"type", "m.room.message"}, {"event_id", "$old" + std::to_string(m) + roomId.toStdString()},
            {"sender", nb::bench::benchAdminId}, {"origin_server_ts", 1600000000000 + m},
            {"content",
                {{"msgtype", "m.text"}, {"body", "Older notice " + std::to_string(m) + ", kept in history."}}}});
    return chunk;
}

// The store right after the initial sync and its back-fill (`history` older notices a
// notice room, then the start of the room).
void fillAfterInitialSync(nb::NoticeStore& store, const std::string& initialSync, int history)
{
    nb::TrustContext context;
    context.ownUserId = QString::fromStdString(nb::bench::benchUserId);
    context.supportAdmins = {QString::fromStdString(nb::bench::benchAdminId)};
    store.setTrustContext(context);
    store.applySync(parsed(initialSync));
    for (const auto& gap : store.pendingBackfills())
        store.applyBackfillPage(gap.roomId, gap.from, olderNotices(gap.roomId, history), QString());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rooms = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 21;
    const int history = argc > 3 ? std::atoi(argv[3]) : 0;
    const std::string initialSync = nb::bench::generateSync(rooms);

    QTemporaryDir profile;
    nb::ServiceOptions options;
    options.profileDir = profile.path();
    nb::NoticeService service(options);
    nb::MainWindow window(service);
    window.resize(1000, 700);
    window.show();
    nb::NoticeStore& store = service.store();
    fillAfterInitialSync(store, initialSync, history);
    nb::NoticeStore unobserved; // the same account, with no one listening: apply alone
    fillAfterInitialSync(unobserved, initialSync, history);
    // What the app does after each sync (NoticeService::Private::saveSnapshot); the first
    // save of a process writes the whole store.
    nb::StorePersistence persistence(profile.path());
    persistence.save(store);
    app.processEvents();

    std::vector<double> applyMs, withListenersMs, followMs, persistCpuMs, persistWallMs, repaintMs, written;
    const int noticeRooms = (rooms + 49) / 50;
    const QString openRoom = window.inbox()->currentRoomId(); // "!room<index>:example.org"
    const int openRoomIndex = openRoom.isEmpty() ? 0 : openRoom.mid(5).section(QLatin1Char(':'), 0, 0).toInt();
    std::vector<double> openRoomMs;
    // Two untimed rounds warm the caches; then `repetitions` rounds with the notice in
    // another room each time, then as many in the room open in the window.
    for (int r = -2; r < 2 * repetitions; ++r) {
        const int n = r + 2;
        const bool intoOpenRoom = r >= repetitions;
        const int roomIndex = intoOpenRoom ? openRoomIndex : (n % noticeRooms) * 50;

        json forUnobserved = parsed(nb::bench::newNoticeSync(roomIndex, n));
        double start = threadCpuMs();
        unobserved.applySync(std::move(forUnobserved));
        const double apply = threadCpuMs() - start;

        json sync = parsed(nb::bench::newNoticeSync(roomIndex, n));
        start = threadCpuMs();
        store.applySync(std::move(sync));
        const double withListeners = threadCpuMs() - start;

        start = threadCpuMs();
        const auto backfills = store.pendingBackfills();
        const auto views = store.noticeRoomViews(); // NoticeService::Private::openOfficialInvites
        const double follow = threadCpuMs() - start;

        const long long bytesBefore = bytesWritten();
        QElapsedTimer wall;
        wall.start();
        start = threadCpuMs();
        persistence.save(store);
        const double persistCpu = threadCpuMs() - start;
        const double persistWall = wall.nsecsElapsed() / 1e6;
        const long long bytes = bytesWritten() - bytesBefore;

        start = threadCpuMs();
        app.processEvents(); // the repaint the refresh scheduled
        const double repaint = threadCpuMs() - start;

        if (r < 0 || backfills.size() > 0 || views.empty())
            continue;
        if (intoOpenRoom) {
            openRoomMs.push_back(withListeners - apply);
            continue;
        }
        applyMs.push_back(apply);
        withListenersMs.push_back(withListeners);
        followMs.push_back(follow);
        persistCpuMs.push_back(persistCpu);
        persistWallMs.push_back(persistWall);
        repaintMs.push_back(repaint);
        written.push_back(double(bytes));
    }
    const double apply = median(applyMs);
    const double refresh = std::max(0.0, median(withListenersMs) - apply);
    const double follow = median(followMs);
    const double persist = median(persistCpuMs);
    const double total = apply + refresh + follow + persist;
    const double bytes = median(written);
    double bytesSum = 0;
    for (double b : written)
        bytesSum += b;
    std::printf("account: %d rooms, %zu notice rooms (%d older notices each); one new notice a round, median of "
                "%zu rounds\n",
        rooms, store.noticeRooms().size(), history, applyMs.size());
    std::printf("apply (NoticeStore::applySync)             : %8.2f ms CPU\n", apply);
    std::printf("refresh (listeners of NoticeStore::changed): %8.2f ms CPU (apply with them: %.2f ms)\n", refresh,
        median(withListenersMs));
    std::printf("follow-up scans after the sync             : %8.2f ms CPU\n", follow);
    std::printf(
        "persist (as the app saves after a sync)    : %8.2f ms CPU, %.2f ms wall\n", persist, median(persistWallMs));
    std::printf("total CPU per new notice                   : %8.2f ms (target <= 5 ms)\n", total);
    std::printf("bytes written per new notice               : %8.1f KiB (target <= 64 KiB); mean %.1f KiB\n",
        bytes / 1024, written.empty() ? 0 : bytesSum / written.size() / 1024);
    std::printf("repaint afterwards (event loop)            : %8.2f ms CPU\n", median(repaintMs));
    std::printf("refresh when the notice lands in the open room: %.2f ms CPU (its notice view is drawn again)\n",
        median(openRoomMs));
    return 0;
}
