// noticectl inbox / status: what the user's notice inbox holds, as JSON or a table.
#include "cli.h"
#include "terminal_text.h"

#include "notice/account_state.h"
#include "notice/usage_limit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace nb::cli {

namespace {
using json = nlohmann::json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// What every message says about itself; a withdrawn one keeps no content (body "").
json messageJson(const Notice& notice)
{
    json message = {{"event_id", utf8(notice.eventId)}, {"sender", utf8(notice.sender)}, {"ts", notice.timestamp},
        {"body", notice.redacted ? std::string() : utf8(notice.body)}, {"edited", notice.edited},
        {"redacted", notice.redacted}};
    if (notice.redacted) {
        message["redaction_reason"] = utf8(notice.redactionReason);
        // Who withdrew it: its sender, a notice sender, or a member given power, whose
        // reason is their own words (the GUI leaves it out).
        message["redacted_by"] = utf8(notice.redactedBy);
        message["redacted_by_notice_sender"] = notice.redactedByNoticeSender;
    }
    return message;
}

json noticeJson(const Notice& notice)
{
    json entry = messageJson(notice);
    entry["msgtype"] = notice.redacted ? std::string() : utf8(notice.msgtype);
    entry["pinned"] = notice.pinned;
    return entry;
}

json replyJson(const Notice& reply)
{
    json entry = messageJson(reply);
    entry["from_me"] = reply.fromMe;
    return entry;
}

json roomJson(const NoticeRoom& room)
{
    // Only what the room's notice senders wrote is a notice; anyone else's message is a
    // reply under its sender, never dressed as the server's word.
    json notices = json::array();
    json replies = json::array();
    for (const auto& notice : room.notices)
        (notice.fromNoticeSender ? notices : replies)
            .push_back(notice.fromNoticeSender ? noticeJson(notice) : replyJson(notice));
    return {{"room_id", utf8(room.roomId)}, {"kind", utf8(kindName(room.kind))}, {"trust", utf8(trustName(room.trust))},
        {"trust_reason", utf8(room.trustReason)}, {"membership", utf8(membershipName(room.membership))},
        {"name", utf8(room.name)}, {"topic", utf8(room.topic)}, {"leave_rule", utf8(leaveRuleName(room.leaveRule))},
        {"can_reply", room.canReply}, {"unread", room.unread}, {"has_older", room.hasOlder},
        {"notices", std::move(notices)}, {"replies", std::move(replies)}};
}

// The newest notice from the room's notice senders, as one line of the table.
QString latestNoticeLine(const NoticeRoom& room)
{
    for (auto it = room.notices.rbegin(); it != room.notices.rend(); ++it) {
        if (!it->fromNoticeSender)
            continue;
        if (it->redacted && !it->redactedByNoticeSender) // by a member given power: their reason is theirs
            return QCoreApplication::translate("noticectl", "(withdrawn by %1)").arg(it->redactedBy);
        if (it->redacted) {
            // "your server" only where the room is verified as the server's.
            const QString who = room.trust == Trust::Official ? QCoreApplication::translate("noticectl", "your server")
                                                              : QCoreApplication::translate("noticectl", "its sender");
            return it->redactionReason.isEmpty()
                ? QCoreApplication::translate("noticectl", "(withdrawn by %1)").arg(who)
                : QCoreApplication::translate("noticectl", "(withdrawn by %1: %2)").arg(who, it->redactionReason);
        }
        return it->edited ? it->body + QCoreApplication::translate("noticectl", " (edited)") : it->body;
    }
    return {};
}

} // namespace

