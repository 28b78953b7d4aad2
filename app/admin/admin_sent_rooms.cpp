// AdminService::sentNoticeRooms: two filtered /sync requests (see sent_notice_rooms.h).
#include "admin/admin_endpoints.h"
#include "admin/admin_result.h"
#include "admin/admin_service.h"
#include "admin/sent_notice_rooms.h"
#include "client/matrix_api.h"
#include <QCoreApplication>

namespace nb {

using json = nlohmann::json;

namespace {
QString compact(const json& value)
{
    return QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}
} // namespace

void AdminService::sentNoticeRooms(RoomsDone done)
{
    if (auto refusal = notLoggedIn()) {
        done(*refusal, {});
        return;
    }
    // No since token: an initial sync of only the create events, independent of the
    // user side's sync position (tokens are per request, not per session).
    m_service.api().sync(compact(createEventsSyncFilter()), QString(), 0, false, [this, done](Result<json> sync) {
        if (!sync.ok()) {
            done(actionFromFailure(sync.failure,
                     QCoreApplication::translate("nb::AdminService", "Could not list your notice rooms.")),
                {});
            return;
        }
        const QStringList rooms = noticeRoomsCreatedBy(*sync.value, m_service.userId());
        if (rooms.isEmpty()) {
            done(ActionResult::done(QStringLiteral("0"),
                     QCoreApplication::translate("nb::AdminService", "You have not sent any notice rooms.")),
                {});
            return;
        }
        collectSentRooms(rooms, done);
    });
}

void AdminService::collectSentRooms(const QStringList& roomIds, RoomsDone done)
{
    const QString me = m_service.userId();
    m_endpoints->uploadFilter(me, sentRoomsSyncFilter(roomIds), [this, me, roomIds, done](Result<QString> filter) {
        if (!filter.ok()) {
            done(actionFromFailure(filter.failure,
                     QCoreApplication::translate("nb::AdminService", "Could not list your notice rooms.")),
                {});
            return;
        }
        m_service.api().sync(*filter.value, QString(), 0, false, [me, roomIds, done](Result<json> sync) {
            if (!sync.ok()) {
                done(actionFromFailure(sync.failure,
                         QCoreApplication::translate("nb::AdminService", "Could not list your notice rooms.")),
                    {});
                return;
            }
            auto rooms = sentNoticeRoomsFromSync(*sync.value, me, roomIds);
            const QString count = QString::number(rooms.size());
            done(ActionResult::done(count), std::move(rooms));
        });
    });
}

} // namespace nb
