// noticectl admin check | room create | send | pin | unpin | leave-rule | usage-limit.
// Each restores the session and syncs once; the admin verbs then ask the server whether
// this account is a server administrator before they act (see requireAdmin).
#include "commands_admin.h"
#include "terminal_text.h"

#include "matrix/user_id.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace nb::cli {

namespace {
using json = nlohmann::json;

void printJson(const json& document)
{
    out() << QString::fromStdString(document.dump(2)) << Qt::endl;
}

// Prints the produced ID (or {key: ID} with --json) and the message on stderr.
int report(const ActionResult& result, const Invocation& call, const char* key)
{
    if (result.ok()) {
        if (call.json)
            printJson({{key, result.value.isEmpty() ? json(nullptr) : json(result.value.toStdString())}});
        else if (!result.value.isEmpty())
            out() << terminalLine(result.value) << Qt::endl;
    }
    return finish(result);
}
} // namespace

int requireAdmin(AdminService& admin, const QString& command, bool needsAdminApi)
{
    const ActionResult check = await([&](auto done) { admin.checkAdmin(done); });
    if (!check.ok())
        return finish(check);
    if (admin.isAdmin().value_or(false))
        return Ok;
    if (!admin.adminApiAvailable()) {
        if (needsAdminApi)
            return finish(ActionResult::fail(ActionResult::Outcome::ServerRefused, admin.adminStatusReason()));
        if (admin.mayUseAdminConsole())
            return Ok;
        // The same rule as the app's Admin tab: rooms from this account would reach their
        // recipients as unverified notices, so the tool does not make them.
        return finish(ActionResult::fail(ActionResult::Outcome::RefusedByRules,
            QCoreApplication::translate("noticectl",
                "%1 The server does not list you as an administrator in /.well-known/matrix/support either, "
                "so your notice rooms would look unverified to their recipients; 'noticectl %2' refused.")
                .arg(admin.adminStatusReason(), command)));
    }
    // The server would let anyone create a notice-typed room or post in one they run, but
    // its recipient's client shows such a room as unverified (a possible phishing attempt),
    // so the tool refuses rather than produce one.
    return finish(ActionResult::fail(ActionResult::Outcome::RefusedByRules,
        QCoreApplication::translate("noticectl", "%1 'noticectl %2' is for server administrators only.")
            .arg(admin.adminStatusReason(), command)));
}

int runAdmin(NoticeService& service, const Invocation& call)
{
    const QString sub = call.positional.value(0);
    if (call.positional.size() != 1 || (sub != QLatin1String("check") && sub != QLatin1String("sent")))
        return usage(QCoreApplication::translate("noticectl", "use 'admin check' or 'admin sent'."));
    if (int code = prepare(service))
        return code;
    AdminService admin(service);
    if (sub == QLatin1String("sent")) {
        if (int code = requireAdmin(admin, QStringLiteral("admin sent"), false))
            return code;
        return runAdminSent(admin, call);
    }
    const ActionResult check = await([&](auto done) { admin.checkAdmin(done); });
    if (!check.ok())
        return finish(check);
    // Exit 0 either way: the answer is the output, exactly {"admin": bool} - whether the
    // admin verbs may be used (on a server without the admin API, see
    // AdminService::mayUseAdminConsole; the reason the API is missing goes to stderr).
    printJson({{"admin", admin.mayUseAdminConsole()}});
    if (!admin.adminApiAvailable())
        err() << "noticectl: " << terminalText(admin.adminStatusReason()) << Qt::endl;
    return Ok;
}