int runInbox(NoticeService& service, const Invocation& call)
{
    if (int code = prepare(service))
        return code;
    const auto rooms = service.store().noticeRooms();
    if (call.json) {
        json array = json::array();
        for (const auto& room : rooms)
            array.push_back(roomJson(room));
        const json document = {{"user_id", utf8(service.userId())},
            {"homeserver", utf8(service.homeserver().toString())},
            {"server_supports_msc4279", service.serverSupportsMsc4279()}, {"notice_rooms", std::move(array)}};
        out() << QString::fromStdString(document.dump(2)) << Qt::endl;
        return Ok;
    }
    if (rooms.empty()) {
        out() << QCoreApplication::translate("noticectl", "No notices for %1.").arg(terminalLine(service.userId()))
              << Qt::endl;
        return Ok;
    }
    // As wide as the longest room ID: 18-34 characters before room version 12, 44 from it.
    qsizetype roomWidth = 34;
    for (const auto& room : rooms)
        roomWidth = std::max(roomWidth, terminalLine(room.roomId).size());
    out() << tableRow({{QCoreApplication::translate("noticectl", "ROOM"), -int(roomWidth)},
        {QCoreApplication::translate("noticectl", "TRUST"), -10},
        {QCoreApplication::translate("noticectl", "STATE"), -8},
        {QCoreApplication::translate("noticectl", "UNREAD"), 6},
        {QCoreApplication::translate("noticectl", "NAME"), -24}, {QCoreApplication::translate("noticectl", "LATEST")}})
          << Qt::endl;
    for (const auto& room : rooms) {
        // The table's words in the user's language; --json keeps trustName()/membershipName().
        const QString state = room.membership == Membership::Invite
            ? QCoreApplication::translate("noticectl", "new", "inbox table: a notice not opened yet")
            : room.membership == Membership::Leave
            ? QCoreApplication::translate("noticectl", "archived", "inbox table: state")
            : QCoreApplication::translate("noticectl", "open", "inbox table: an opened notice");
        const QString trust = room.trust == Trust::Official
            ? QCoreApplication::translate("noticectl", "official", "inbox table: trust")
            : QCoreApplication::translate("noticectl", "unverified", "inbox table: trust");
        const QString latest = latestNoticeLine(room);
        out() << tableRow({{terminalLine(room.roomId), -int(roomWidth)}, {trust, -10}, {state, -8},
            {QString::number(room.unread), 6}, {terminalCell(room.name, 24), -24}, {terminalCell(latest, 60)}})
              << Qt::endl;
        if (room.trust == Trust::Unverified)
            out() << "    "
                  << QCoreApplication::translate("noticectl", "warning: not verified as sent by your server: %1")
                         .arg(terminalLine(shownTrustReason(room)))
                  << Qt::endl;
    }
    return Ok;
}

// Official invites not yet opened: Synapse's server-notices invite can carry a usage
// limit that is only visible once joined, so a waiting one is never "nothing to report".
std::vector<NoticeRoom> waitingOfficialInvites(const NoticeService& service)
{
    std::vector<NoticeRoom> waiting;
    for (auto& room : service.store().noticeRooms())
        if (room.membership == Membership::Invite && room.trust == Trust::Official)
            waiting.push_back(std::move(room));
    return waiting;
}

