// Campaign: the steps of one recipient's delivery, per route. Each request that may make a
// notice appear is announced in the journal first; each uncertain announcement is checked
// on the server (DeliveryProbe) before it is repeated. See campaign_journal.cpp.
#include "campaign/account_check.h"
#include "campaign/campaign.h"
#include "campaign/guarded.h"

#include "notice/presets.h"

#include <QDateTime>

namespace nb::campaign {

using json = nlohmann::json;

namespace {
std::string s(const QString& text)
{
    return text.toStdString();
}
} // namespace

QString Campaign::txnFor(const QString& user) const
{
    const QString planned = m_journal.progressOf(user).txn;
    return planned.isEmpty() ? MatrixApi::generateTransactionId() : planned;
}

json Campaign::contentFor(const QString& user) const
{
    json content = m_baseContent;
    content[deliveryMarkerKey] = s(m_journal.header().markerFor(user));
    return content;
}

void Campaign::advance(const QString& user)
{
    if (operationMode()) {
        advanceOperation(user);
        return;
    }
    const JournalHeader& header = m_journal.header();
    const RecipientProgress p = m_journal.progressOf(user);
    const bool verified = m_active.value(user).verified;
    if (header.spec.route == Route::ServerNotices) {
        if (needsAccountCheck(user)) {
            checkAccount(user);
            return;
        }
        if (!p.sendUncertain || verified) {
            sendServerNotice(user);
            return;
        }
        m_probe->findServerNotice(user, header.markerFor(user), [this, user](Result<QString> found) {
            if (!m_active.contains(user))
                return;
            if (!found.ok())
                onFailure(user, found.failure, false);
            else if (!found.value->isEmpty())
                markSent(user, *found.value, true);
            else if (stillWanted(user))
                sendServerNotice(user); // not there: the same txn again
        });
        return;
    }

    if (user == header.sender) {
        skip(user, QStringLiteral("this is your own account; a notice room is for someone else"));
        return;
    }
    if (!p.room.isEmpty()) {
        if (!m_active.value(user).stillInRoom) {
            checkStillInRoom(user);
            return;
        }
        if (!p.sendUncertain || verified) {
            sendRoomMessage(user);
            return;
        }
        m_probe->findRoomMessage(p.room, header.markerFor(user), [this, user](Result<QString> found) {
            if (!m_active.contains(user))
                return;
            if (!found.ok())
                onFailure(user, found.failure, false);
            else if (!found.value->isEmpty())
                markSent(user, *found.value, true);
            else if (stillWanted(user))
                sendRoomMessage(user); // not there: the same txn again
        });
        return;
    }
    if (needsAccountCheck(user))
        checkAccount(user);
    else if (p.createUncertain && !verified)
        resolveRoom(user);
    else
        createRoom(user);
}

bool Campaign::needsAccountCheck(const QString& user) const
{
    // Users named in a list were asked for by name; only "everyone" means people. Once a
    // request was announced the account had been checked (a kill cannot separate them:
    // the check comes first), so a resume asks only about those not started yet, and a
    // skipped account is never asked about again (the journal's "skipped" ends it).
    if (m_journal.header().spec.audience != QLatin1String("all-local-users") || m_active.value(user).accountChecked)
        return false;
    const RecipientProgress p = m_journal.progressOf(user);
    return p.txn.isEmpty() && p.room.isEmpty() && p.abandonedRooms.isEmpty();
}

void Campaign::checkAccount(const QString& user)
{
    // One GET per recipient: the admin API is not rate limited (Synapse's admin servlets
    // consult no rate limiter; rc_admin_redaction paces only an admin's redactions). A
    // failure (network, 5xx) goes through onFailure like any step: retried, and after
    // the last attempt "failed" (never delivered unchecked); a resume asks again.
    checkAccountForEveryone(m_api, user, guarded(this, [this, user](Result<QString> reason) {
        if (!m_active.contains(user))
            return;
        if (!reason.ok()) {
            onFailure(user, reason.failure, false);
            return;
        }
        if (!reason.value->isEmpty()) {
            skip(user, *reason.value);
            return;
        }
        m_active[user].accountChecked = true;
        if (stillWanted(user))
            advance(user);
    }));
}

void Campaign::sendServerNotice(const QString& user)
{
    // Whatever came before is settled (nothing uncertain, or checked): from here only this
    // request can be uncertain, and only a transient failure makes it so.
    m_active[user].verified = true;
    const QString txn = txnFor(user);
    announce(user, {{"t", "sending"}, {"user", s(user)}, {"txn", s(txn)}, {"ms", QDateTime::currentMSecsSinceEpoch()}},
        [this, user, txn] {
            m_api.sendServerNotice(txn, user, contentFor(user), guarded(this, [this, user](Result<QString> sent) {
                if (sent.ok())
                    markSent(user, *sent.value, false);
                else
                    onFailure(user, sent.failure, false);
            }));
        });
}

void Campaign::resolveRoom(const QString& user)
{
    const RecipientProgress p = m_journal.progressOf(user);
    m_probe->findRoom(m_journal.header().markerFor(user), p.abandonedRooms, [this, user](Result<QString> found) {
        if (!m_active.contains(user))
            return;
        if (!found.ok()) {
            onFailure(user, found.failure, true);
            return;
        }
        const QString room = *found.value;
        if (room.isEmpty()) {
            if (stillWanted(user))
                createRoom(user); // nothing was created
            return;
        }
        m_probe->membership(room, user, [this, user, room](Result<QString> membership) {
            if (!m_active.contains(user))
                return;
            if (!membership.ok()) {
                onFailure(user, membership.failure, true);
                return;
            }
            // Any membership of the recipient (invite, join, leave, ban) means the
            // invitation happened: this is their notice room, even if they declined or
            // left it since (checkStillInRoom then decides; never a second room).
            if (!membership.value->isEmpty()) {
                if (!record({{"t", "room"}, {"user", s(user)}, {"room", s(room)}, {"found", true}}))
                    release(user);
                else if (stillWanted(user))
                    advance(user);
                return;
            }
            // Synapse invites last: without the invitation the creation was cut short.
            // The recipient never saw this room; leave it and make a whole one.
            m_api.leaveRoom(room, [](Result<Empty>) {});
            const QString why = QStringLiteral("created only in part (no invitation); replaced");
            if (!record({{"t", "abandoned"}, {"user", s(user)}, {"room", s(room)}, {"reason", s(why)}}))
                release(user);
            else if (stillWanted(user))
                advance(user);
        });
    });
}

void Campaign::checkStillInRoom(const QString& user)
{
    const RecipientProgress p = m_journal.progressOf(user);
    m_probe->membership(p.room, user, [this, user, p](Result<QString> membership) {
        if (!m_active.contains(user))
            return;
        if (!membership.ok()) {
            onFailure(user, membership.failure, false);
            return;
        }
        const QString state = *membership.value;
        if (state == QLatin1String("invite") || state == QLatin1String("join")) {
            m_active[user].stillInRoom = true;
            if (stillWanted(user))
                advance(user);
            return;
        }
        // They declined the invitation or left (or were removed) after their room was made
        // in an earlier run: their notice room reached them, and nothing more is sent.
        // A send announced before they left may have gone out: it counts if it did.
        const QString reason = state.isEmpty()
            ? QStringLiteral("is not in their notice room; nothing more was sent")
            : QStringLiteral("declined or left their notice room (membership: %1); nothing more was sent").arg(state);
        if (!p.sendUncertain) {
            skip(user, reason);
            return;
        }
        m_probe->findRoomMessage(
            p.room, m_journal.header().markerFor(user), [this, user, reason](Result<QString> found) {
                if (!m_active.contains(user))
                    return;
                if (!found.ok())
                    onFailure(user, found.failure, false);
                else if (!found.value->isEmpty())
                    markSent(user, *found.value, true);
                else
                    skip(user, reason);
            });
    });
}

void Campaign::skip(const QString& user, const QString& reason)
{
    json line = {{"t", "skipped"}, {"user", s(user)}, {"reason", s(reason)}};
    if (operationMode()) {
        line["t"] = "op_skipped";
        line["op"] = s(m_options.operation);
    }
    if (!record(line)) {
        release(user);
        return;
    }
    setStatus(user, Status::Skipped, reason);
    complete(user);
}

void Campaign::createRoom(const QString& user)
{
    // Whatever came before is settled (nothing uncertain, or checked): from here only this
    // request can be uncertain, and only a transient failure makes it so.
    m_active[user].verified = true;
    const JournalHeader& header = m_journal.header();
    NoticeRoomSpec spec;
    spec.readOnly = header.spec.readOnly;
    spec.allowLeave = header.spec.allowLeave;
    spec.creator = header.sender;
    spec.invitee = user;
    spec.extraCreationContent = {{deliveryMarkerKey, s(header.markerFor(user))}};
    spec.roomVersion = m_options.roomVersion;
    const json body = noticeRoomRequest(spec, m_options.server);
    const QString txn = txnFor(user);
    announce(user, {{"t", "creating"}, {"user", s(user)}, {"txn", s(txn)}, {"ms", QDateTime::currentMSecsSinceEpoch()}},
        [this, user, body] {
            m_api.createRoom(body, guarded(this, [this, user](Result<QString> created) {
                if (!created.ok()) {
                    onFailure(user, created.failure, true);
                    return;
                }
                m_unreachableStreak = 0;
                m_probe->addKnownRooms({*created.value});
                if (m_active.contains(user))
                    m_active[user].stillInRoom = true; // invited just now
                if (!record({{"t", "room"}, {"user", s(user)}, {"room", s(*created.value)}}))
                    release(user);
                else if (stillWanted(user))
                    advance(user);
            }));
        });
}

void Campaign::sendRoomMessage(const QString& user)
{
    // Whatever came before is settled (nothing uncertain, or checked): from here only this
    // request can be uncertain, and only a transient failure makes it so.
    m_active[user].verified = true;
    const RecipientProgress p = m_journal.progressOf(user);
    const QString txn = txnFor(user);
    announce(user, {{"t", "sending"}, {"user", s(user)}, {"txn", s(txn)}, {"ms", QDateTime::currentMSecsSinceEpoch()}},
        [this, user, room = p.room, txn] {
            m_api.sendMessage(room, txn, contentFor(user), guarded(this, [this, user](Result<QString> sent) {
                if (sent.ok())
                    markSent(user, *sent.value, false);
                else
                    onFailure(user, sent.failure, false);
            }));
        });
}

void Campaign::markSent(const QString& user, const QString& eventId, bool found)
{
    m_unreachableStreak = 0;
    json line = {{"t", "sent"}, {"user", s(user)}, {"event", s(eventId)}, {"found", found}};
    if (!m_textOp.isEmpty())
        line["text_op"] = s(m_textOp);
    record(line);
    // Delivered either way; without the record a resume finds it on the server.
    setStatus(user, Status::Sent, eventId);
    complete(user);
}

void Campaign::markFailed(const QString& user, const QString& reason, bool uncertain, bool refused)
{
    json line = {{"t", "failed"}, {"user", s(user)}, {"reason", s(reason)}, {"uncertain", uncertain}};
    if (operationMode()) {
        line["t"] = "op_failed";
        line["op"] = s(m_options.operation);
    }
    record(line);
    m_refused.insert(user, refused);
    setStatus(user, Status::Failed, reason);
    complete(user);
}

} // namespace nb::campaign
