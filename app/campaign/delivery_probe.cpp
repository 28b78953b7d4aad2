#include "campaign/delivery_probe.h"

#include "campaign/campaign_journal.h"
#include "campaign/guarded.h"
#include "matrix/json_access.h"

#include <memory>

namespace nb::campaign {

using json = nlohmann::json;
using namespace json_access;

namespace {

constexpr int createReadsAtOnce = 8;
constexpr int maxPages = 40; // x 100 events; beyond that we say we could not tell

Result<QString> found(const QString& id)
{
    return Result<QString>::success(id);
}

Result<QString> unknown(const QString& why)
{
    return Result<QString>::fail(RequestFailure::make(RequestFailure::Kind::BadResponse, why));
}

bool isNotFound(const RequestFailure& failure)
{
    return failure.kind == RequestFailure::Kind::ServerRefused && failure.matrix.httpStatus == 404;
}

QString markerOf(const json& content)
{
    return qstring(content, deliveryMarkerKey);
}

} // namespace

DeliveryProbe::DeliveryProbe(MatrixApi& api, QString sender, qint64 sinceMs, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_sender(std::move(sender))
    , m_sinceMs(sinceMs)
{
}

void DeliveryProbe::addKnownRooms(const QStringList& rooms)
{
    for (const QString& room : rooms)
        m_seenRooms.insert(room);
}

void DeliveryProbe::findRoom(const QString& marker, const QStringList& exclude, Found done)
{
    m_next.append({marker, exclude, std::move(done)});
    if (!m_scanning)
        startScan();
}

void DeliveryProbe::startScan()
{
    m_scanning = true;
    m_current = std::exchange(m_next, {});
    m_api.call(
        "GET", "/_matrix/client/v3/joined_rooms", {}, {}, true, guarded(this, [this](Result<json> answer, const QUrl&) {
            if (!answer.ok()) {
                finishScan(answer.failure);
                return;
            }
            QStringList fresh;
            if (const json* rooms = arrayMember(*answer.value, "joined_rooms"))
                for (const json& room : *rooms)
                    if (room.is_string() && !m_seenRooms.contains(toQString(room.get<std::string>())))
                        fresh << toQString(room.get<std::string>());
            readCreateEvents(fresh, [this](std::optional<RequestFailure> failure) { finishScan(failure); });
        }));
}

void DeliveryProbe::readCreateEvents(QStringList rooms, std::function<void(std::optional<RequestFailure>)> done)
{
    struct Batch {
        QStringList queue;
        int running = 0;
        std::optional<RequestFailure> failure;
        std::function<void(std::optional<RequestFailure>)> done;
        std::function<void()> pump;
    };
    auto batch = std::make_shared<Batch>();
    batch->queue = std::move(rooms);
    batch->done = std::move(done);
    std::weak_ptr<Batch> weak = batch;
    batch->pump = [this, weak] {
        auto b = weak.lock();
        if (!b)
            return;
        while (b->running < createReadsAtOnce && !b->queue.isEmpty() && !b->failure) {
            const QString room = b->queue.takeFirst();
            ++b->running;
            m_api.stateEvent(
                room, QStringLiteral("m.room.create"), QString(), guarded(this, [this, b, room](Result<json> content) {
                    --b->running;
                    if (content.ok()) {
                        m_seenRooms.insert(room);
                        const QString marker = markerOf(*content.value);
                        if (!marker.isEmpty())
                            m_markerRooms[marker] << room;
                    } else if (content.failure.kind == RequestFailure::Kind::ServerRefused
                        && content.failure.matrix.httpStatus < 500 && content.failure.matrix.httpStatus != 429) {
                        m_seenRooms.insert(room); // not readable (left meanwhile): not one of ours
                    } else if (!b->failure) {
                        b->failure = content.failure;
                    }
                    if (b->running == 0 && (b->queue.isEmpty() || b->failure)) {
                        auto finished = std::move(b->done);
                        b->pump = nullptr; // breaks the cycle batch -> pump -> batch
                        finished(b->failure);
                        return;
                    }
                    if (b->pump)
                        b->pump();
                }));
        }
    };
    if (batch->queue.isEmpty()) {
        auto finished = std::move(batch->done);
        batch->pump = nullptr;
        finished(std::nullopt);
        return;
    }
    batch->pump();
}

void DeliveryProbe::finishScan(const std::optional<RequestFailure>& failure)
{
    const QList<Waiter> waiters = std::exchange(m_current, {});
    m_scanning = false;
    for (const Waiter& waiter : waiters) {
        if (failure) {
            waiter.done(Result<QString>::fail(*failure));
            continue;
        }
        QString room;
        for (const QString& candidate : m_markerRooms.value(waiter.marker))
            if (!waiter.exclude.contains(candidate)) {
                room = candidate;
                break;
            }
        waiter.done(found(room));
    }
    if (!m_next.isEmpty() && !m_scanning)
        startScan();
}

void DeliveryProbe::membership(const QString& roomId, const QString& userId, Found done)
{
    m_api.stateEvent(roomId, QStringLiteral("m.room.member"), userId, guarded(this, [done](Result<json> content) {
        if (content.ok())
            done(found(qstring(*content.value, "membership")));
        else if (isNotFound(content.failure))
            done(found(QString()));
        else
            done(Result<QString>::fail(content.failure));
    }));
}

void DeliveryProbe::findRoomMessage(const QString& roomId, const QString& marker, Found done)
{
    const json filter = {{"types", {"m.room.message"}}, {"senders", {m_sender.toStdString()}}};
    MatrixApi::Query query = {{"dir", QStringLiteral("b")}, {"limit", QStringLiteral("100")},
        {"filter", QString::fromStdString(filter.dump())}};
    scanMessages("/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(roomId) + "/messages", std::move(query), marker,
        maxPages, std::move(done));
}

void DeliveryProbe::findServerNotice(const QString& userId, const QString& marker, Found done)
{
    // Synapse's own rule for the notices room is "a room the user is invited to or in,
    // where the system user is"; reading every room of the user also covers one they left.
    m_api.call("GET", "/_synapse/admin/v1/users/" + MatrixApi::pathSegment(userId) + "/memberships", {}, {}, true,
        guarded(this, [this, marker, done](Result<json> answer, const QUrl&) {
            if (!answer.ok()) {
                done(Result<QString>::fail(answer.failure));
                return;
            }
            QStringList rooms;
            if (const json* memberships = objectMember(*answer.value, "memberships"))
                for (auto it = memberships->begin(); it != memberships->end(); ++it)
                    rooms << toQString(it.key());
            scanRooms(rooms, marker, done);
        }));
}

void DeliveryProbe::scanRooms(QStringList rooms, QString marker, Found done)
{
    if (rooms.isEmpty()) {
        done(found(QString()));
        return;
    }
    const QString room = rooms.takeFirst();
    const json filter = {{"types", {"m.room.message"}}};
    MatrixApi::Query query = {{"dir", QStringLiteral("b")}, {"limit", QStringLiteral("100")},
        {"filter", QString::fromStdString(filter.dump())}};
    scanMessages("/_synapse/admin/v1/rooms/" + MatrixApi::pathSegment(room) + "/messages", std::move(query), marker,
        maxPages, [this, rooms, marker, done](Result<QString> result) {
            if (!result.ok() || !result.value->isEmpty())
                done(result);
            else
                scanRooms(rooms, marker, done);
        });
}

void DeliveryProbe::scanMessages(QByteArray path, MatrixApi::Query query, QString marker, int pagesLeft, Found done)
{
    m_api.call("GET", path, query, {}, true,
        guarded(this, [this, path, query, marker, pagesLeft, done](Result<json> answer, const QUrl&) mutable {
            if (!answer.ok()) {
                done(Result<QString>::fail(answer.failure));
                return;
            }
            const json* chunk = arrayMember(*answer.value, "chunk");
            if (!chunk || chunk->empty()) {
                done(found(QString()));
                return;
            }
            qint64 oldest = std::numeric_limits<qint64>::max();
            for (const json& event : *chunk) {
                if (const json* content = objectMember(event, "content"))
                    if (markerOf(*content) == marker) {
                        done(found(qstring(event, "event_id")));
                        return;
                    }
                oldest = qMin(oldest, integer(event, "origin_server_ts").value_or(0));
            }
            const QString end = qstring(*answer.value, "end");
            if (end.isEmpty() || oldest < m_sinceMs) {
                done(found(QString()));
                return;
            }
            if (pagesLeft <= 1) {
                done(unknown(QStringLiteral("the room's history since the campaign began is too long to search")));
                return;
            }
            std::erase_if(query, [](const auto& item) { return item.first == "from"; });
            query.emplace_back("from", end);
            scanMessages(path, query, marker, pagesLeft - 1, done);
        }));
}

} // namespace nb::campaign
