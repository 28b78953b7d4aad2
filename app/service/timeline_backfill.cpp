#include "service/timeline_backfill.h"

#include "client/matrix_api.h"
#include "notice/sync_filter.h"
#include "store/notice_store.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcBackfill, "noticeboard.backfill")

namespace nb {

struct TimelineBackfill::Run {
    int pending = 0;
    std::function<void()> done;
    void finishOne()
    {
        if (--pending == 0 && done)
            done();
    }
};

TimelineBackfill::TimelineBackfill(MatrixApi& api, NoticeStore& store)
    : m_api(api)
    , m_store(store)
{
}

void TimelineBackfill::fillAll(std::function<void()> done)
{
    // One fill per room at a time: a room's further holes follow its first (fillRoom).
    std::vector<BackfillRequest> requests;
    for (auto& request : m_store.pendingBackfills()) {
        const bool busy = m_filling.count(request.roomId) > 0
            || std::any_of(requests.begin(), requests.end(),
                [&](const BackfillRequest& other) { return other.roomId == request.roomId; });
        if (!busy)
            requests.push_back(std::move(request));
    }
    if (requests.empty()) {
        done();
        return;
    }
    auto run = std::make_shared<Run>();
    run->pending = int(requests.size());
    run->done = std::move(done);
    for (const auto& request : requests) {
        m_filling.insert(request.roomId);
        fillRoom(request.roomId, request.from, request.redactionsOnly, run);
    }
}

void TimelineBackfill::fillRoom(
    const QString& roomId, const QString& from, bool redactionsOnly, const std::shared_ptr<Run>& run)
{
    const QString filter = redactionsOnly ? noticeRedactionsFilterJson() : noticeHistoryFilterJson();
    m_api.roomMessagesBackwards(
        roomId, from, pageSize, filter, [this, roomId, from, redactionsOnly, run](Result<MessagesPage> page) {
            if (!page.ok()) {
                // Refused (the room is gone, its history is hidden from the user): nothing
                // to wait for. Unreachable or cancelled: the hole stays for the next sync.
                const int status = page.failure.matrix.httpStatus;
                if (page.failure.kind == RequestFailure::Kind::ServerRefused && status >= 400 && status < 500
                    && status != 429 && !page.failure.matrix.isResourceLimit()) {
                    qCWarning(lcBackfill).noquote()
                        << "The server refused the history of" << roomId << ":" << page.failure.describe();
                    m_store.abandonBackfill(roomId, from);
                }
                m_filling.erase(roomId);
                run->finishOne();
                return;
            }
            const QString end = page.value->end;
            if (m_store.applyBackfillPage(roomId, from, std::move(page.value->chunk), end)) {
                fillRoom(roomId, end, redactionsOnly, run);
                return;
            }
            // That hole is closed; another may have opened meanwhile ("Load older notices").
            for (const auto& next : m_store.pendingBackfills())
                if (next.roomId == roomId) {
                    fillRoom(roomId, next.from, next.redactionsOnly, run);
                    return;
                }
            m_filling.erase(roomId);
            run->finishOne();
        });
}

} // namespace nb
