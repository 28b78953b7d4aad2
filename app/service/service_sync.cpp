// NoticeService: the /sync loop and what follows each sync (tag checks for invites,
// fetching pinned notices that fell outside the timeline window).
#include "service/service_private.h"

#include <QCoreApplication>

#include "notice/sync_filter.h"
#include "store/notice_room.h"

namespace nb {

namespace {
constexpr int longPollMs = 30000;
} // namespace

void NoticeService::Private::setConnectionState(ConnectionState state, const QString& detail)
{
    if (q->m_connectionState == state && state != ConnectionState::Reconnecting)
        return;
    q->m_connectionState = state;
    emit q->connectionStateChanged(state, detail);
}

void NoticeService::Private::runSync(int timeoutMs, std::function<void(std::optional<RequestFailure>)> done)
{
    if (destroying)
        return; // nothing new starts while the service is going away
    const bool firstSyncOfStore = q->store().nextBatch().isEmpty();
    syncInFlight = true;
    loopReply = api.sync(noticeSyncFilterJson(), q->store().nextBatch(), timeoutMs, false,
        [this, firstSyncOfStore, done, timeoutMs](Result<nlohmann::json> result) {
            syncInFlight = false;
            if (destroying)
                return;
            if (!result.ok()) {
                // A token the server no longer accepts (after a restore from backup, say)
                // would fail every later sync: start again from a full sync. The store's
                // rooms stay; their holes are back-filled up to the events already known.
                const auto& failure = result.failure;
                if (failure.kind == RequestFailure::Kind::ServerRefused && failure.matrix.httpStatus == 400
                    && !firstSyncOfStore) {
                    qCWarning(lcService).noquote()
                        << "The server refused the saved sync token; syncing from the start:" << failure.describe();
                    q->store().forgetSyncToken();
                    runSync(timeoutMs, done);
                    return;
                }
                done(result.failure);
                return;
            }
            const SyncApplyReport report = q->store().applySync(std::move(*result.value));
            releaser.release(std::move(*result.value));
            setErrorLimit(std::nullopt); // the server serves us again
            liftAccountState(ProofOfService::AnyRequest); // not locked (any more)
            if (!firstSyncOfStore) {
                for (const auto& [roomId, eventId] : report.newNotices) {
                    const auto room = q->store().noticeRoom(roomId);
                    if (!room)
                        continue;
                    for (const auto& notice : room->notices)
                        if (notice.eventId == eventId)
                            emit q->noticeArrived(roomId,
                                room->name.isEmpty() ? QCoreApplication::translate("nb::NoticeService", "Server notice")
                                                     : room->name,
                                notice.body, eventId);
                }
            }
            followUp(report, [this, report, firstSyncOfStore, done] {
                // A new invite to a notice room is a new notice too; legacy invites are only
                // recognisable once their tags are in, hence after the follow-up.
                for (const auto& roomId : report.newInvites) {
                    const auto room = firstSyncOfStore ? std::nullopt : q->store().noticeRoom(roomId);
                    if (room && room->trust == Trust::Official)
                        emit q->noticeArrived(roomId,
                            room->name.isEmpty() ? QCoreApplication::translate("nb::NoticeService", "Server notice")
                                                 : room->name,
                            QCoreApplication::translate("nb::NoticeService", "New notice from your server"), QString());
                }
                saveSnapshot();
                openOfficialInvites(allInvitesLookedAt ? &report.newInvites : nullptr);
                done(std::nullopt);
            });
        });
}

void NoticeService::Private::followUp(const SyncApplyReport& report, std::function<void()> done)
{
    auto pending = std::make_shared<int>(1);
    auto finishOne = [this, pending, done] {
        if (--*pending == 0 && !destroying)
            done();
    };
    const QString userId = session->userId;
    // Only the user and the server can set the user's tags, and /sync does not carry
    // them for invites: ask, to recognise Synapse's legacy notice invites.
    for (const auto& roomId : report.invitesNeedingTagCheck) {
        ++*pending;
        api.roomTags(userId, roomId, [this, roomId, finishOne](Result<QStringList> tags) {
            if (tags.ok())
                q->store().setRoomTags(roomId, *tags.value);
            finishOne();
        });
    }
    // Notices missed while the app was closed (or before this device existed).
    ++*pending;
    backfill.fillAll(finishOne);
    if (suspensionRecheckDue()) {
        ++*pending;
        recheckSuspension(finishOne);
    }
    for (const auto& [roomId, eventId] : report.missingPinnedEvents) {
        if (unfetchablePins.count(eventId))
            continue;
        ++*pending;
        api.roomEvent(
            roomId, eventId, [this, roomId = roomId, eventId = eventId, finishOne](Result<nlohmann::json> event) {
                if (!event.ok() || !q->store().addFetchedEvent(roomId, std::move(*event.value)))
                    unfetchablePins.insert(eventId);
                finishOne();
            });
    }
    finishOne();
}

bool NoticeService::Private::suspensionRecheckDue() const
{
    const auto state = account.accountState();
    return state && state->kind == AccountState::Kind::Suspended
        && (!sinceSuspensionRecheck.isValid() || sinceSuspensionRecheck.hasExpired(suspensionRecheckMs));
}

void NoticeService::Private::recheckSuspension(std::function<void()> done)
{
    sinceSuspensionRecheck.start();
    // A field nobody sets, so removing it changes nothing of the user's profile (custom
    // fields reach neither rooms nor the user directory). Synapse checks the suspension
    // before anything else: 200 shows it lifted, M_USER_SUSPENDED that it holds. Any other
    // answer (an older server without the endpoint, a network failure) says nothing either
    // way: the state stays as it was last seen.
    api.deleteProfileField(session->userId, QStringLiteral("org.noticeboard.suspension_check"),
        [this, done = std::move(done)](Result<Empty> result) {
            if (destroying)
                return;
            if (result.ok())
                liftAccountState(ProofOfService::ProfileChange);
            else
                qCInfo(lcService).noquote()
                    << "The suspension could not be checked again:" << result.failure.describe();
            done();
        });
}

void NoticeService::Private::openOfficialInvites(const QStringList* newInvites)
{
    if (!options.opensOfficialInvites || !account.opensOfficialInvites())
        return;
    auto open = [this](const NoticeRoom& room) {
        if (room.membership != Membership::Invite || room.trust != Trust::Official
            || !invitesOpenedByThemselves.insert(room.roomId).second)
            return;
        qCInfo(lcService).noquote() << "Opening the official invite to" << room.roomId;
        q->accept(room.roomId, [roomId = room.roomId](const ActionResult& result) {
            if (!result.ok())
                qCWarning(lcService).noquote()
                    << "Could not open the official invite to" << roomId << ":" << result.message;
        });
    };
    if (newInvites) {
        for (const QString& roomId : *newInvites)
            if (const auto room = q->store().noticeRoom(roomId))
                open(*room);
        return;
    }
    for (const auto& room : q->store().noticeRoomViews())
        open(*room);
    allInvitesLookedAt = true;
}

void NoticeService::syncOnce(Done done)
{
    done = d->guarded(std::move(done));
    if (!d->session) {
        done(ActionResult::fail(ActionResult::Outcome::UsageError,
            QCoreApplication::translate("nb::NoticeService", "Not logged in. Log in first.")));
        return;
    }
    d->runSync(0, [this, done](std::optional<RequestFailure> failure) {
        if (failure)
            done(d->resultFromFailure(
                *failure, QCoreApplication::translate("nb::NoticeService", "Could not update the notices.")));
        else
            done(ActionResult::done());
    });
}

void NoticeService::startSync()
{
    if (!d->session || d->syncInFlight)
        return;
    d->loopRunning = true;
    d->loopTimer.stop();
    if (m_connectionState == ConnectionState::LoggedOut)
        d->setConnectionState(ConnectionState::Connecting, {});
    // The first request returns at once so the inbox fills without waiting for news.
    const int timeout = d->backoff.lastDelayMs() == 0 && m_connectionState == ConnectionState::Online ? longPollMs : 0;
    d->runSync(timeout, [this](std::optional<RequestFailure> failure) {
        if (!d->loopRunning)
            return;
        if (!failure) {
            d->backoff.reset();
            d->setConnectionState(ConnectionState::Online, {});
            d->scheduleLoop(0);
            return;
        }
        const ActionResult result = d->resultFromFailure(*failure);
        if (failure->matrix.errcode == QStringLiteral("M_UNKNOWN_TOKEN")) {
            stopSync();
            d->setConnectionState(ConnectionState::LoggedOut, result.message);
            return;
        }
        const int delay = d->backoff.nextDelayMs();
        d->setConnectionState(ConnectionState::Reconnecting,
            QStringLiteral("%1 Retrying in %2 s.").arg(result.message, QString::number(delay / 1000)));
        d->scheduleLoop(delay);
    });
}

void NoticeService::Private::scheduleLoop(int delayMs)
{
    loopTimer.start(delayMs);
}

void NoticeService::stopSync()
{
    d->loopRunning = false;
    d->loopTimer.stop();
    if (d->loopReply)
        d->loopReply->abort();
}

} // namespace nb
