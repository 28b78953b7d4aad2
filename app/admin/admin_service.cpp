// AdminService: admin check and the MSC4279 room actions (client API only).
#include "admin/admin_service.h"

#include "admin/admin_endpoints.h"
#include "admin/admin_result.h"
#include "admin/markdown.h"
#include "admin/usage_limit_notice.h"
#include "client/matrix_api.h"
#include "matrix/user_id.h"
#include "notice/identifiers.h"

#include <QCoreApplication>
#include <memory>

namespace nb {

using json = nlohmann::json;
using Outcome = ActionResult::Outcome;

AdminService::AdminService(NoticeService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_endpoints(std::make_unique<AdminEndpoints>(service.api()))
{
}

AdminService::~AdminService() = default;

std::optional<ActionResult> AdminService::notLoggedIn() const
{
    if (m_service.isLoggedIn())
        return std::nullopt;
    return ActionResult::fail(
        Outcome::UsageError, QCoreApplication::translate("nb::AdminService", "Not logged in. Log in first."));
}

// Which room version a new notice room gets: the server's default (GET /capabilities,
// m.room_versions.default), named explicitly in the /createRoom request.
// * Why the request must know the version at all: its power levels are valid for one rule
//   set only. In 1-11 the preset's "creator has 100" must be written out, because the
//   server's override replaces the whole `users` map (Synapse's does); from 12 on the
//   server refuses a request that lists a creator there. One body cannot serve both.
// * Why the server's default and not a fixed version: the server's admin chose it. A
//   server set to 12 wants the rules of 12 - the creator's power can never be taken away
//   by a member given power, and state resolution is harder to abuse - for notice rooms
//   too; a fixed 11 would also break on servers that stop offering it. A server left on
//   11 keeps getting 11, which every client in use understands.
// * Why named explicitly instead of left to the default: the body and the room then agree
//   even if the default changes between reading it and creating (an admin editing the
//   config), and the request preview is exactly what the server gets.
// * Old clients on a 12 server: recipients whose apps predate 12 read the creator's level
//   from `users` (0 here), so they may hide the admin's pins or think the admin cannot
//   speak (this app did so before it learned the creator rule). That follows from the
//   server's choice of 12 for all its rooms; listing the creator for them is not allowed.
// * When /capabilities gives no answer (very old servers, or it failed): no room_version
//   and the 1-11 body, what such servers have always accepted.
void AdminService::checkAdmin(Done done)
{
    if (auto refusal = notLoggedIn()) {
        done(*refusal);
        return;
    }
    const QString me = m_service.userId();
    // Both answers before done, so whoever creates rooms after checkAdmin has the version.
    auto pending = std::make_shared<int>(2);
    auto outcome = std::make_shared<ActionResult>();
    auto finishOne = [pending, outcome, done] {
        if (--*pending == 0)
            done(*outcome);
    };
    m_endpoints->defaultRoomVersion([this, finishOne](Result<QString> version) {
        m_roomVersion = version.ok() ? *version.value : QString();
        finishOne();
    });
    m_service.api().isServerAdmin(me, [this, me, outcome, finishOne](Result<bool> answer) {
        const AdminCheck check = interpretAdminCheck(answer, serverNameOf(me));
        if (check.failure) {
            *outcome = *check.failure;
            finishOne();
            return;
        }
        const bool changed = m_isAdmin != check.isAdmin || m_adminApiAvailable != check.adminApiAvailable;
        m_isAdmin = check.isAdmin;
        m_adminApiAvailable = check.adminApiAvailable;
        m_adminReason = check.reason;
        if (changed)
            emit adminStatusChanged();
        *outcome = ActionResult::done(check.isAdmin ? QStringLiteral("true") : QStringLiteral("false"), check.reason);
        finishOne();
    });
}

bool AdminService::mayUseAdminConsole() const
{
    if (m_isAdmin.value_or(false))
        return true;
    if (!m_isAdmin.has_value() || m_adminApiAvailable)
        return false;
    // Without the admin API the MSC4279 panels still work through the client API. Who may
    // use them is what the recipients' apps will accept as official (models/notice/trust):
    // a creator the server lists in its support file, or any local user where the server
    // itself advertises MSC4279.
    return m_service.supportAdmins().contains(m_service.userId()) || m_service.serverSupportsMsc4279();
}

json AdminService::previewRequest(NoticeRoomSpec spec) const
{
    if (spec.creator.isEmpty())
        spec.creator = m_service.userId();
    if (spec.roomVersion.isEmpty())
        spec.roomVersion = m_roomVersion;
    // Without /versions we cannot know the server speaks MSC4279; the client-side
    // expansion gives the same state on any server.
    return noticeRoomRequest(spec, m_service.serverVersions().value_or(ServerVersions {}));
}

void AdminService::createNoticeRoom(NoticeRoomSpec spec, Done done)
{
    if (auto refusal = notLoggedIn()) {
        done(*refusal);
        return;
    }
    if (!isValidUserId(spec.invitee)) {
        done(ActionResult::fail(Outcome::UsageError,
            QCoreApplication::translate(
                "nb::AdminService", "\u201c%1\u201d is not a Matrix user ID (like @alice:example.org).")
                .arg(spec.invitee)));
        return;
    }
    if (spec.invitee == m_service.userId()) {
        done(ActionResult::fail(Outcome::UsageError,
            QCoreApplication::translate(
                "nb::AdminService", "A notice room is for someone else; you cannot invite yourself.")));
        return;
    }
    checkInvitee(spec.invitee, [this, spec, done](std::optional<ActionResult> refusal) {
        if (refusal) {
            done(*refusal);
            return;
        }
        m_service.api().createRoom(previewRequest(spec), [done](Result<QString> result) {
            if (!result.ok()) {
                done(actionFromFailure(result.failure,
                    QCoreApplication::translate("nb::AdminService", "Could not create the notice room.")));
                return;
            }
            done(ActionResult::done(
                *result.value, QCoreApplication::translate("nb::AdminService", "Notice room created.")));
        });
    });
}

void AdminService::send(const QString& roomId, const QString& text, bool markdown, Done done)
{
    if (auto refusal = notLoggedIn()) {
        done(*refusal);
        return;
    }
    if (text.trimmed().isEmpty()) {
        done(ActionResult::fail(
            Outcome::UsageError, QCoreApplication::translate("nb::AdminService", "The notice is empty.")));
        return;
    }
    if (const QString why = noticeTooLarge(noticeMessageContent(text, markdown)); !why.isEmpty()) {
        done(ActionResult::fail(Outcome::UsageError, why));
        return;
    }
    checkSomeoneReads(roomId, [this, roomId, text, markdown, done](std::optional<ActionResult> refusal) {
        if (refusal) {
            done(*refusal);
            return;
        }
        m_service.api().sendMessage(roomId, MatrixApi::generateTransactionId(), noticeMessageContent(text, markdown),
            [done](Result<QString> result) {
                if (!result.ok()) {
                    done(actionFromFailure(
                        result.failure, QCoreApplication::translate("nb::AdminService", "Could not send the notice.")));
                    return;
                }
                done(
                    ActionResult::done(*result.value, QCoreApplication::translate("nb::AdminService", "Notice sent.")));
            });
    });
}

void AdminService::reply(const QString& roomId, const QString& text, Done done)
{
    send(roomId, text, false, std::move(done));
}

void AdminService::pin(const QString& roomId, const QString& eventId, Done done)
{
    if (auto refusal = notLoggedIn()) {
        done(*refusal);
        return;
    }
    // An unpin needs no such check: a pin of an event that is gone must stay removable.
    checkEventInRoom(roomId, eventId, [this, roomId, eventId, done](std::optional<ActionResult> refusal) {
        if (refusal)
            done(*refusal);
        else
            modifyPins(roomId, eventId, true, done);
    });
}

void AdminService::unpin(const QString& roomId, const QString& eventId, Done done)
{
    modifyPins(roomId, eventId, false, std::move(done));
}

void AdminService::modifyPins(const QString& roomId, const QString& eventId, bool add, Done done)
{
    if (auto refusal = notLoggedIn()) {
        done(*refusal);
        return;
    }
    MatrixApi& api = m_service.api();
    const QString type = QStringLiteral("m.room.pinned_events");
    api.stateEvent(roomId, type, QString(), [&api, roomId, eventId, add, type, done](Result<json> current) {
        // No pins yet answers 404 M_NOT_FOUND: an empty list, not a failure.
        if (!current.ok() && !isAbsentState(current.failure)) {
            done(actionFromFailure(current.failure,
                QCoreApplication::translate("nb::AdminService", "Could not read the pinned notices.")));
            return;
        }
        const json content = current.ok() ? *current.value : json::object();
        const bool pinned = pinnedIds(content).contains(eventId);
        if (pinned == add) {
            done(ActionResult::done({},
                add ? QCoreApplication::translate("nb::AdminService", "That notice is already pinned.")
                    : QCoreApplication::translate("nb::AdminService", "That notice was not pinned.")));
            return;
        }
        const json next = add ? withPin(content, eventId) : withoutPins(content, {eventId});
        api.sendState(roomId, type, QString(), next, [add, done](Result<QString> result) {
            if (!result.ok()) {
                done(actionFromFailure(result.failure,
                    add ? QCoreApplication::translate("nb::AdminService", "Could not pin the notice.")
                        : QCoreApplication::translate("nb::AdminService", "Could not unpin the notice.")));
                return;
            }
            done(ActionResult::done(*result.value,
                add ? QCoreApplication::translate("nb::AdminService", "Notice pinned.")
                    : QCoreApplication::translate("nb::AdminService", "Notice unpinned.")));
        });
    });
}

void AdminService::setLeaveRule(const QString& roomId, bool allow, Done done)
{
    if (auto refusal = notLoggedIn()) {
        done(*refusal);
        return;
    }
    const QString spoken = leaveRulesEventType(m_service.serverVersions().value_or(ServerVersions {}));
    const QString other = spoken == QLatin1String(ids::leaveRulesStable) ? QLatin1String(ids::leaveRulesUnstable)
                                                                         : QLatin1String(ids::leaveRulesStable);
    // Does the room already carry the other form? Then it is written too: receivers that
    // read that form (an older client, or ours, which reads the stable one first) must
    // not see a stale rule.
    m_service.api().stateEvent(
        roomId, other, QString(), [this, roomId, allow, spoken, other, done](Result<json> existing) {
            if (!existing.ok() && !isAbsentState(existing.failure)) {
                done(actionFromFailure(existing.failure,
                    QCoreApplication::translate("nb::AdminService", "Could not read the room's leave rule.")));
                return;
            }
            QStringList types {spoken};
            if (existing.ok())
                types << other;
            writeLeaveRule(roomId, types, allow, QString(), done);
        });
}

void AdminService::writeLeaveRule(const QString& roomId, QStringList types, bool allow, QString lastEventId, Done done)
{
    if (types.isEmpty()) {
        done(ActionResult::done(lastEventId,
            allow ? QCoreApplication::translate("nb::AdminService", "The recipient may now leave the notice room.")
                  : QCoreApplication::translate(
                      "nb::AdminService", "The recipient may no longer leave the notice room.")));
        return;
    }
    const QString type = types.takeFirst();
    const json content = {{"leave_rule", allow ? "allow" : "deny"}};
    m_service.api().sendState(
        roomId, type, QString(), content, [this, roomId, types, allow, done](Result<QString> result) {
            if (!result.ok()) {
                done(actionFromFailure(result.failure,
                    QCoreApplication::translate("nb::AdminService", "Could not change the leave rule.")));
                return;
            }
            writeLeaveRule(roomId, types, allow, *result.value, done);
        });
}

} // namespace nb
