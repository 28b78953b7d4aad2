// noticectl accept / archive / reject / forget / read [--private|--public] / reply ROOM.
#include "cli.h"
#include "terminal_text.h"
#include <QCoreApplication>

namespace nb::cli {

int runRoomAction(NoticeService& service, const Invocation& call)
{
    if (call.positional.size() != 1)
        return usage(
            QCoreApplication::translate("noticectl", "%1 needs exactly one ROOM (a room ID from 'noticectl inbox').")
                .arg(call.command));
    const bool privately = call.has(QStringLiteral("private"));
    const bool publicly = call.has(QStringLiteral("public"));
    if (privately && publicly)
        return usage(QCoreApplication::translate("noticectl", "read takes --private or --public, not both."));
    if ((privately || publicly) && call.command != QLatin1String("read"))
        return usage(QCoreApplication::translate("noticectl", "--private and --public go with read only."));
    if (int code = prepare(service))
        return code;
    const QString roomId = call.positional.first();
    const QString& command = call.command;
    const ActionResult result = await([&](NoticeService::Done done) {
        if (command == QLatin1String("accept"))
            service.accept(roomId, done);
        else if (command == QLatin1String("archive"))
            service.archive(roomId, done);
        else if (command == QLatin1String("reject"))
            service.reject(roomId, done);
        else if (command == QLatin1String("forget"))
            service.forget(roomId, done);
        else
            service.markRead(roomId, done,
                privately      ? std::optional(false)
                    : publicly ? std::optional(true)
                               : std::optional<bool>());
    });
    if (result.ok())
        out() << terminalText(result.message) << Qt::endl;
    return finish(result, false);
}

int runReply(NoticeService& service, const Invocation& call)
{
    if (call.positional.size() != 2)
        return usage(QCoreApplication::translate("noticectl", "reply needs ROOM and TEXT."));
    if (int code = prepare(service))
        return code;
    const ActionResult result = await([&](auto done) { service.reply(call.positional[0], call.positional[1], done); });
    if (result.ok())
        out() << terminalLine(result.value) << Qt::endl; // the event ID, for scripts
    return finish(result, false);
}

} // namespace nb::cli
