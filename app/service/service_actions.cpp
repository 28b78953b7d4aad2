// NoticeService: what the user does with a notice room. The room's own rules are
// checked first (refusalFor); the server has the last word and its refusal is explained.
#include "service/service_private.h"

#include <QCoreApplication>

namespace nb {

namespace {
QString explainServerRefusal(const ActionResult& result)
{
    if (result.error.errcode == QStringLiteral("M_CANNOT_LEAVE_SERVER_NOTICE_ROOM"))
        return QCoreApplication::translate("nb::NoticeService",
            "Your server does not allow this notice to be declined or left. "
            "Notices from your server stay in your inbox until the server allows archiving.");
    return result.message;
}
} // namespace

void NoticeService::Private::withRoom(
    const QString& roomId, RoomAction action, Done done, const std::function<void(const NoticeRoom&)>& proceed)
{
    if (!session) {
        done(ActionResult::fail(ActionResult::Outcome::UsageError,
            QCoreApplication::translate("nb::NoticeService", "Not logged in. Log in first.")));
        return;
    }
    const auto room = q->store().noticeRoom(roomId);
    if (!room) {
        done(ActionResult::fail(ActionResult::Outcome::UsageError,
            QCoreApplication::translate("nb::NoticeService", "There is no notice room %1 in your inbox.").arg(roomId)));
        return;
    }
    if (auto refusal = refusalFor(action, *room)) {
        done(ActionResult::fail(ActionResult::Outcome::RefusedByRules, *refusal));
        return;
    }
    proceed(*room);
}

void NoticeService::Private::refreshThen(ActionResult result, Done done)
{
    if (loopRunning) {
        done(result); // the running long-poll brings the change in
        return;
    }
    runSync(0, [result, done](std::optional<RequestFailure>) { done(result); });
}

void NoticeService::accept(const QString& roomId, Done done)
{
    done = d->guarded(std::move(done));
    d->withRoom(roomId, RoomAction::Accept, done, [this, roomId, done](const NoticeRoom&) {
        d->api.joinRoom(roomId, [this, done](Result<Empty> result) {
            if (!result.ok()) {
                done(d->resultFromFailure(
                    result.failure, QCoreApplication::translate("nb::NoticeService", "Could not open the notice.")));
                return;
            }
            d->liftAccountState(ProofOfService::JoinedRoom);
            d->refreshThen(
                ActionResult::done({}, QCoreApplication::translate("nb::NoticeService", "Notice opened.")), done);
        });
    });
}

void NoticeService::archive(const QString& roomId, Done done)
{
    done = d->guarded(std::move(done));
    d->withRoom(roomId, RoomAction::Archive, done, [this, roomId, done](const NoticeRoom&) {
        d->api.leaveRoom(roomId, [this, done](Result<Empty> result) {
            if (!result.ok()) {
                ActionResult failure = d->resultFromFailure(
                    result.failure, QCoreApplication::translate("nb::NoticeService", "Could not archive the notice."));
                failure.message = explainServerRefusal(failure);
                done(failure);
                return;
            }
            d->liftAccountState(ProofOfService::AnyRequest);
            d->refreshThen(
                ActionResult::done({}, QCoreApplication::translate("nb::NoticeService", "Notice archived.")), done);
        });
    });
}

void NoticeService::reject(const QString& roomId, Done done)
{
    done = d->guarded(std::move(done));
    d->withRoom(roomId, RoomAction::Reject, done, [this, roomId, done](const NoticeRoom&) {
        d->api.leaveRoom(roomId, [this, roomId, done](Result<Empty> result) {
            if (!result.ok()) {
                ActionResult failure = d->resultFromFailure(result.failure,
                    QCoreApplication::translate("nb::NoticeService", "Could not decline the invitation."));
                failure.message = explainServerRefusal(failure);
                done(failure);
                return;
            }
            d->refreshThen(
                ActionResult::done({}, QCoreApplication::translate("nb::NoticeService", "Invitation declined.")), done);
        });
    });
}

void NoticeService::forget(const QString& roomId, Done done)
{
    done = d->guarded(std::move(done));
    d->withRoom(roomId, RoomAction::Forget, done, [this, roomId, done](const NoticeRoom&) {
        d->api.forgetRoom(roomId, [this, roomId, done](Result<Empty> result) {
            if (!result.ok()) {
                done(d->resultFromFailure(
                    result.failure, QCoreApplication::translate("nb::NoticeService", "Could not delete the notice.")));
                return;
            }
            store().removeRoom(roomId);
            d->saveSnapshot();
            done(ActionResult::done({}, QCoreApplication::translate("nb::NoticeService", "Notice deleted.")));
        });
    });
}

void NoticeService::reply(const QString& roomId, const QString& text, Done done)
{
    done = d->guarded(std::move(done));
    if (text.trimmed().isEmpty()) {
        done(ActionResult::fail(ActionResult::Outcome::UsageError,
            QCoreApplication::translate("nb::NoticeService", "The reply is empty.")));
        return;
    }
    d->withRoom(roomId, RoomAction::Reply, done, [this, roomId, text, done](const NoticeRoom&) {
        const nlohmann::json content = {{"msgtype", "m.text"}, {"body", text.toStdString()}};
        d->api.sendMessage(roomId, MatrixApi::generateTransactionId(), content, [this, done](Result<QString> result) {
            if (!result.ok()) {
                done(d->resultFromFailure(
                    result.failure, QCoreApplication::translate("nb::NoticeService", "Could not send the reply.")));
                return;
            }
            d->liftAccountState(ProofOfService::SentEvent);
            d->refreshThen(
                ActionResult::done(*result.value, QCoreApplication::translate("nb::NoticeService", "Reply sent.")),
                done);
        });
    });
}

void NoticeService::markRead(const QString& roomId, Done done, std::optional<bool> publicReceipt)
{
    done = d->guarded(std::move(done));
    d->withRoom(roomId, RoomAction::MarkRead, done, [this, roomId, done, publicReceipt](const NoticeRoom& room) {
        if (room.notices.empty() || room.readUpTo == room.notices.back().eventId) {
            done(ActionResult::done(
                {}, QCoreApplication::translate("nb::NoticeService", "Nothing new to mark as read.")));
            return;
        }
        const QString newest = room.notices.back().eventId;
        // Private (m.read.private): the user's own unread counts follow it, the senders see nothing.
        const bool sendPublic = publicReceipt.value_or(d->account.sendsPublicReadReceipts());
        const QString type = sendPublic ? QStringLiteral("m.read") : QStringLiteral("m.read.private");
        d->api.sendReadReceipt(
            roomId, newest,
            [this, newest, sendPublic, done](Result<Empty> result) {
                if (!result.ok()) {
                    done(d->resultFromFailure(result.failure,
                        QCoreApplication::translate("nb::NoticeService", "Could not mark the notice as read.")));
                    return;
                }
                d->liftAccountState(ProofOfService::AnyRequest);
                d->refreshThen(ActionResult::done(newest,
                                   sendPublic ? QCoreApplication::translate("nb::NoticeService", "Marked as read.")
                                              : QCoreApplication::translate("nb::NoticeService",
                                                  "Marked as read (privately: the sender is not told).")),
                    done);
            },
            type);
    });
}

void NoticeService::loadOlderNotices(const QString& roomId)
{
    if (!d->session || !m_store->requestOlderHistory(roomId))
        return;
    d->backfill.fillAll([this] {
        if (!d->destroying)
            d->saveSnapshot();
    });
}

} // namespace nb
