#pragma once
// Fills the holes in notice rooms' timelines that the store reports (a limited sync after
// the app was closed, a fresh login, "Load older notices") from GET /messages, page by
// page, newest first, until each hole meets the events the store already had, the start
// of the room, or the store's budget. Holes are saved with the store, so a fill cut short
// (the app killed, the server away) resumes at the next sync.
#include <QString>
#include <functional>
#include <memory>
#include <set>

namespace nb {

class MatrixApi;
class NoticeStore;

class TimelineBackfill {
public:
    TimelineBackfill(MatrixApi& api, NoticeStore& store);

    // Fills every hole the store knows; `done` once each has been filled, or has failed
    // for now (it is tried again at the next call). Rooms are filled in parallel; a room
    // already being filled (by an earlier call) is left to that call.
    void fillAll(std::function<void()> done);

    static constexpr int pageSize = 100;

private:
    struct Run;
    void fillRoom(const QString& roomId, const QString& from, bool redactionsOnly, const std::shared_ptr<Run>& run);

    MatrixApi& m_api;
    NoticeStore& m_store;
    std::set<QString> m_filling; // rooms with a request on its way
};

} // namespace nb