int runStatus(NoticeService& service, const Invocation& call)
{
    const int prepared = prepare(service);
    // A refused sync (usage limit, a locked account) still has something to report.
    if (prepared != Ok && !service.usageLimit() && !service.accountState())
        return prepared;
    const auto limit = service.usageLimit();
    const auto account = service.accountState();
    // The terms as a link only when safeConsentUrl accepts them; "" otherwise.
    const QUrl terms = account ? safeConsentUrl(account->consentUri, service.homeserver()) : QUrl();
    const auto waiting = waitingOfficialInvites(service);
    if (call.json) {
        json usage = nullptr;
        if (limit) {
            // The contact as a safe link (mailto reduced to addresses, subject and body;
            // https), "" when the server sent none or nothing safe to follow.
            usage = {{"limit_type", utf8(limit->limitType)},
                {"admin_contact", utf8(safeContactUrl(limit->adminContact).toString(QUrl::FullyEncoded))},
                {"source", utf8(usageLimitSourceName(limit->source))},
                {"room_id", limit->roomId.isEmpty() ? json(nullptr) : json(utf8(limit->roomId))},
                {"event_id", limit->eventId.isEmpty() ? json(nullptr) : json(utf8(limit->eventId))}};
        }
        json invites = json::array();
        for (const auto& room : waiting)
            invites.push_back({{"room_id", utf8(room.roomId)}, {"kind", utf8(kindName(room.kind))},
                {"name", utf8(room.name)}, {"inviter", utf8(room.inviter)}});
        json accountJson = nullptr;
        if (account) {
            json admins = json::array();
            for (const QString& admin : service.supportAdmins())
                admins.push_back(utf8(admin));
            accountJson = {{"state", utf8(accountStateName(account->kind))},
                {"description", utf8(describeAccountState(*account))}, {"advice", utf8(accountStateAdvice(*account))},
                {"consent_uri", utf8(terms.toString(QUrl::FullyEncoded))},
                {"server_message", utf8(account->serverMessage)}, {"support_admins", std::move(admins)}};
        }
        out() << QString::fromStdString(json {{"usage_limit", usage}, {"account_state", std::move(accountJson)},
            {"waiting_notices",
                std::move(invites)}}.dump(2))
              << Qt::endl;
    } else {
        if (account) {
            out() << terminalLine(describeAccountState(*account, TextLanguage::User)) << Qt::endl;
            if (account->kind == AccountState::Kind::ConsentNotGiven)
                out() << QCoreApplication::translate("noticectl", "Terms of service: %1")
                             .arg(terms.isEmpty() ? QCoreApplication::translate(
                                      "noticectl", "(the server gave no safe address for them)")
                                                  : terminalLine(terms.toString(QUrl::FullyEncoded)))
                      << Qt::endl;
            out() << terminalLine(accountStateAdvice(*account, TextLanguage::User)) << Qt::endl;
            if (!service.supportAdmins().isEmpty())
                out() << QCoreApplication::translate("noticectl", "Your server's administrators: %1")
                             .arg(terminalLine(service.supportAdmins().join(QStringLiteral(", "))))
                      << Qt::endl;
        }
        if (limit) {
            out() << terminalLine(describeUsageLimit(limit->limitType, TextLanguage::User)) << Qt::endl;
            const QUrl contact = safeContactUrl(limit->adminContact);
            out() << QCoreApplication::translate("noticectl", "Contact: %1")
                         .arg(!contact.isEmpty() ? terminalLine(contact.toString())
                                 : limit->adminContact.isEmpty()
                                 ? QCoreApplication::translate("noticectl", "(none given)")
                                 : QCoreApplication::translate(
                                     "noticectl", "(the server gave no safe address to contact)"))
                  << Qt::endl;
        } else if (prepared != Ok) {
            // The sync was refused (a locked account): what the server's notices say is unknown.
            out() << QCoreApplication::translate("noticectl",
                "Whether a usage limit is in force is not known: the server did not let this account read its notices.")
                  << Qt::endl;
        } else if (waiting.empty()) {
            out() << QCoreApplication::translate("noticectl", "No usage limit is in force.") << Qt::endl;
        } else {
            out() << QCoreApplication::translate(
                "noticectl", "No usage limit is known yet: a notice from your server has not been opened.")
                  << Qt::endl;
        }
        for (const auto& room : waiting)
            out() << (room.name.isEmpty()
                    ? QCoreApplication::translate(
                        "noticectl", "A notice from your server is waiting in %1; open it with: noticectl accept %1")
                          .arg(terminalLine(room.roomId))
                    : QCoreApplication::translate("noticectl",
                        "A notice from your server is waiting in %1 (%2); open it with: noticectl accept %1")
                          .arg(terminalLine(room.roomId), terminalLine(room.name)))
                  << Qt::endl;
    }
    return prepared == Ok ? Ok : prepared;
}

} // namespace nb::cli
