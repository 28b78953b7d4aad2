// noticectl admin sent [--json]: the notice rooms this admin created, with the recipient,
// their membership, whether they read the newest notice, the leave rule and replies.
#include "commands_admin.h"
#include "terminal_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace nb::cli {

namespace {
using json = nlohmann::json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

json roomJson(const SentNoticeRoom& room)
{
    json messages = json::array();
    for (const auto& message : room.messages)
        messages.push_back({{"event_id", utf8(message.eventId)}, {"sender", utf8(message.sender)},
            {"ts", message.timestamp}, {"msgtype", utf8(message.msgtype)}, {"body", utf8(message.body)},
            {"from_recipient", message.fromRecipient}});
    json pinned = json::array();
    for (const auto& id : room.pinned)
        pinned.push_back(utf8(id));
    return {{"room_id", utf8(room.roomId)}, {"room_type", utf8(room.roomType)}, {"name", utf8(room.name)},
        {"topic", utf8(room.topic)}, {"read_only", room.readOnly}, {"recipient", utf8(room.recipient)},
        {"recipient_membership", utf8(room.recipientMembership)}, {"leave_rule", utf8(room.leaveRule)},
        {"newest_notice", room.newestNoticeId.isEmpty() ? json(nullptr) : json(utf8(room.newestNoticeId))},
        {"read", room.recipientRead}, {"pinned", std::move(pinned)}, {"messages", std::move(messages)}};
}

// The table's words, in the user's language (membershipWord's English ones, translated);
// other memberships as the server names them, none as "-". --json keeps the server's names.
QString membershipText(const QString& membership)
{
    if (membership == QLatin1String("invite"))
        return QCoreApplication::translate("noticectl", "invited", "admin sent: recipient's membership");
    if (membership == QLatin1String("join"))
        return QCoreApplication::translate("noticectl", "joined", "admin sent: recipient's membership");
    if (membership == QLatin1String("leave"))
        return QCoreApplication::translate("noticectl", "archived", "admin sent: recipient's membership");
    return membership.isEmpty() ? QStringLiteral("-") : membership;
}
} // namespace

int runAdminSent(AdminService& admin, const Invocation& call)
{
    std::vector<SentNoticeRoom> rooms;
    const ActionResult result = await([&](NoticeService::Done done) {
        admin.sentNoticeRooms([&rooms, done](ActionResult outcome, std::vector<SentNoticeRoom> found) {
            rooms = std::move(found);
            done(outcome);
        });
    });
    if (!result.ok())
        return finish(result);
    if (call.json) {
        json array = json::array();
        for (const auto& room : rooms)
            array.push_back(roomJson(room));
        out() << QString::fromStdString(json {{"rooms", std::move(array)}}.dump(2)) << Qt::endl;
        return Ok;
    }
    if (rooms.empty()) {
        out() << QCoreApplication::translate("noticectl", "You have not sent any notice rooms.") << Qt::endl;
        return Ok;
    }
    // As wide as the longest room ID: 18-34 characters before room version 12, 44 from it.
    qsizetype roomWidth = 34;
    for (const auto& room : rooms)
        roomWidth = std::max(roomWidth, terminalLine(room.roomId).size());
    out() << tableRow({{QCoreApplication::translate("noticectl", "ROOM"), -int(roomWidth)},
        {QCoreApplication::translate("noticectl", "RECIPIENT"), -28},
        {QCoreApplication::translate("noticectl", "STATE"), -9}, {QCoreApplication::translate("noticectl", "READ"), -4},
        {QCoreApplication::translate("noticectl", "LEAVE"), -5}, {QCoreApplication::translate("noticectl", "NAME")}})
          << Qt::endl;
    for (const auto& room : rooms) {
        const QString read = room.recipientRead ? QCoreApplication::translate("noticectl", "yes", "admin sent: read")
                                                : QCoreApplication::translate("noticectl", "no", "admin sent: read");
        out() << tableRow({{terminalLine(room.roomId), -int(roomWidth)}, {terminalLine(room.recipient), -28},
            {terminalLine(membershipText(room.recipientMembership)), -9}, {read, -4},
            {terminalLine(room.leaveRule), -5}, {terminalLine(room.name)}})
              << Qt::endl;
        for (const auto& message : room.messages)
            if (message.fromRecipient)
                out() << "    "
                      << QCoreApplication::translate("noticectl", "reply: %1").arg(terminalLine(message.body.left(200)))
                      << Qt::endl;
    }
    return Ok;
}

} // namespace nb::cli