int runRoom(NoticeService& service, const Invocation& call)
{
    if (call.positional.size() != 1 || call.positional.first() != QLatin1String("create"))
        return usage(QCoreApplication::translate(
            "noticectl", "use 'room create --preset notice|notice_readonly --invite USER'."));
    const QString preset = call.value(QStringLiteral("preset"));
    if (preset != QLatin1String("notice") && preset != QLatin1String("notice_readonly"))
        return usage(QCoreApplication::translate(
            "noticectl", "--preset must be notice (the recipient may reply) or notice_readonly."));
    const QStringList invitees = call.options.value(QStringLiteral("invite"));
    if (invitees.size() != 1)
        return usage(QCoreApplication::translate(
            "noticectl", "room create needs exactly one --invite USER (MSC4279: one invitee at creation)."));
    if (!isValidUserId(invitees.first()))
        return usage(QCoreApplication::translate(
            "noticectl", "\u201c%1\u201d is not a Matrix user ID (like @alice:example.org).")
                         .arg(invitees.first()));

    if (int code = prepare(service))
        return code;
    AdminService admin(service);
    if (int code = requireAdmin(admin, QStringLiteral("room create"), false))
        return code;
    NoticeRoomSpec spec;
    spec.readOnly = preset == QLatin1String("notice_readonly");
    spec.invitee = invitees.first();
    spec.name = call.value(QStringLiteral("name"));
    spec.topic = call.value(QStringLiteral("topic"));
    spec.allowLeave = call.has(QStringLiteral("allow-leave"));
    const ActionResult result = await([&](auto done) { admin.createNoticeRoom(spec, done); });
    return report(result, call, "room_id");
}

int runSend(NoticeService& service, const Invocation& call)
{
    if (call.positional.size() != 2)
        return usage(QCoreApplication::translate("noticectl", "send needs ROOM and TEXT."));
    if (int code = prepare(service))
        return code;
    AdminService admin(service);
    if (int code = requireAdmin(admin, QStringLiteral("send"), false))
        return code;
    const bool markdown = call.has(QStringLiteral("markdown"));
    const ActionResult result =
        await([&](auto done) { admin.send(call.positional[0], call.positional[1], markdown, done); });
    return report(result, call, "event_id");
}

int runPin(NoticeService& service, const Invocation& call)
{
    if (call.positional.size() != 2)
        return usage(QCoreApplication::translate("noticectl", "%1 needs ROOM and EVENT.").arg(call.command));
    if (int code = prepare(service))
        return code;
    AdminService admin(service);
    if (int code = requireAdmin(admin, call.command, false))
        return code;
    const bool add = call.command == QLatin1String("pin");
    const ActionResult result = await([&](auto done) {
        if (add)
            admin.pin(call.positional[0], call.positional[1], done);
        else
            admin.unpin(call.positional[0], call.positional[1], done);
    });
    return report(result, call, "event_id");
}

int runLeaveRule(NoticeService& service, const Invocation& call)
{
    const QString rule = call.positional.value(1);
    if (call.positional.size() != 2 || (rule != QLatin1String("allow") && rule != QLatin1String("deny")))
        return usage(
            QCoreApplication::translate("noticectl", "use 'leave-rule ROOM allow' or 'leave-rule ROOM deny'."));
    if (int code = prepare(service))
        return code;
    AdminService admin(service);
    if (int code = requireAdmin(admin, QStringLiteral("leave-rule"), false))
        return code;
    const ActionResult result =
        await([&](auto done) { admin.setLeaveRule(call.positional[0], rule == QLatin1String("allow"), done); });
    return report(result, call, "event_id");
}

int runUsageLimit(NoticeService& service, const Invocation& call)
{
    if (call.positional.size() != 1)
        return usage(QCoreApplication::translate("noticectl", "usage-limit needs exactly one USER."));
    const bool clear = call.has(QStringLiteral("clear"));
    const QString limitType = call.value(QStringLiteral("limit-type"));
    if (!clear && limitType.isEmpty())
        return usage(QCoreApplication::translate(
            "noticectl", "usage-limit needs --limit-type T (e.g. monthly_active_user), or --clear."));
    if (!isValidUserId(call.positional.first()))
        return usage(QCoreApplication::translate(
            "noticectl", "\u201c%1\u201d is not a Matrix user ID (like @alice:example.org).")
                         .arg(call.positional.first()));
    if (int code = prepare(service))
        return code;
    AdminService admin(service);
    if (int code = requireAdmin(admin, QStringLiteral("usage-limit"), true))
        return code;
    const QString user = call.positional.first();
    if (clear) {
        const ActionResult result = await([&](auto done) { admin.clearUsageLimit(user, limitType, done); });
        if (result.ok() && call.json)
            printJson({{"unpinned", result.value.toInt()}});
        return finish(result);
    }
    const QString contact = call.value(QStringLiteral("admin-contact"));
    const ActionResult result = await([&](auto done) { admin.sendUsageLimit(user, limitType, contact, done); });
    return report(result, call, "event_id");
}

} // namespace nb::cli
