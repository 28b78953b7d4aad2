// AdminService: usage-limit notices in Synapse's server notices room, through the admin
// API. The admin is not in that room, so the current pins are read with the admin API
// (fetch_event tells which room a notice went to; rooms/{id}/state reads its pins) and
// written back with send_server_notice {type: m.room.pinned_events, state_key: ""}.
// Clearing finds the room without sending anything (admin_notices_room.cpp). Nothing is
// remembered on disk: the server's state is the only record, so several admins (or this
// one on another machine) never disagree with it.
#include "admin/admin_endpoints.h"
#include "admin/admin_result.h"
#include "admin/admin_service.h"
#include "admin/usage_limit_notice.h"
#include "client/matrix_api.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"
#include "notice/identifiers.h"

#include <QCoreApplication>
#include <memory>

namespace nb {

using json = nlohmann::json;
using Outcome = ActionResult::Outcome;

namespace {
const QString pinnedType = QStringLiteral("m.room.pinned_events");

json pinsIn(const json& state)
{
    for (const json& event : state)
        if (json_access::string(event, "type").value_or("") == "m.room.pinned_events"
            && json_access::string(event, "state_key").value_or("x").empty())
            if (const json* content = json_access::objectMember(event, "content"))
                return *content;
    return json::object();
}

ActionResult serverNoticeFailure(const RequestFailure& failure, const QString& context)
{
    ActionResult result = actionFromFailure(failure, context);
    // Synapse: 400 "Server notices are not enabled on this server".
    if (failure.matrix.message.contains(QStringLiteral("not enabled"), Qt::CaseInsensitive))
        result.message = context
            + QCoreApplication::translate("nb::AdminService",
                " This server has no server notices room configured "
                "(server_notices in homeserver.yaml).");
    return result;
}
} // namespace

std::optional<ActionResult> AdminService::checkUserForServerNotice(const QString& userId) const
{
    if (auto refusal = notLoggedIn())
        return refusal;
    if (!isValidUserId(userId))
        return ActionResult::fail(Outcome::UsageError,
            QCoreApplication::translate(
                "nb::AdminService", "\u201c%1\u201d is not a Matrix user ID (like @alice:example.org).")
                .arg(userId));
    if (serverNameOf(userId) != serverNameOf(m_service.userId()))
        return ActionResult::fail(Outcome::UsageError,
            QCoreApplication::translate(
                "nb::AdminService", "%1 is not a user of your server; server notices go to local users only.")
                .arg(userId));
    if (!m_adminApiAvailable)
        return ActionResult::fail(Outcome::ServerRefused, m_adminReason);
    return std::nullopt;
}

void AdminService::sendUsageLimit(
    const QString& userId, const QString& limitType, const QString& adminContact, Done done)
{
    if (auto refusal = checkUserForServerNotice(userId)) {
        done(*refusal);
        return;
    }
    if (limitType.trimmed().isEmpty()) {
        done(ActionResult::fail(Outcome::UsageError,
            QCoreApplication::translate(
                "nb::AdminService", "A usage-limit notice needs a limit type (e.g. monthly_active_user).")));
        return;
    }
    const json content = usageLimitNoticeContent(limitType, adminContact);
    m_service.api().sendServerNotice(
        MatrixApi::generateTransactionId(), userId, content, [this, userId, done](Result<QString> sent) {
            if (!sent.ok()) {
                done(serverNoticeFailure(sent.failure,
                    QCoreApplication::translate("nb::AdminService", "Could not send the usage-limit notice.")));
                return;
            }
            const QString eventId = *sent.value;
            // Which room did Synapse put it in? Its pins are the ones to add to.
            const QString failed =
                QCoreApplication::translate("nb::AdminService", "The notice was sent (%1) but could not be pinned.")
                    .arg(eventId);
            auto pinIn = [this, userId, eventId, failed, done](const QString& roomId) {
                m_endpoints->roomState(
                    roomId, pinnedType, [this, userId, roomId, eventId, failed, done](Result<json> state) {
                        if (!state.ok()) {
                            done(actionFromFailure(state.failure, failed));
                            return;
                        }
                        pinInNoticesRoom(userId, roomId, withPin(pinsIn(*state.value), eventId), eventId,
                            QCoreApplication::translate("nb::AdminService", "Usage-limit notice sent and pinned."),
                            done);
                    });
            };
            m_endpoints->fetchEvent(eventId, [this, userId, failed, pinIn, done](Result<json> event) {
                if (event.ok()) {
                    pinIn(json_access::qstring(*event.value, "room_id"));
                    return;
                }
                if (!isMissingEndpoint(event.failure)) {
                    done(actionFromFailure(event.failure, failed));
                    return;
                }
                // Synapse before 1.141 has no fetch_event: find the room by who pinned there.
                findNoticesRooms(
                    userId, [failed, pinIn, done](std::optional<ActionResult> failure, QHash<QString, json> rooms) {
                        if (failure || rooms.size() != 1) {
                            done(failure ? *failure
                                         : ActionResult::fail(Outcome::ServerRefused,
                                             failed
                                                 + QCoreApplication::translate("nb::AdminService",
                                                     " Its server notices room could not be told apart.")));
                            return;
                        }
                        pinIn(rooms.cbegin().key());
                    });
            });
        });
}

void AdminService::pinInNoticesRoom(const QString& userId, const QString& roomId, const json& pins,
    const QString& value, const QString& message, Done done)
{
    m_service.api().sendServerNotice(
        MatrixApi::generateTransactionId(), userId, pins,
        [this, roomId, value, message, done](Result<QString> written) {
            if (!written.ok()) {
                done(serverNoticeFailure(written.failure,
                    QCoreApplication::translate("nb::AdminService", "Could not change the pinned notices.")));
                return;
            }
            // send_server_notice picks the room itself; make sure it is the one whose pins
            // we read, or say so (it would mean the user has two server notices rooms).
            m_endpoints->fetchEvent(*written.value, [roomId, value, message, done](Result<json> event) {
                const QString landed = event.ok() ? json_access::qstring(*event.value, "room_id") : roomId;
                if (landed != roomId) {
                    done(ActionResult::fail(Outcome::ServerRefused,
                        QStringLiteral(
                            "The server wrote the pins to room %1, not to %2 where the notices are; "
                            "the user seems to have two server notices rooms. Check them with the admin API.")
                            .arg(landed, roomId)));
                    return;
                }
                done(ActionResult::done(value, message));
            });
        },
        pinnedType, QString());
}

void AdminService::clearUsageLimit(const QString& userId, const QString& limitType, Done done)
{
    if (auto refusal = checkUserForServerNotice(userId)) {
        done(*refusal);
        return;
    }
    findNoticesRooms(
        userId, [this, userId, limitType, done](std::optional<ActionResult> failure, QHash<QString, json> rooms) {
            if (failure) {
                done(*failure);
                return;
            }
            // Which pinned events are usage-limit notices? Each pinned event is read once.
            struct Scan {
                int pending = 0;
                std::optional<ActionResult> failure;
                QHash<QString, QStringList> hits; // room -> usage-limit event IDs pinned there
            };
            auto scan = std::make_shared<Scan>();
            auto finish = [this, userId, rooms, scan, done] {
                if (scan->failure) {
                    done(*scan->failure);
                    return;
                }
                QStringList withLimits;
                for (auto it = scan->hits.cbegin(); it != scan->hits.cend(); ++it)
                    if (!it.value().isEmpty())
                        withLimits << it.key();
                if (withLimits.isEmpty()) {
                    done(ActionResult::done(QStringLiteral("0"),
                        QCoreApplication::translate("nb::AdminService", "No usage-limit notice is pinned for %1.")
                            .arg(userId)));
                    return;
                }
                if (withLimits.size() > 1) {
                    withLimits.sort();
                    done(ActionResult::fail(Outcome::ServerRefused,
                        QCoreApplication::translate("nb::AdminService",
                            "%1 has usage-limit notices pinned in more than one server notices room (%2); "
                            "the server only lets one of them be changed. Nothing was unpinned.")
                            .arg(userId, withLimits.join(QStringLiteral(", ")))));
                    return;
                }
                const QString room = withLimits.first();
                const QStringList hits = scan->hits.value(room);
                pinInNoticesRoom(userId, room, withoutPins(rooms.value(room), hits), QString::number(hits.size()),
                    QCoreApplication::translate("nb::AdminService", "Usage-limit notice unpinned."), done);
            };
            for (auto it = rooms.cbegin(); it != rooms.cend(); ++it)
                scan->pending += int(pinnedIds(it.value()).size());
            if (scan->pending == 0) {
                finish();
                return;
            }
            for (auto it = rooms.cbegin(); it != rooms.cend(); ++it) {
                const QString room = it.key();
                for (const QString& id : pinnedIds(it.value())) {
                    m_endpoints->fetchEvent(id, [room, id, limitType, scan, finish](Result<json> event) {
                        // A pinned event the server no longer has (404) is left alone.
                        if (event.ok() && isUsageLimitNotice(*event.value, limitType))
                            scan->hits[room] << id;
                        else if (!event.ok() && event.failure.matrix.httpStatus != 404)
                            scan->failure = actionFromFailure(event.failure,
                                QCoreApplication::translate("nb::AdminService", "Could not read the pinned notices."));
                        if (--scan->pending == 0)
                            finish();
                    });
                }
            }
        });
}

} // namespace nb
