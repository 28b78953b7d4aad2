// AdminService: looking at what an admin verb acts on before acting (issue 7). The server
// accepts a pin of an event ID that is not in the room (the list is just strings), an
// invitation of a user who does not exist (a local ID is not checked) and a message into
// a room the recipient has left; each would be reported as done and reach nobody.
#include "admin/admin_endpoints.h"
#include "admin/admin_result.h"
#include "admin/admin_service.h"
#include "client/matrix_api.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"
#include <QCoreApplication>

namespace nb {

using json = nlohmann::json;
using namespace json_access;
using Outcome = ActionResult::Outcome;

namespace {

QString goneWord(const QString& membership)
{
    if (membership == QLatin1String("leave"))
        return QCoreApplication::translate("nb::AdminService", "left or declined the invitation");
    if (membership == QLatin1String("ban"))
        return QCoreApplication::translate("nb::AdminService", "was banned");
    return QCoreApplication::translate("nb::AdminService", "is not invited (%1)").arg(membership);
}

bool isNotFound(const RequestFailure& failure)
{
    return failure.kind == RequestFailure::Kind::ServerRefused && failure.matrix.httpStatus == 404;
}

} // namespace

void AdminService::checkInvitee(const QString& invitee, Checked done)
{
    if (serverNameOf(invitee) != serverNameOf(m_service.userId())) {
        done(ActionResult::fail(Outcome::UsageError,
            QCoreApplication::translate("nb::AdminService",
                "%1 is on another server; a notice room does not federate, so they could never join it. "
                "Nothing was created.")
                .arg(invitee)));
        return;
    }
    const QString missing = QCoreApplication::translate(
        "nb::AdminService", "There is no user %1 on this server; nothing was created. Check the spelling.")
                                .arg(invitee);
    if (m_isAdmin.value_or(false) && m_adminApiAvailable) {
        m_endpoints->isRegistered(invitee, [missing, done](Result<bool> registered) {
            if (!registered.ok())
                done(actionFromFailure(registered.failure,
                    QCoreApplication::translate("nb::AdminService", "Could not create the notice room.")));
            else
                done(
                    *registered.value ? std::nullopt : std::optional(ActionResult::fail(Outcome::UsageError, missing)));
        });
        return;
    }
    // Without the admin API: the profile of a user who does not exist is 404. A server
    // that hides profiles (403) cannot tell us; then the invitation goes ahead.
    m_service.api().call("GET", "/_matrix/client/v3/profile/" + MatrixApi::pathSegment(invitee), {}, {}, true,
        [missing, done](Result<json> profile, const QUrl&) {
            if (profile.ok()
                || (profile.failure.kind == RequestFailure::Kind::ServerRefused && !isNotFound(profile.failure)))
                done(std::nullopt);
            else if (isNotFound(profile.failure))
                done(ActionResult::fail(Outcome::UsageError, missing));
            else
                done(actionFromFailure(profile.failure,
                    QCoreApplication::translate("nb::AdminService", "Could not create the notice room.")));
        });
}

void AdminService::checkEventInRoom(const QString& roomId, const QString& eventId, Checked done)
{
    m_service.api().roomEvent(roomId, eventId, [roomId, eventId, done](Result<json> event) {
        if (event.ok())
            done(std::nullopt);
        else if (isNotFound(event.failure))
            done(ActionResult::fail(Outcome::UsageError,
                QCoreApplication::translate(
                    "nb::AdminService", "There is no event %1 in the room %2; nothing was pinned.")
                    .arg(eventId, roomId)));
        else
            done(actionFromFailure(
                event.failure, QCoreApplication::translate("nb::AdminService", "Could not pin the notice.")));
    });
}

void AdminService::checkSomeoneReads(const QString& roomId, Checked done)
{
    const QString me = m_service.userId();
    m_service.api().call("GET", "/_matrix/client/v3/rooms/" + MatrixApi::pathSegment(roomId) + "/members", {}, {}, true,
        [me, done](Result<json> answer, const QUrl&) {
            if (!answer.ok()) {
                done(actionFromFailure(
                    answer.failure, QCoreApplication::translate("nb::AdminService", "Could not send the notice.")));
                return;
            }
            QStringList gone;
            if (const json* chunk = arrayMember(*answer.value, "chunk"))
                for (const json& event : *chunk) {
                    const QString user = qstring(event, "state_key");
                    const json* content = objectMember(event, "content");
                    const QString membership = content ? qstring(*content, "membership") : QString();
                    if (user == me)
                        continue;
                    if (membership == QLatin1String("invite") || membership == QLatin1String("join")) {
                        done(std::nullopt); // someone can read it
                        return;
                    }
                    gone << QStringLiteral("%1 %2").arg(user, goneWord(membership));
                }
            done(ActionResult::fail(Outcome::RefusedByRules,
                gone.isEmpty() ? QCoreApplication::translate("nb::AdminService",
                    "Nobody else is in this room, so nobody would read the notice; nothing was sent.")
                               : QCoreApplication::translate("nb::AdminService",
                                   "Nobody would read the notice: %1. Nothing was sent; create a new notice room "
                                   "to reach them.")
                                     .arg(gone.join(QStringLiteral(", ")))));
        });
}

} // namespace nb
