#include "cli.h"

#include "service/wait_for_action.h"
#include "terminal_text.h"

#include <QCoreApplication>

namespace nb::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

ActionResult await(const std::function<void(NoticeService::Done)>& start)
{
    return waitForAction(start);
}

int finish(const ActionResult& result, bool printSuccess)
{
    if (result.ok()) {
        if (printSuccess && !result.message.isEmpty())
            err() << terminalText(result.message) << Qt::endl;
        return Ok;
    }
    // The message may quote the server (its error text, a room name): see terminal_text.h.
    err() << "noticectl: " << terminalText(result.message) << Qt::endl;
    if (!result.error.errcode.isEmpty())
        err() << "noticectl: server error " << terminalLine(result.error.errcode) << " (HTTP "
              << result.error.httpStatus << "): " << terminalLine(result.error.message) << Qt::endl;
    return result.exitCode();
}

int prepare(NoticeService& service)
{
    const ActionResult restored = await([&](auto done) { service.restoreSession(done); });
    if (!restored.ok())
        return finish(restored);
    // Restored, but something in the profile could not be used (a damaged store, which
    // is being fetched again): say so, it does not stop the command.
    if (!restored.message.isEmpty())
        err() << "noticectl: " << terminalText(restored.message) << Qt::endl;
    const ActionResult synced = await([&](auto done) { service.syncOnce(done); });
    return synced.ok() ? Ok : finish(synced);
}

int usage(const QString& message)
{
    err() << "noticectl: " << terminalText(message) << Qt::endl
          << QCoreApplication::translate("noticectl", "Run 'noticectl help' for the commands.") << Qt::endl;
    return Usage;
}

} // namespace nb::cli
