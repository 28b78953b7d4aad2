// AdminService::findNoticesRooms: which of a user's rooms is Synapse's server notices
// room, found with the admin API alone.
//
// Synapse picks the room where the user is invited or joined and its server notices user
// is joined, and tags it m.server_notice for the user; but the admin API does not show
// tags (they are not room account data there), and the server notices user's ID is only
// in homeserver.yaml. What sets that user apart: it is never registered
// (GET /_synapse/admin/v2/users/{id} answers 404), yet it sends events; nobody else can
// send as an unregistered local user. Pins in the notices room are set by it (through
// send_server_notice), since users there have power level -10. So:
//   1. the user's rooms with membership invite or join (admin memberships API);
//   2. the pinned events of each (admin room state, type m.room.pinned_events);
//   3. the senders of those pins that are local, not the user, and not registered.
// Only rooms with pins matter to the callers (they add to or remove from them).
#include "admin/admin_endpoints.h"
#include "admin/admin_result.h"
#include "admin/admin_service.h"
#include "matrix/json_access.h"
#include "matrix/user_id.h"

#include <QCoreApplication>
#include <memory>

namespace nb {

using json = nlohmann::json;

namespace {
struct PinsScan {
    int pending = 0;
    std::optional<ActionResult> failure;
    QHash<QString, json> pins; // room -> m.room.pinned_events content
    QHash<QString, QString> pinnedBy; // room -> sender of that state event
    QHash<QString, bool> registered; // sender -> has an account
};

json pinnedEventOf(const json& state, QString* sender)
{
    for (const json& event : state)
        if (json_access::string(event, "type").value_or("") == "m.room.pinned_events"
            && json_access::string(event, "state_key").value_or("x").empty()) {
            *sender = json_access::qstring(event, "sender");
            if (const json* content = json_access::objectMember(event, "content"))
                return *content;
        }
    return nullptr;
}
} // namespace

void AdminService::findNoticesRooms(const QString& userId, NoticesRoomsDone done)
{
    const QString context =
        QCoreApplication::translate("nb::AdminService", "Could not find the server notices room of %1.").arg(userId);
    m_endpoints->memberships(userId, [this, userId, context, done](Result<QHash<QString, QString>> memberships) {
        if (!memberships.ok()) {
            done(actionFromFailure(memberships.failure, context), {});
            return;
        }
        QStringList rooms;
        for (auto it = memberships.value->cbegin(); it != memberships.value->cend(); ++it)
            if (it.value() == QStringLiteral("invite") || it.value() == QStringLiteral("join"))
                rooms << it.key();
        if (rooms.isEmpty()) {
            done(std::nullopt, {});
            return;
        }
        auto scan = std::make_shared<PinsScan>();
        const QString server = serverNameOf(userId);
        // Step 3, once every room's pins are in.
        auto checkSenders = [this, userId, server, context, scan, done] {
            if (scan->failure) {
                done(scan->failure, {});
                return;
            }
            QStringList senders;
            for (const QString& sender : std::as_const(scan->pinnedBy))
                if (sender != userId && serverNameOf(sender) == server && !senders.contains(sender))
                    senders << sender;
            auto conclude = [scan, done] {
                if (scan->failure) {
                    done(scan->failure, {});
                    return;
                }
                QHash<QString, json> found;
                for (auto it = scan->pinnedBy.cbegin(); it != scan->pinnedBy.cend(); ++it)
                    if (scan->registered.contains(it.value()) && !scan->registered.value(it.value()))
                        found.insert(it.key(), scan->pins.value(it.key()));
                done(std::nullopt, found);
            };
            if (senders.isEmpty()) {
                conclude();
                return;
            }
            scan->pending = int(senders.size());
            for (const QString& sender : senders) {
                m_endpoints->isRegistered(sender, [sender, context, scan, conclude](Result<bool> registered) {
                    if (registered.ok())
                        scan->registered.insert(sender, *registered.value);
                    else
                        scan->failure = actionFromFailure(registered.failure, context);
                    if (--scan->pending == 0)
                        conclude();
                });
            }
        };
        // Step 2.
        scan->pending = int(rooms.size());
        for (const QString& room : rooms) {
            m_endpoints->roomState(
                room, QStringLiteral("m.room.pinned_events"), [room, context, scan, checkSenders](Result<json> state) {
                    if (!state.ok()) {
                        scan->failure = actionFromFailure(state.failure, context);
                    } else {
                        QString sender;
                        const json pins = pinnedEventOf(*state.value, &sender);
                        if (!pins.is_null() && !sender.isEmpty()) {
                            scan->pins.insert(room, pins);
                            scan->pinnedBy.insert(room, sender);
                        }
                    }
                    if (--scan->pending == 0)
                        checkSenders();
                });
        }
    });
}

} // namespace nb
